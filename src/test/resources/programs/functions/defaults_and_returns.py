# Functions: default values evaluated once, multiple returns, implicit None, recursion.
def greet(name, greeting="hello"):
    return greeting + ", " + name
print(greet("ann"), greet("bob", "hi"), greet(greeting="yo", name="cid"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def minmax(values):
    return min(values), max(values)
lo, hi = minmax([4, 1, 9])
print(lo, hi, minmax([5]))
def nothing():
    x = 1
print(nothing())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5), fact(25))
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
print(early(-1), early(10), early(0))
print(greet.__name__, type(greet).__name__)
