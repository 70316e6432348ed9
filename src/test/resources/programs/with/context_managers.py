# with: __enter__ result bound by as; __exit__ receives the exception and may suppress it.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tracer("a") as value:
    print("body", value)
with Tracer("b", suppress=True):
    print("body b")
    raise ValueError("swallowed")
print("after b")
try:
    with Tracer("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Tracer("outer") as o, Tracer("inner") as i:
    print("both", o, i)
def early():
    with Tracer("ret"):
        return "returned"
print(early())
for n in range(2):
    with Tracer("loop" + str(n)):
        if n == 0:
            continue
        print("second iteration body")
