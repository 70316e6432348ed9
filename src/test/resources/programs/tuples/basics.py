# Tuples: packing, unpacking, starred targets, methods count/index, comparison, hashing.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
p, *q = (9,)
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), ("a", "b").index("b"))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(t + (4,), t * 2, (0,) * 3, () + ())
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
single = (5,)
print(single, (5), len(single))
print(t[1], t[-1], t[::-1], t[1:])
