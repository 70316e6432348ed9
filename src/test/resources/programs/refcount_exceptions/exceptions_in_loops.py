# Exceptions raised and caught in a loop do not accumulate references; an exception that
# escapes a loop body drops the loop's iterator with the frame stack.
import sys
seq = [[], [], []]
errors = []
for item in seq:
    try:
        raise ValueError(item)
    except ValueError as e:
        errors.append(e)
print([sys.getrefcount(x) for x in seq])       # [4, 4, 5]: slot, an exception's args, x, temporary (+ item)
print(sys.getrefcount(errors[0]))             # 2
errors.clear()
print([sys.getrefcount(x) for x in seq])       # [3, 3, 4]
def stop_early(s):
    for x in s:
        if x is s[1]:
            raise StopIteration("early")
try:
    stop_early(seq)
except StopIteration as e:
    print("caught", e, sys.getrefcount(seq))   # 3: seq, the failed frame's s (kept by the traceback)
print("after", sys.getrefcount(seq))           # 2
