import sys

x = object()
l = []
l.append(x)
y = x
print(sys.getrefcount(x))
del l, y


def f(a):
    return sys.getrefcount(a)


z = object()
f(z)
for item in [x, z]:
    print(item)
x, z = z, x
a = b = [1, 2, 3]
s = {0, 16, 32, 1, 2}
