# FACTS 1.3: callbacks called from C (sorted(key=), min/max(key=), list.sort(key=), map, filter)
# see their argument with the C caller's references added.
import sys
def k(v):
    print("key sees", sys.getrefcount(v))
    return len(v)
a = []
b = [1]
data = [b, a]
print(sorted(data, key=k))        # 5: name, data, sorted's copy, parameter, temporary
data.sort(key=k)                  # 4: list.sort moves the items out of the list while it sorts
print(min(data, key=k) is a)      # 5: name, data, the item min holds, parameter, temporary
print(max(data, key=k) is b)
print(list(map(k, data)))         # 5, as min and max
print(list(filter(k, data)))
print(sys.getrefcount(a), sys.getrefcount(b))       # 3 3: names and data's slots
print(sorted([a, b], key=lambda v: sys.getrefcount(v)))
