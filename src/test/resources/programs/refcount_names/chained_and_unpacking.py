# FACTS 1.10: chained assignment (COPY) and x, y = a, b (SWAP, no tuple) leave no
# temporaries behind; a tuple built on purpose holds its items.
import sys
a = b = c = []
print("chained", sys.getrefcount(a))            # 4: a, b, c, temporary
p = []
q = {}
x, y = p, q
print("unpacked", sys.getrefcount(p), sys.getrefcount(q))   # 3 3
x, y = y, x
print("swapped", sys.getrefcount(p), sys.getrefcount(q))    # 3 3
t = p, q
print("tuple holds", sys.getrefcount(p), sys.getrefcount(t))  # 4 2
m, n = t
print("unpacked from tuple", sys.getrefcount(p), sys.getrefcount(t))  # 5 2
del m, n
first, *rest = [p, q, p]
print("starred", sys.getrefcount(p), sys.getrefcount(rest))  # 6 2
del t, first, rest, x, y
print("back", sys.getrefcount(p), sys.getrefcount(q))  # 2 2
