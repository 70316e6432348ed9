# FACTS 1.4: obj.meth() compiles to LOAD_METHOD/PRECALL/CALL: no bound method object, self has
# 3 inside (name, parameter, temporary). A stored bound method holds its __self__ (+1); calling
# it, PRECALL pushes function and self (+1) and moves that self into the frame: 4 inside.
import sys
class C:
    def meth(self, arg):
        print("self", sys.getrefcount(self), "arg", sys.getrefcount(arg))
obj = C()
x = []
obj.meth(x)                        # self 3, arg 3
m = obj.meth
print("bound method stored", sys.getrefcount(obj), sys.getrefcount(m))   # 3 2
m(x)                               # self 4, arg 3
C.meth(obj, x)                     # self 4 (m still holds obj), arg 3
del m
print("after del m", sys.getrefcount(obj))                               # 2
methods = [obj.meth, obj.meth]
print("two bound methods", sys.getrefcount(obj))                         # 4
del methods
# PRECALL unpacks a bound method into function and self and frees it when only the stack
# held it: self 3.
getattr(obj, "meth")(x)
print("end", sys.getrefcount(obj), sys.getrefcount(x))                   # 2 2
