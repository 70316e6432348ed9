# AttributeError messages for builtin types, None, user instances and classes.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
class C:
    def __init__(self):
        self.present = 1
c = C()
num = 1
show(lambda: num.foo)
show(lambda: None.foo)
show(lambda: "s".nothing)
show(lambda: [].push(1))
show(lambda: {}.add)
show(lambda: c.x)
show(lambda: C.x)
def delete():
    del c.missing
show(delete)
show(lambda: (1, 2).append(3))
print(getattr(c, "x", "default"), hasattr(c, "x"), c.present)
