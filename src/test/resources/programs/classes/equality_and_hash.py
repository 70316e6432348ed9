# Default equality is identity; defining __eq__ changes ==, in and list.index/count/remove.
class Plain:
    def __init__(self, v):
        self.v = v
class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called", self.v, other.v if isinstance(other, Valued) else other)
        return isinstance(other, Valued) and self.v == other.v
    def __repr__(self):
        return "V" + str(self.v)
p1, p2 = Plain(1), Plain(1)
print(p1 == p2, p1 == p1, p1 != p2)
v1, v2, v3 = Valued(1), Valued(1), Valued(2)
print(v1 == v2)
print(v1 != v3)
items = [v3, v2]
print(v1 in items)
print(items.index(Valued(1)))
print(items.count(v1))
items.remove(Valued(2))
print(items)
