# Snippets compiled by both CPython 3.11 and gilsim (MatchesCPythonTest): each starts at a
# "# --- name" line. Every snippet must be valid Python 3.11.
# --- assignment
x = 1
y = x
# --- function with closure
def f(a, b=2, *args, c, d=4, **kw):
    x = [i for i in a if i]
    def g():
        return x + a
    try:
        return g()
    except ValueError as e:
        print(e)
    finally:
        pass
for i in range(3):
    print(i)
# --- chained assignment and unpacking
a = b = c = []
x, y = 1, 2
x, y = y, x
p, q, r = q, r, p
first, *rest = [1, 2, 3]
*init, last = rest
(m, n), o = (1, 2), 3
# --- swaps in a function
def f(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    a, a = b, c
    x, = a,
    return a, b, c
# --- augmented assignment
x = 1
x += 2
x.attr *= 3
x[0] -= 4
x[a:b] |= 5
def g(y):
    y //= 2
    y.z **= 2
    y[1] @= 2
    return y
# --- delete
x = [1, 2]
del x[0]
del x.attr, x[1:2]
del x
def f(a):
    b = a
    del a, b
# --- constant folding
a = -1
b = 2 ** 10
c = 2 ** 200
d = "ab" * 3
e = "ab" + "cd"
f1 = 1 / 3
g = 7 // 2, -7 % 3, 7.5 // 2, -7.5 % 2
h = ~5, not 1, +3, -True
i = (1, 2) + (3,)
j = "abc"[1], (1, 2, 3)[-1]
k = 1 << 100, 1 << 200, 2 ** -1, 10 ** 40
l = 1e300 * 1e10, 3 - 1.5, 2 ** 0.5
m = "x" * 5000, (1,) * 300, 0 ** 0
n = 1 / 0
# --- displays of constants
a = [1, 2, 3]
b = (1, 2, 3)
c = {1, 2, 3}
d = {1, 2}
e = {x, 1, 2}
f = [x, 1, 2, 3]
g = {'a': 1, 'b': 2}
h = {x: 1, y: 2}
i = {1: x}
j = ()
k = []
l = {}
m = [1, 2]
n = ((1, 2), [3], {4: 5})
# --- starred displays
a = [*x, *y]
b = (1, *x)
c = {*x, 1}
d = {**m, 'a': 1}
e = {'a': 1, **m, 'b': 2, 'c': 3}
f = [*x, 1, 2]
g = {**m}
h = *x, *y
# --- membership folding
a = x in [1, 2, 3]
b = x in {1, 2, 3}
c = x not in [y, z]
d = x in (1, 2)
e = x in {y, 1}
for i in [1, 2, 3]:
    pass
for j in [a, b]:
    pass
for k in {1, 2}:
    pass
# --- comparisons
a = x < y
b = x < y < z
c = x == y != z >= w
d = x is None
e = x is not None
f = not (x is y)
g = not x in y
h = not x == y
# --- conditions
if x < y < z:
    a = 1
if x is None:
    a = 2
if x is not None:
    a = 3
if not x:
    a = 4
elif y:
    a = 5
else:
    a = 6
if x and y or z:
    a = 7
if not (x or y):
    a = 8
if (x if y else z):
    a = 9
if 1:
    a = 10
if 0:
    a = 11
r = a if b else c
s = x and y
t = x or y or z
u = (x and y) or z
v = x and (y or z)
# --- while loops
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 5:
        break
else:
    done = True
while True:
    if i:
        break
while x and y:
    pass
# --- for loops
for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    print(i)
else:
    print("done")
for a, b in pairs:
    for c in b:
        if c:
            break
for x.attr in y:
    pass
def f(items):
    for i in items:
        if i:
            return i
    return None
# --- try except else finally
try:
    a = 1
except ValueError:
    a = 2
except (TypeError, KeyError) as e:
    a = e
except:
    a = 3
else:
    a = 4
finally:
    a = 5
# --- try finally only
try:
    x = f()
finally:
    g()
# --- bare except and reraise
try:
    x = 1 / 0
except:
    print("oops")
    raise
# --- raise forms
def f(e):
    raise
def g(e):
    raise ValueError("bad")
def h(e):
    raise ValueError("bad") from e
def k(e):
    raise ValueError from None
# --- return inside try and finally
def f(x):
    try:
        return x()
    finally:
        print("cleanup")
def g(x):
    try:
        return 1
    except Exception as e:
        return e
def h(x):
    try:
        pass
    finally:
        return x
# --- break and continue through finally
def f(items):
    for i in items:
        try:
            if i:
                break
            continue
        finally:
            print(i)
    while items:
        try:
            break
        except ValueError:
            continue
# --- nested try
def f():
    try:
        try:
            a()
        except KeyError as e:
            b(e)
        finally:
            c()
    except Exception:
        d()
# --- except as with del inside
def f():
    try:
        pass
    except Exception as e:
        del e
    except OSError as e:
        return e
# --- with statements
with open("f") as fh:
    data = fh.read()
with a, b as c:
    pass
with lock:
    x = 1
def f(lock, items):
    with lock:
        return items
def g(lock, items):
    for i in items:
        with lock:
            if i:
                break
            continue
    with a as (x, y):
        pass
# --- with inside try
def f(lock):
    try:
        with lock as l:
            raise ValueError(l)
    except ValueError as e:
        return e
    finally:
        lock = None
# --- assert
assert x
assert x, "message"
assert x > 0, f"bad {x}"
def f(x):
    assert x is not None
    return x
# --- function parameters
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    return a, b, c, args, d, e, kw
def g(*, k=None):
    return k
def h(a, b, /):
    pass
lam = lambda x, y=2, *a, z=3, **k: x + y
# --- closures and nonlocal
def outer():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
def make(n):
    return lambda x: x + n
def deep(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
# --- globals
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def read():
    return counter + len([])
def setg():
    global newname
    newname = 1
    del newname
# --- decorators
@dec
def f():
    pass
@dec1
@dec2(arg)
def g(x):
    return x
@register
class C:
    pass
# --- docstrings
"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    x = 1
def g():
    "a" "b"
# --- classes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class E(Exception):
    pass
class Multi(A, B, metaclass=M):
    pass
# --- class scoping
def f():
    x = 1
    class C:
        x = 2
        y = x
        def m(self):
            return x
    return C
class D:
    __private = 1
    def m(self):
        return self.__private + __class__.__name__
    def n(self):
        return __foo
# --- nested class and qualnames
class Outer:
    class Inner:
        def method(self):
            def helper():
                return [v for v in range(3)]
            return helper
def factory():
    class Local:
        def m(self):
            return lambda: self
    return Local
# --- calls
f()
f(1, 2)
f(a, key=1)
f(*args)
f(a, *args)
f(**kw)
f(a, *b, c, **d, e=1)
f(x=1, **kw, y=2)
f(*a, *b)
obj.method(1, 2)
obj.method(x, key=y)
obj.attr.method()
print(*items, sep="")
f(a)(b)(c)
x = [1, 2][0]
# --- method call on imported module
import sys
sys.getrefcount(x)
def g(y):
    return sys.getrefcount(y)
import threading as th
th.Thread(target=g, args=(1,)).start()
# --- many arguments
f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0, d1)
o.m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0, d1)
f(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15, k16=16)
# --- big displays
t = (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0, d1)
d = {k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16}
e = {"k0": v, "k1": v, "k2": v, "k3": v, "k4": v, "k5": v, "k6": v, "k7": v, "k8": v, "k9": v, "k10": v, "k11": v, "k12": v, "k13": v, "k14": v, "k15": v, "k16": v}
# --- f-strings
name = "x"
a = f"{name}"
b = f"hello {name}!"
c = f"{name!r:>10}"
d = f"{x:{width}.{prec}}"
e = f"{x!s}{y!a}"
g = f"{x=}"
h = f"{'nested' + f'{y}'}"
i = f"{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{q}{r}{s}{t}{u}{v}{w}{x}{y}{z}{a}{b}{c}{d}{e}{f}"
# --- percent formatting
a = "%s and %r" % (x, y)
b = "%d items" % (n,)
c = "%5s|%-5s|%.2s" % (x, y, z)
d = "100%% %s" % (x,)
e = "%s" % x
f = "%s %s" % (x,)
g = "%(a)s" % {"a": 1}
h = "%s" % (*xs,)
# --- imports
import os
import os.path
import os.path as osp
import a.b.c as d
from math import pi, tau as t
from . import sibling
from ..pkg import mod as m
def f():
    import json
    from json import dumps
    return json, dumps
# --- generators
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
def gen2():
    x = yield
    yield x
def gen3(items):
    for i in items:
        try:
            yield i
        finally:
            print("closing")
lam = lambda: (yield)
# --- comprehensions
a = [x * 2 for x in range(10)]
b = {x for x in data if x}
c = {k: v for k, v in pairs}
d = (x for x in data)
e = [x + y for x in xs for y in ys if x if y]
f = [y for x in xs for y in [x]]
g = [[x for x in row] for row in matrix]
h = sum(x * x for x in range(4))
i = [x for x in [1, 2, 3]]
def f(n):
    return [i * n for i in range(n)]
class C:
    n = 3
    items = [x for x in range(n)]
# --- subscripts and slices
a = x[1]
b = x[1:2]
c = x[::2]
d = x[1:2:3]
e = x[:, 1]
f = x[i, j]
x[1:2] = y
del x[::2]
g = x[-1]
h = "abc"[::-1]
i = x[a:]
# --- unary and binary operators
a = -x
b = +x
c = ~x
d = not x
e = x + y - z * w / v // u % t ** s
f = x << 1 >> 2 & 3 | 4 ^ 5
g = x @ y
# --- pass and expressions as statements
pass
x
1
"string statement"
f(x)
x.y
# --- early returns in with and loops
def f(lock, items):
    with lock:
        for i in items:
            if i:
                return i
def g(items):
    for i in items:
        for j in i:
            return j
def h(x):
    while x:
        try:
            return x
        except Exception:
            pass
# --- handlers with names in loops and closures
def f(items):
    for i in items:
        try:
            i()
        except ValueError as e:
            if e:
                continue
            break
        except KeyError as e:
            return e
    try:
        pass
    except Exception as err:
        def show():
            return err
        return show
# --- return and break in finally and handlers
def f(x):
    for i in x:
        try:
            pass
        finally:
            if i:
                break
            return i
def g(x):
    try:
        x()
    except:
        return 1
    finally:
        return 2
# --- multi-line positions
result = obj.method(
    a,
    b,
)
value = (obj
         .attr
         .other())
d = {
    "a": 1,
    "b": x,
}
total = (a +
         b +
         c)
call(a,
     key=b)
if (a and
        b):
    pass
# --- constant conditions
if True:
    a = 1
else:
    a = 2
while 0:
    a = 3
while 1:
    break
x = 1 if True else 2
y = True and x
z = None or x
# --- loop targets
for i, (a, b) in enumerate(pairs):
    pass
for first, *rest in rows:
    pass
for s in "text":
    pass
with x as self.y:
    pass
with x as d[k]:
    pass
# --- numbers and strings
a = 12345678901234567890123
b = 1e16, 1.5e-07, 0.1, 2e23, 1.0, 100.0, 1e-5
c = "unicode é ü 漢字 \U0001F600"
d = 'it\'s', "say \"hi\"", "tab\there", "nl\n", "\x00\x7f"
e = 0xff, 0o17, 0b101, 1_000_000
f = ..., None, True, False
g = -0.0, 0.0, -(1), -(-1)
# --- folding edge cases
a = 1e308 * 10, -1e308 * 10, 0.0 * -1, 1e16 + 1, 0.1 + 0.2, 1 / 3 * 3
b = (1, 2) * 2, "a" * -1, "" * 5, (1,) * 0, 2 * "ab", True * "x"
c = True + True, True & False, True | False, True ^ True, ~False, not (), not "x"
d = -(2 ** 63), 2 ** 63, -2 ** 63, (-2) ** 63, 2 ** 64 - 1
e = 5 % -3, -5 // 3, 5.0 % -3, -5.0 // 3, 7 % 2.5, -7.5 // -2, 0.0 // 5, -0.0 % 5
f = 2 ** 0.5, 4 ** 0.5, 10 ** -2, 2.0 ** 10, (-2.0) ** 3, 0 ** 0.0
g = 0 ** -1, 2.0 ** 1024, 1 << -1, 1 >> 70, -1 >> 70, 5 // 0.0
h = 10 ** 20 / 3, 2 ** 70 / 7, -(10 ** 30) / 7, 1 / 10 ** 400, 10 ** 400 / 10 ** 399
i = "abc"[5], "abc"[-1], (1, 2)[True], "é漢"[1], "ab"[1:], (1, (2, 3))[1]
j = 1 + 2 * 3 - 4 // 5 % 6 ** 2 << 1 >> 1 | 8 & 9 ^ 10
k = "%s" % ("x",), "a" + "b" * 2, ("a", "b") + ("c",)
l = 7 ** 46, 7 ** 45, 3 << 125, 3 << 127
# --- annotations inside functions
def f(a):
    x: int
    y: list = []
    a.attr: int = 1
    a[0]: int = 2
    return y
# --- global and nonlocal deletion
global g
g = 1
def f():
    global g
    del g
    x = 1
    def inner():
        nonlocal x
        del x
    return inner
# --- generators with handlers
def gen(lock, items):
    with lock:
        for i in items:
            try:
                yield i
            except GeneratorExit:
                return
            finally:
                print(i)
    yield from_value if items else None
