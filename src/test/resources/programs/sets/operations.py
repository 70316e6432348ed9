# Set operations: | & - ^ and their method forms, subsets, membership, removal.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.union([10, 11], (12,)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {5}, a == {5, 4, 3, 2, 1})
c = set(a)
c.add(99); c.discard(1); c.discard(1000); c.remove(2)
print(c, len(c), 3 in c, 2 in c)
popped = []
while c:
    popped.append(c.pop())
print(popped, c)
s = {"x", "y", "z"}
t = {"y", "w"}
print(s | t, s & t, s - t, s ^ t)
print(frozenset(a) & b, type(frozenset(a) & b).__name__, type(b & frozenset(a)).__name__)
print({(1, 2), (2, 1), (1, 2)}, len({1, 1.0, True}))
