# FACTS 1.10: each mutation drops the replaced object at that moment: pop, remove, item and
# slice assignment, d[k] = None, attribute stores, del of an attribute, rebinding.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [D("p0"), D("p1"), D("p2"), D("p3")]
lst.pop()
print("after pop")
lst[0] = None
print("after item assignment")
lst[1:3] = [1]
print("after slice assignment")
d = {"k": D("dk"), "j": D("dj")}
d["k"] = None
print("after d[k] = None")
d.pop("j")
print("after d.pop")
class Box:
    pass
b = Box()
b.v = D("attr1")
b.v = D("attr2")
print("after attribute store")
del b.v
print("after del attribute")
x = D("x1")
x = D("x2")
print("after rebinding")
del x
print("end")
