# super().__init__(...) and inherited methods: counts of self and arguments along the chain.
import sys
class Base:
    def __init__(self, v):
        print("Base.__init__ self", sys.getrefcount(self), "v", sys.getrefcount(v))
        self.v = v
    def show(self):
        print("Base.show self", sys.getrefcount(self))
class Sub(Base):
    def __init__(self, v):
        print("Sub.__init__ self", sys.getrefcount(self), "v", sys.getrefcount(v))
        super().__init__(v)
    def show(self):
        print("Sub.show self", sys.getrefcount(self))
        super().show()
x = []
s = Sub(x)
s.show()
print(sys.getrefcount(s), sys.getrefcount(x))   # 2 3
class Leaf(Sub):
    pass
leaf = Leaf(x)
leaf.show()
print(sys.getrefcount(x))                       # 4
