# Comprehensions run in their own scope (3.11: a separate function frame): the loop
# variable does not leak, and they can read enclosing locals and globals.
x = "outer x"
squares = [x for x in range(3)]
print(squares, x)
def f():
    factor = 10
    return [n * factor for n in range(3)]
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g())
y = 5
print([y + k for k in range(2)], {y: k for k in range(2)})
def h(limit):
    return [[i * j for j in range(limit)] for i in range(limit)]
print(h(3))
try:
    print(k)
except NameError as e:
    print("NameError:", e)
