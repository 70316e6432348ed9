# FACTS 1.5: a list display in a for header compiles to a tuple (BUILD_TUPLE, or a constant);
# each element is held by that tuple for the whole loop.
import sys
a = []
b = {}
for v in [a, b]:
    print("in [a, b]", sys.getrefcount(a), sys.getrefcount(b))   # 4 3, then 3 4: a, tuple, v (when v is a), temporary
print("after", sys.getrefcount(a), sys.getrefcount(b))           # 2 3: v is still b
for v in (a, a, a):
    pass
print("after tuple loop", sys.getrefcount(a))                    # 3: a, v
def inside():
    x = []
    for v in [x, x]:
        print("in function", sys.getrefcount(x))                  # 5: x, tuple twice, v, temporary
    return v
print(sys.getrefcount(inside()))                                  # 1
lst = [a, a]
for v in lst:
    pass
print("from a name", sys.getrefcount(a))                          # 5: a, lst twice, v, temporary
