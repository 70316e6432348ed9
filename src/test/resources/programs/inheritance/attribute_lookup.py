# Attribute lookup order: instance, class, base classes; class attributes shadowed.
class Base:
    x = "base x"
    y = "base y"
    def who(self):
        return "Base.who"
    def calls_who(self):
        return "calls " + self.who()
class Child(Base):
    y = "child y"
    def who(self):
        return "Child.who"
c = Child()
print(c.x, c.y, c.who(), c.calls_who(), Base().calls_who())
c.x = "instance x"
print(c.x, Child.x, Base.x)
Base.x = "changed base x"
print(Child.x, Child().x)
print(hasattr(c, "who"), hasattr(c, "nope"), getattr(c, "y"))
class Grand(Child):
    pass
print(Grand().who(), Grand.y, isinstance(Grand(), Base))
