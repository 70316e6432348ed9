# Keys of several hashable types, including equal-but-different types (1, 1.0, True).
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d[None] = "none"
d["1"] = "str"
d[frozenset([1])] = "frozenset"
d[-1] = "minus one"
d[10 ** 20] = "big"
print(d)
print(d[1], d[(1, 2)], d[None], d[frozenset({1})], d[10 ** 20])
print(len(d), 1.0 in d, 2 in d, (1, 2) in d)
