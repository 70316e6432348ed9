# A call is marked with ^ from the callee to the closing parenthesis.
def inner(n):
    return int(n)


def outer(n):
    return [inner(n)]


class Box:
    def open(self, how):
        return self.lid(how)

    def lid(self, how):
        raise ValueError("stuck " + how)


box = Box()
try:
    outer("x")
except ValueError:
    try:
        print("opening", box.open("gently"))
    except ValueError:
        result = len(str(outer("nine")))
