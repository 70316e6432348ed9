# FACTS 1.12: a set display of more than two constants is built from a frozenset constant
# (BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE), so its order can differ from adding items.
a = {0, 16, 32, 1, 2}
b = set()
b.add(0); b.add(16); b.add(32); b.add(1); b.add(2)
print(a)
print(b)
print(a == b)
x = 0
c = {x, 16, 32, 1, 2}
print(c)
print({8, 9, 24, 40}, {"b", "a", "c", "d"})
print(set([8, 9, 24, 40]), {y for y in [8, 9, 24, 40]})
print(frozenset({0, 16, 32, 1, 2}), frozenset([0, 16, 32, 1, 2]))
print({1, 2}, {2, 1}, {9, 1}, {1, 9})
