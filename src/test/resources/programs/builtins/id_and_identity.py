# id() is only compared, never printed: equal ids mean the same object.
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
def same(x, y):
    return id(x) == id(y)
print(same(a, b), same(a, c), same(None, None))
d = {"k": a}
print(id(d["k"]) == id(a))
e = a[:]
e.append(3)
print(a, e, id(e) != id(a))
t = (a, a)
print(id(t[0]) == id(t[1]))
