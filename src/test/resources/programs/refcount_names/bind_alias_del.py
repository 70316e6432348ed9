# FACTS 1.1: getrefcount's "+1" is the caller's stack slot. Names add one each; del and
# rebinding remove one at once.
import sys
x = []
print("one name", sys.getrefcount(x))          # 2: x, temporary
y = x
print("two names", sys.getrefcount(x))         # 3
z = y
print("three names", sys.getrefcount(z))       # 4
del y
print("after del y", sys.getrefcount(x))       # 3
z = None
print("after z = None", sys.getrefcount(x))    # 2
x2 = x
x = [0]
print("old object", sys.getrefcount(x2))       # 2: only x2 now
print("new object", sys.getrefcount(x))        # 2
print("temporary only", sys.getrefcount([1, 2]))  # 1
print("fresh dict", sys.getrefcount({}), "fresh set", sys.getrefcount(set()))
