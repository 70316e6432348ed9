# Three levels of nesting; nonlocal reaches the nearest enclosing binding.
def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            nonlocal b
            b = b + "!"
            return a + b
        r1 = level3()
        r2 = level3()
        return r1, r2, b
    return level2()
print(level1())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), slow_square(4))
