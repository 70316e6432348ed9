# Dict views and dict iterators hold the dict; items() builds a new tuple per pair.
import sys
v = []
d = {"a": v, "b": v}
print(sys.getrefcount(d), sys.getrefcount(v))        # 2 4
keys = d.keys()
vals = d.values()
print(sys.getrefcount(d))                            # 4: d, two views, temporary
del keys, vals
pairs = list(d.items())
print(sys.getrefcount(v), pairs[0][0])               # 6: each pair tuple holds v
del pairs
for k, val in d.items():
    # 6 3: v, two dict slots, val, the iterator's cached (key, value) tuple, temporary;
    # the iterator also holds d
    print(k, sys.getrefcount(v), sys.getrefcount(d))
print(sys.getrefcount(v), sys.getrefcount(d))        # 4 2: val is still bound
vals_list = [sys.getrefcount(x) for x in d.values()]
print(vals_list)                                     # v, dict, val, x, temporary
