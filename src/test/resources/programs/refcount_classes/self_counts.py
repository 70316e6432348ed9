# self inside methods: 3 for obj.meth() (name, parameter, temporary); __init__ during
# Cls() sees 3 (type.__call__'s reference, parameter, temporary); a new instance has 2.
import sys
class C:
    def __init__(self):
        print("__init__", sys.getrefcount(self))
        self.me = None
    def meth(self):
        print("meth", sys.getrefcount(self))
        return self
    def calls_other(self):
        print("before", sys.getrefcount(self))
        self.meth()                                  # 4: + the stack slot moved in
    def stores_self(self):
        self.me = self
obj = C()
print("new instance", sys.getrefcount(obj))          # 2
obj.meth()
obj.calls_other()
r = obj.meth()
print("returned self", sys.getrefcount(obj))         # 3
del r
C().meth()                                           # 2: nothing but the call holds it
obj.stores_self()
print("self-reference", sys.getrefcount(obj))        # 3
obj.me = None
print("broken", sys.getrefcount(obj))                # 2
