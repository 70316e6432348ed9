# TypeError messages for wrong calls: missing, extra, unexpected and duplicated arguments.
def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
def f(a, b):
    pass
def g(a):
    pass
def h(a, *, k):
    pass
def n():
    pass
class C:
    def m(self, a):
        pass
show(f, 1)
show(f)
show(g, 1, 2)
show(f, 1, 2, 3)
show(g, 1, z=2)
show(g, 1, a=2)
show(h, 1)
show(h, 1, 2)
show(n, 1)
show(C().m)
show(C().m, 1, 2)
show(C, 1)
show(lambda x: x)
show(f, 1, b=2, c=3)
