# Capturing by closure (one cell) versus by default argument (one slot in __defaults__),
# several closures over the same cell, and lambdas in a list.
import sys
def make_all(obj):
    by_cell = lambda: obj
    by_default = lambda o=obj: o
    return by_cell, by_default
x = []
c, d = make_all(x)
print(sys.getrefcount(x))                  # 4: x, cell, defaults, temporary
del c
print(sys.getrefcount(x))                  # 3
del d
print(sys.getrefcount(x))                  # 2
def many(obj):
    return [lambda: obj for _ in range(3)]
fns = many(x)
print(sys.getrefcount(x))                  # 3: the three lambdas share one cell
defaults = [lambda o=x: o for _ in range(3)]
print(sys.getrefcount(x))                  # 6: each lambda has its own defaults tuple
del fns, defaults
print(sys.getrefcount(x))                  # 2
