# Nested with statements exit in reverse order; an exception in __exit__ replaces the first.
class CM:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name + " failed")
        return False
with CM("1"):
    with CM("2"):
        with CM("3"):
            print("innermost")
try:
    with CM("x", fail_exit=True):
        raise ValueError("original")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    with CM("y"), CM("z", fail_exit=True):
        print("body")
except RuntimeError as e:
    print("caught", e)
