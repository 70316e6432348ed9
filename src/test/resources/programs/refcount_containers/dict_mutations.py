# Dict values and keys are strong references; d[k] = None, pop, del, clear, update and
# setdefault change counts at the moment they run.
import sys
v = []
class Key:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self is other
k = Key()
d = {}
d["a"] = v
print("value", sys.getrefcount(v))              # 3
d[k] = v
print("key and value", sys.getrefcount(k), sys.getrefcount(v))   # 3 4
d["a"] = None
print("replaced", sys.getrefcount(v))           # 3
popped = d.pop(k)
print("popped", sys.getrefcount(k), sys.getrefcount(v))          # 2 3
del popped
d.setdefault("s", v)
d.setdefault("s", [])
print("setdefault", sys.getrefcount(v))         # 3
d.update({"u": v, "w": v})
print("update", sys.getrefcount(v))             # 5
del d["u"]
print("del", sys.getrefcount(v))                # 4
e = d.copy()
print("copy", sys.getrefcount(v))               # 6
d.clear()
print("clear", sys.getrefcount(v), len(e))      # 4
e = {}
print("rebound copy", sys.getrefcount(v))       # 2
