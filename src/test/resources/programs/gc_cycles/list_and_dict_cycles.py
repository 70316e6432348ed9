# Reference cycles are not freed by counting; gc.collect() finds them and returns how many
# unreachable objects it found (deterministic here: one list, one dict, two lists).
import gc
import sys
print(gc.collect())                  # 0: nothing pending at start
a = []
a.append(a)
print(sys.getrefcount(a))            # 3: a, its own slot, temporary
del a
print(gc.collect())                  # 1
d = {}
d["self"] = d
del d
print(gc.collect())                  # 1
x = []
y = [x]
x.append(y)
print(sys.getrefcount(x), sys.getrefcount(y))   # 3 3
del x, y
print(gc.collect())                  # 2
print(gc.collect())                  # 0
