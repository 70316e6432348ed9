# *args and **kwargs parameters collect extra arguments into a tuple and a dict.
def collect(first, *args, **kwargs):
    print(first, args, kwargs, type(args).__name__, type(kwargs).__name__)
collect(1)
collect(1, 2, 3)
collect(1, x=2)
collect(1, 2, y=3, z=4)
def total(*nums):
    result = 0
    for n in nums:
        result += n
    return result
print(total(), total(1), total(1, 2, 3, 4))
def describe(**info):
    return ", ".join(k + "=" + str(v) for k, v in info.items())
print(describe(b=2, a=1, c=3))
def mix(a, b=0, *rest, c, **more):
    return a, b, rest, c, more
print(mix(1, c=2))
print(mix(1, 2, 3, 4, c=5, d=6))
