# The outermost iterable is evaluated first, in the enclosing scope; the rest per item.
def src(label, values):
    print("iterating", label)
    return values
def cond(v):
    print("testing", v)
    return v % 2 == 1
print([v for v in src("outer", [1, 2, 3]) if cond(v)])
print([(a, b) for a in src("A", [1, 2]) for b in src("B" + str(a), [0, a])])
print({v: cond(v) for v in src("dict", [5, 6])})
gen = (v for v in src("genexp", [7]))
print("generator made")
print(list(gen))
