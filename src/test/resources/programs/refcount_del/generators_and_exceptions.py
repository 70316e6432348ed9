# A dropped generator frees its frame's locals; a saved exception delays frees until it goes.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def gen():
    a = D("gen a")
    yield 1
    b = D("gen b")
    yield 2
g = gen()
next(g)
next(g)
print("dropping a suspended generator")
del g
for v in gen():
    pass
print("generator ran to the end")
def fail():
    local = D("failed frame's local")
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    saved = e
print("exception saved")
saved = None
print("exception dropped")
