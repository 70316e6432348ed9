# Dicts keep insertion order; re-setting a key keeps its place; deleting and re-adding moves it.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(d)
del d["zeta"]
d["zeta"] = 99
print(d)
print(list(d), [k for k in d], sorted(d), sorted(d, key=d.get))
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.items()))
f = {2: "x", 2.0: "y", True: "t", 1: "one"}
print(f)
g = {k: 0 for k in ["p", "q", "p"]}
print(g)
print({**e, 1: "A", 4: "d"}, {**{"a": 1}, **{"a": 2}})
