# Rebinding a name in a loop frees the previous object at once; counts stay flat.
import sys
keep = []
for i in range(3):
    current = [i]
    keep.append(current)
    print(i, sys.getrefcount(current))   # 3: current, keep's slot, temporary
print([sys.getrefcount(item) for item in keep])   # the last one is also bound to current
holder = None
for i in range(3):
    holder = [i]
print(sys.getrefcount(holder), holder)   # 2
acc = []
for i in range(3):
    acc = acc + [i]
print(sys.getrefcount(acc), acc)         # 2
