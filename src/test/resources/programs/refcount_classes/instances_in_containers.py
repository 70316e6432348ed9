# Instances stored in lists, dicts (as values and keys), sets and tuples.
import sys
class P:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __repr__(self):
        return "P%d" % self.n
p = P(1)
q = P(2)
lst = [p, q, p]
dct = {p: q, "k": p}
st = {p, q}
tup = (p, q)
print(sys.getrefcount(p), sys.getrefcount(q))    # 8 6
print(lst, dct, st, tup)
lst.remove(p)
print(sys.getrefcount(p))                        # 7
dct.pop("k")
st.discard(q)
print(sys.getrefcount(p), sys.getrefcount(q))    # 6 5
del lst, dct, st, tup
print(sys.getrefcount(p), sys.getrefcount(q))    # 2 2
objs = [P(i) for i in range(3)]
print([sys.getrefcount(o) for o in objs])        # [3, 3, 3]: list slot, o, temporary
