# FACTS 1.2: a Python-to-Python call moves the arguments from the caller's stack into the
# new frame: inside, a parameter has name + parameter + temporary = 3.
import sys
def f(a):
    print("in f", sys.getrefcount(a))         # 3
    return a
def g(b):
    print("in g", sys.getrefcount(b))         # 3
    f(b)                                      # f sees 4: x, b, a, temporary
    print("back in g", sys.getrefcount(b))    # 3
x = []
f(x)
g(x)
print("after calls", sys.getrefcount(x))      # 2
def two(p, q):
    print("same object twice", sys.getrefcount(p), sys.getrefcount(q))   # 4 4
two(x, x)
def keywords(a, b=None):
    print("by keyword", sys.getrefcount(a))   # 3
keywords(b=None, a=x)
f([])                                          # a fresh list: parameter + temporary = 2
