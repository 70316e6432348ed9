# * and ** in calls: unpacking lists, tuples, ranges, strings and dicts into arguments.
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*(4, 5, 6)), f(*range(3)), f(1, *[2, 3]))
kw = {"c": 9, "b": 8, "a": 7}
print(f(**kw), f(1, **{"b": 2, "c": 3}), f(*[1], **{"c": 3, "b": 2}))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), x=1, **{"y": 2}))
print(max(*[3, 8, 1]), min(*"zebra"), list(zip(*[[1, 2], [3, 4]])))
d1 = {"a": 1}
d2 = {"b": 2}
print(g(**d1, **d2))
