# Values taken out of containers: pop moves the container's reference to the caller, get
# and subscripts add one; an unused result is dropped at once.
import sys
x = []
lst = [x]
dct = {"k": x}
print(sys.getrefcount(x))                 # 4
print(sys.getrefcount(lst.pop()))         # 3: dict, name, temporary (the list's reference moved)
print(sys.getrefcount(x))                 # 3
print(sys.getrefcount(dct.pop("k")))      # 2
print(sys.getrefcount(x))                 # 2
lst.append(x)
dct["k"] = x
got = dct.get("k")
print(sys.getrefcount(x))                 # 5
got = lst[0]
print(sys.getrefcount(x))                 # 5
lst.pop(0)
dct.pop("k")
print(sys.getrefcount(x))                 # 3
