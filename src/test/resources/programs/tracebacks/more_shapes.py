# Unpacking, bare raise, assert, generators, __init__, f(*args), raise from, calls and
# subscripts over two lines, comparisons chained, each error the context of the next.
def s0():
    a, b = [1]
def s1():
    try:
        {}["k"]
    except KeyError:
        raise
def s2():
    n = 2
    assert n == 3, "n is " + str(n)
def s3():
    def g():
        yield 1
        yield 1 / 0
    it = g(); next(it); next(it)
def s4():
    class K:
        def __init__(self, x):
            self.x = x.y
    K(x=5)
def s5():
    args = (1, 2)
    print(*args, sep=None, end=5)
def s6():
    raise ValueError("v") from KeyError("k")
def s7():
    x = [1, 2][
        5]
def s8():
    s = "abc"
    s.foo(
        1)
def s9():
    x = {1: 2}.get(1) + None
def s10():
    f = None; f()
def s11():
    "a" < 1 < 2
def s12():
    for i in range(3): x = i / (i - 1)
def s13():
    x = [1][0] if True else 0; y = x.real.imag.nope
steps = [s6, s0, s1, s2, s3, s4, s5, s7, s8, s9, s10, s11, s12, s13]
def chain(i):
    try:
        steps[i]()
    except Exception:
        if i + 1 < len(steps):
            chain(i + 1)
        else:
            raise
chain(0)
