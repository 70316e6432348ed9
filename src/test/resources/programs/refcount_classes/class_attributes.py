# Objects stored as class attributes are held by the class namespace; instances reading
# them add nothing; an instance attribute of the same name shadows without copying.
import sys
shared = []
class Config:
    items = shared
    registry = {}
print("class attribute", sys.getrefcount(shared))        # 3
a = Config()
b = Config()
print("read through instances", sys.getrefcount(a.items))  # 3
a.items = shared
print("instance attribute too", sys.getrefcount(shared))   # 4
Config.extra = shared
print("set on the class", sys.getrefcount(shared))         # 5
del Config.extra, a.items
print("removed", sys.getrefcount(shared))                  # 3
Config.registry["k"] = shared
print("in a class-level dict", sys.getrefcount(shared))    # 4
print(sys.getrefcount(Config.registry))                    # 2
