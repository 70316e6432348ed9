# Objects returned from functions: the return moves the frame's reference to the caller.
import sys
def make():
    fresh = []
    return fresh
print(sys.getrefcount(make()))           # 1: only the caller's stack holds it
r = make()
print(sys.getrefcount(r))                # 2
store = []
def make_and_keep():
    obj = {}
    store.append(obj)
    return obj
s = make_and_keep()
print(sys.getrefcount(s))                # 3: s, store, temporary
def identity(v):
    return v
y = identity(identity(r))
print(sys.getrefcount(r))                # 3
def pair():
    a = []
    return a, a
p = pair()
print(sys.getrefcount(p), sys.getrefcount(p[0]))     # 2 3
q, w = pair()
print(sys.getrefcount(q))                # 3
