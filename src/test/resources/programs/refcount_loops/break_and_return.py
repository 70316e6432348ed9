# FACTS 1.5: on break the iterator is popped and freed at once; on return it goes when the
# frame unwinds; both leave the sequence with its count before the loop.
import sys
seq = [[], [], []]
for item in seq:
    if item is seq[1]:
        break
print("after break", sys.getrefcount(seq))           # 2
def find(s):
    for x in s:
        if x is s[1]:
            print("before return", sys.getrefcount(s))   # 4: seq, s, iterator, temporary
            return x
found = find(seq)
print("after return", sys.getrefcount(seq), sys.getrefcount(found))   # 2 4: found, seq's slot, item (module loop variable), temporary
while True:
    for item in seq:
        print("inner loop", sys.getrefcount(seq))    # 3
        break
    break
print("end", sys.getrefcount(seq))                   # 2
