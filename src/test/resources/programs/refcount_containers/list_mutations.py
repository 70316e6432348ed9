# FACTS 1.10: list mutations incref what they store and decref what they drop, at once.
import sys
x = []
box = []
box.append(x)
print("append", sys.getrefcount(x))            # 3
box.append(x)
box.insert(0, x)
print("three slots", sys.getrefcount(x))       # 5
box.extend([x, x])
print("extend", sys.getrefcount(x))            # 7
box.pop()
print("pop discarded", sys.getrefcount(x))     # 6
kept = box.pop()
print("pop kept", sys.getrefcount(x))          # 6: the popped reference moved to kept
box.remove(x)
print("remove", sys.getrefcount(x))            # 5: two slots, x, kept, temporary
box[0] = None
print("item assignment", sys.getrefcount(x))   # 4
del box[1]
print("del item", sys.getrefcount(x), box)     # 3
box.clear()
print("clear", sys.getrefcount(x))             # 3: x, kept, temporary
box = [x] * 4
print("repeat", sys.getrefcount(x))            # 7
box.reverse()
box.sort(key=len)
print("reverse and sort", sys.getrefcount(x))  # 7
box = box[:2]
print("slice rebinding", sys.getrefcount(x))   # 5
