# FACTS 1.10: attribute stores incref the new value and decref the old one at that moment.
import sys
class Holder:
    pass
h = Holder()
x = []
h.a = x
print("stored", sys.getrefcount(x))          # 3
h.b = x
print("stored twice", sys.getrefcount(x))    # 4
h.a = None
print("overwritten", sys.getrefcount(x))     # 3
del h.b
print("deleted", sys.getrefcount(x))         # 2
h.c = x
h2 = h
print("instance", sys.getrefcount(h))        # 3
del h, h2
print("instance freed", sys.getrefcount(x))  # 2
setattr(Holder(), "tmp", x)
print("temporary instance", sys.getrefcount(x))   # 2
