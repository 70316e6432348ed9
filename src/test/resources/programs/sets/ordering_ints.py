# Sets of ints: hash(i) == i, so order comes from the table size and collisions.
print({0, 16, 32, 1, 2})
s = set()
for v in [0, 16, 32, 1, 2]:
    s.add(v)
print(s)
print(set([0, 16, 32, 1, 2]), set(range(10)), set(range(10, 0, -1)))
t = set()
for v in [100, 7, 64, 8, -1, -8, 1000, 3]:
    t.add(v)
print(t)
print({5, 13, 21}, {8, 0, 16, 24}, {-1, -2, 1, 2})
big = set()
for i in range(20):
    big.add(i * 7 % 23)
print(big)
grow = {1}
for i in range(2, 40, 3):
    grow.add(i * i)
print(grow)
print({10 ** 20, 2 ** 61, 2 ** 61 - 1, -(2 ** 61)}, {1.5, 2.5, 0.5})
