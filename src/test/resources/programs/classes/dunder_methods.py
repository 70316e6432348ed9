# __eq__, __len__, __getitem__ and how builtins and operators use them.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __eq__(self, other):
        return isinstance(other, Bag) and sorted(self.items) == sorted(other.items)
    def __repr__(self):
        return "Bag" + repr(tuple(self.items))
a = Bag(3, 1, 2)
b = Bag(1, 2, 3)
c = Bag()
print(len(a), len(c), bool(a), bool(c), a[0], a[-1], a[0:2])
print(a == b, a != b, a == c, a == [3, 1, 2])
print([x for x in a], list(b), 2 in a, 7 in a, sorted(a))
for item in a:
    print("item", item)
if not c:
    print("empty bag is falsy")
print(a, [a, c])
