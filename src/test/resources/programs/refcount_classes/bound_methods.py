# FACTS 1.4: a bound method object holds __self__ and __func__; each obj.meth evaluation
# (without a call) builds a new one.
import sys
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
m1 = c.inc
m2 = c.inc
print(m1 is m2, m1 == m2)                      # False True
print(sys.getrefcount(c))                      # 4
callbacks = [c.inc for _ in range(3)]
print(sys.getrefcount(c))                      # 7
print([cb() for cb in callbacks], m1(), m2())
del callbacks
print(sys.getrefcount(c))                      # 4
m1 = None
print(sys.getrefcount(c), sys.getrefcount(m2))   # 3 2
f = Counter.inc
print(sys.getrefcount(c), f(c))                # 3 6: a plain function does not hold c
del m2
print(sys.getrefcount(c))                      # 2
