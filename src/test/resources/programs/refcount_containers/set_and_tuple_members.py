# Sets and tuples hold strong references to their members (instances with a fixed hash, so
# that the set order does not depend on addresses).
import sys
class Item:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __repr__(self):
        return "Item(%d)" % self.h
a = Item(1)
b = Item(2)
s = {a, b}
print(s, sys.getrefcount(a), sys.getrefcount(b))     # 3 3
s.add(a)
print(sys.getrefcount(a))                            # 3: already there
s.discard(a)
print(sys.getrefcount(a))                            # 2
s.add(a)
t = (a, b, a)
print(sys.getrefcount(a), sys.getrefcount(t))        # 5 2
u = tuple([a, a])
print(sys.getrefcount(a))                            # 7
s2 = set(t)
print(sys.getrefcount(a), s2)                        # 8
popped = s.pop()
print(popped, sys.getrefcount(popped))              # popped, a, s2, t, u, print's argument, temporary
del s, t, u, s2, popped
print(sys.getrefcount(a), sys.getrefcount(b))        # 2 2
fs = frozenset([a, b])
print(sys.getrefcount(a), sys.getrefcount(fs))       # 3 2
