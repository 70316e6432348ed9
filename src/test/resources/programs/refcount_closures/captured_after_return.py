# FACTS 1.7: a captured variable lives in a cell; the closure's __closure__ tuple holds the
# cell; once the defining frame returns, the cell is the object's only holder from there.
import sys
def make(obj):
    def get():
        return obj
    print("inside make", sys.getrefcount(obj))   # 3: x, the cell, temporary
    return get
x = []
getter = make(x)
print("after return", sys.getrefcount(x))       # 3: x, the cell, temporary
print("through the closure", sys.getrefcount(getter()))   # 3
del x
print("only the cell", sys.getrefcount(getter()))          # 2: cell, temporary
other = make(getter())
print("two cells", sys.getrefcount(getter()))              # 3
del getter
print("one cell left", sys.getrefcount(other()))           # 2
