# Generator functions: lazy execution, next(), StopIteration, return ending the generator.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def firsts():
    yield "a"
    return
    yield "never"
print(list(firsts()))
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(sum(evens(10)), max(evens(7)), list(evens(0)))
for value in countdown(2):
    print("loop got", value)
