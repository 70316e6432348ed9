# Chained generators, infinite generators with a stop, send-free coroutine-style pipelines.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def mapped(fn, it):
    for v in it:
        yield fn(v)
print(list(take(5, naturals())))
print(list(take(4, mapped(lambda v: v * v, naturals()))))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(7)), 3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
it = iter(take(3, "abcdef"))
print(next(it), list(it))
print(list(zip(naturals(), "xyz")), list(map(str, take(3, naturals()))))
