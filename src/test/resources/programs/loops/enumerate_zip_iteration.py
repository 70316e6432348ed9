# enumerate, zip, reversed, iter/next and iterating over strings, dicts, sets of ints.
names = ["ann", "bob", "cid"]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(i, name)
for a, b, c in zip(names, [1, 2, 3], "xyz"):
    print(a, b, c)
print(list(zip([1, 2, 3], [4, 5])), list(zip()))
for ch in reversed("abc"):
    print(ch, end="")
print()
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
for key in {"k1": 1, "k2": 2}:
    print(key)
for v in {3, 1, 2}:
    print(v)
nested = [[1, 2], [3], []]
for sub in nested:
    for v in sub:
        print("v", v)
