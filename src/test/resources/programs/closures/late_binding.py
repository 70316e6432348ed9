# Closures capture variables, not values: the classic loop pitfall and its fixes.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make(n):
    return lambda: n
fns = [make(i) for i in range(3)]
print([f() for f in fns])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
adders = {n: (lambda n: lambda v: v + n)(n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
