# Containers built by builtins (list(), tuple(), dict(), sorted(), reversed(), zip) hold
# their items like displays do; iterator objects hold what they iterate over.
import sys
x = []
y = {}
l = list((x, y, x))
print(sys.getrefcount(x), sys.getrefcount(y))     # 4 3
s = sorted([x, x], key=len)
print(sys.getrefcount(x))                         # 6
r = reversed(l)
print(sys.getrefcount(l))                         # 3: l, the reversed iterator, temporary
rl = list(r)
print(sys.getrefcount(x), sys.getrefcount(l))     # 8 2: the exhausted iterator dropped l
del r
print(sys.getrefcount(l))                         # 2
z = list(zip([x], [y]))
print(z == [(x, y)], sys.getrefcount(x), sys.getrefcount(y))   # 9 5
d = dict(a=x, b=y)
print(sys.getrefcount(x), sys.getrefcount(y))     # 10 6
it = iter(l)
print(sys.getrefcount(l))                         # 3
next(it)
print(sys.getrefcount(l))                         # 3: not exhausted yet
del it
print(sys.getrefcount(l))                         # 2
