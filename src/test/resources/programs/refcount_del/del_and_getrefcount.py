# __del__ runs while the object is being freed: inside it, getrefcount(self) is 3 (the
# finalizer's temporary reference, the parameter, the argument).
import sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, sys.getrefcount(self))
x = D("x")
print("alive", sys.getrefcount(x))
del x
y = D("y")
container = [y]
del y
print("still in a list")
container.pop()
print("end")
