# A generator's frame keeps its arguments and locals between yields; it lets them go when it
# finishes or is dropped.
import sys
def gen(obj):
    print("start", sys.getrefcount(obj))          # 3: x, parameter, temporary
    local = []
    yield local
    print("resumed", sys.getrefcount(obj))        # 3
    yield sys.getrefcount(local)
x = []
g = gen(x)
print("created, not started", sys.getrefcount(x), sys.getrefcount(g))   # 3 2
first = next(g)
print("yielded local", sys.getrefcount(first))    # 3: first, frame local, temporary
print("count of local from inside", next(g))      # 3: local, first, temporary
print("suspended", sys.getrefcount(x))            # 3
print(next(g, "done"))
print("finished", sys.getrefcount(x), sys.getrefcount(first))   # 2 2
g2 = gen(x)
del g2
print("never started, dropped", sys.getrefcount(x))   # 2
