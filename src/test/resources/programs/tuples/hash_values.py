# hash() of tuples as CPython 3.11 computes it (xxHash-based combination of item hashes).
print(hash(()))
print(hash((1,)), hash((1, 2)), hash((2, 1)), hash((1, 2, 3)))
print(hash((-1,)), hash((0, 0)), hash((True, None)) == hash((1, None)))
print(hash(((1, 2), (3, 4))), hash((10 ** 20, -5)))
print(hash((1.5, 2.0)), hash((2, 1.0)) == hash((2, 1)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
