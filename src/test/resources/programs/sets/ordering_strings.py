# Sets of strings iterate in the order CPython 3.11 gives with PYTHONHASHSEED=0
# (SipHash-1-3 with a zero key, table size, linear probing, perturbation, resize rule).
words = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.add(w)
print(words)
print(sorted(words))
print(set("mississippi"), set("abcdefgh"))
print({"apple", "banana", "cherry"}, {"x", "y"})
colours = {"red", "green", "blue", "cyan", "magenta", "yellow", "black", "white", "grey"}
print(colours)
colours.discard("cyan")
colours.add("orange")
print(colours, len(colours))
print([w for w in words if len(w) > 3])
for w in {"one", "two", "three"}:
    print(w, hash(w))
