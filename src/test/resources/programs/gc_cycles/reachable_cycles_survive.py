# gc.collect() leaves cycles that are still reachable; breaking the cycle by hand frees
# the objects by counting alone, without the collector.
import gc
import sys
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)
a = D("a")
b = D("b")
a.peer = b
b.peer = a
print(gc.collect())                  # 0: reachable through a and b
print(sys.getrefcount(a), sys.getrefcount(b))   # 3 3
b.peer = None
del a
print("a freed by counting, b next")
del b
print(gc.collect())                  # 0
ring = [[]]
ring[0].append(ring)
print(gc.collect(), len(ring))       # 0 1
ring = None
print(gc.collect())                  # 2
