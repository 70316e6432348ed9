# Nested containers: each level holds its children once; shallow copies add one reference
# per item; freeing the outer container releases everything at once.
import sys
leaf = []
mid = [leaf, leaf]
top = {"m": mid, "l": leaf}
print(sys.getrefcount(leaf), sys.getrefcount(mid), sys.getrefcount(top))   # 5 3 2
shallow = mid.copy()
print(sys.getrefcount(leaf), sys.getrefcount(mid))    # 7 3
dshallow = top.copy()
print(sys.getrefcount(leaf), sys.getrefcount(mid))    # 8 4
del shallow, dshallow
grid = [[leaf] * 3 for _ in range(2)]
print(sys.getrefcount(leaf))                          # 11
del grid
print(sys.getrefcount(leaf))                          # 5
top = None
print(sys.getrefcount(leaf), sys.getrefcount(mid))    # 4 2
mid = None
print(sys.getrefcount(leaf))                          # 2
