# enumerate, zip and dict.items() iterators reuse their result tuple when nobody else holds
# it: that cached tuple keeps the current item referenced during the loop body.
import sys
x = []
y = {}
seq = [x, y]
for i, v in enumerate(seq):
    print("enumerate", i, sys.getrefcount(v))        # 5: x or y, seq slot, v, cached tuple, temporary
print("after", sys.getrefcount(x), sys.getrefcount(y))   # 3 4: v still bound to y
for a, b in zip(seq, seq):
    print("zip", sys.getrefcount(a))                 # 7 then 8: a and b are the same item, the cached tuple holds both
d = {"k": x}
for k, v in d.items():
    print("items", sys.getrefcount(x))               # 6: x, seq, d, v, cached tuple, temporary
for v in d.values():
    print("values", sys.getrefcount(x))              # 5: no tuple
pairs = list(enumerate(seq))
print("tuples kept", sys.getrefcount(x))             # 6
