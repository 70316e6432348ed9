# lambda expressions and simple decorators (functions that wrap functions).
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(sorted([3, -5, 1], key=lambda v: -v), list(map(lambda s: s.upper(), ["a", "b"])))
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
calls = []
def logged(fn):
    def inner(x):
        calls.append(fn.__name__)
        return fn(x)
    return inner
@logged
def double(x):
    return 2 * x
@logged
@logged
def inc(x):
    return x + 1
print(double(4), inc(4), calls)
print(hello.__name__, double.__name__)
