# Constructors as conversions: list, tuple, set, frozenset, dict, str, int, float, bool.
print(list("abc"), list((1, 2)), list({"x": 1}), list(range(2)), list())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple({5: 6}))
print(sorted(set([3, 3, 1])), sorted(frozenset("aab")), set(), frozenset())
print(dict([("a", 1), ("b", 2)]), dict(x=1), dict(), dict(zip(range(3), "abc")))
print(str(12), str(1.25), str([1, "a"]), str((None,)), str(), str(True))
print(int(), float(), bool(), int("  -3 "), float("  -3.5e1 "), int(7.9))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]])
print(bool([]), bool([[]]), bool(range(0)), bool(range(1)))
