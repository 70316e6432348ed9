# Objects that live only on the stack: getrefcount sees 1; subscripts and attribute reads
# push a new reference for the duration of the call.
import sys
print(sys.getrefcount([]), sys.getrefcount([1, 2, 3]), sys.getrefcount({"k": []}))   # 1 1 1
outer = [[], {}]
print(sys.getrefcount(outer[0]), sys.getrefcount(outer[1]))    # 2 2: list slot, temporary
class Box:
    pass
b = Box()
b.item = []
print(sys.getrefcount(b.item))           # 2: instance attribute, temporary
d = {"key": []}
print(sys.getrefcount(d["key"]))         # 2
print(sys.getrefcount(d.get("key")))     # 2
print(sys.getrefcount(outer[0:1]))       # 1: a new list from slicing
print(sys.getrefcount(outer[:][0]))      # 2: the slice copy was freed before the call
print(sys.getrefcount(list(outer)))      # 1
