# Slice assignment and deletion drop the replaced items at once; slice copies add references.
import sys
a = []
b = {}
items = [a, b, a, b, a]
print(sys.getrefcount(a), sys.getrefcount(b))   # 5 4
copy = items[:]
print(sys.getrefcount(a), sys.getrefcount(b))   # 8 6
del copy
items[1:4] = []
print(items, sys.getrefcount(a), sys.getrefcount(b))   # 4 2
items[0:1] = [b, b]
print(sys.getrefcount(a), sys.getrefcount(b))   # 3 4
del items[::2]
print(items, sys.getrefcount(a), sys.getrefcount(b))
items[:] = [a] * 3
print(sys.getrefcount(a), sys.getrefcount(b))   # 5 2
every_other = items[::2]
print(len(every_other), sys.getrefcount(a))     # 7
