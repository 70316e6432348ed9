# FACTS 1.5: GET_ITER replaces the iterable on the stack with an iterator that holds it;
# the iterator is freed when exhausted.
import sys
seq = [[], []]
for item in seq:
    print("seq in loop", sys.getrefcount(seq), "item", sys.getrefcount(item))   # 3 3: seq, iterator, temporary; slot, item, temporary
print("seq after", sys.getrefcount(seq))             # 2
print("last item still bound", sys.getrefcount(item))  # 3: seq's slot, item, temporary
for i in range(2):
    for item in seq:
        pass
    print("nested", sys.getrefcount(seq))            # 2: inner loops finished
for a in seq:
    for b in seq:
        print("two iterators", sys.getrefcount(seq))  # 4
        break
    break
print("after breaks", sys.getrefcount(seq))          # 2
