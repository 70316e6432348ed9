# Positional, default, keyword-only parameters; keywords in any order.
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3))
print(f(1, 5, c=6))
print(f(c=7, a=8))
print(f(1, d=0, c=9, b=1))
def g(a, *, key=None, reverse=False):
    return sorted(a, key=key, reverse=reverse)
print(g([3, 1, 2]), g([3, 1, 2], reverse=True), g(["bb", "a"], key=len))
def h(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(h(1), h(2), h(3, [0]))
