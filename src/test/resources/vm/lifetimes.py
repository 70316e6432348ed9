import sys, gc
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
it = g()
print(next(it))
del it
print("after del")
def gen2():
    with open_ctx():
        yield 1
class open_ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
x = gen2(); print(next(x)); x = None; print("x gone")
class D:
    def __del__(self):
        raise ValueError("in del")
d = D(); del d
print("survived")
class Cyc:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = Cyc(1); b = Cyc(2); a.b = b; b.a = a
del a, b
print("collected", gc.collect())
lst = [1, 2, 3]
ge = (v * 2 for v in lst)
print(sys.getrefcount(lst))
print(list(ge), sys.getrefcount(lst))
def h(x=[]):
    x.append(1)
    return len(x)
print(h(), h(), h([]))
class K:
    attr = []
print(sys.getrefcount(K.attr))
k = K()
print(sys.getrefcount(K.attr), k.attr is K.attr)
s = "abc" * 10
print(sys.getrefcount(s))
t = (s, s)
print(sys.getrefcount(s))
big = 10 ** 30
print(sys.getrefcount(big))
fl = 1.5 * 2
print(sys.getrefcount(fl))
def outer():
    v = []
    def inner():
        return v
    return inner
fn = outer()
print(sys.getrefcount(fn.__closure__[0].cell_contents))
e = None
try:
    1 / 0
except ZeroDivisionError as err:
    e = err
print(type(e).__name__, e.__traceback__ is not None)
def raiser():
    local_obj = [1]
    raise RuntimeError("x")
try:
    raiser()
except RuntimeError as err:
    saved = err
print(saved.__traceback__.tb_next.tb_frame.f_code.co_name if hasattr(saved.__traceback__.tb_next, 'tb_frame') else None)
