# At the end of a call the frame drops its locals in their slot order: parameters first,
# then locals in the order the compiler first met them, then cell variables (sorted by name).
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def plain(param):
    zed = D("zed")
    alpha = D("alpha")
    print("plain returns")
plain(D("param"))
def first_use(flag):
    if flag:
        late = None
    early = D("early")
    late = D("late")
    print("first_use returns")
first_use(False)
def with_cells():
    zed = D("zed cell")
    alpha = D("alpha cell")
    plain_local = D("plain local")
    def inner():
        return zed, alpha
    print("with_cells returns")
with_cells()
def returns_one():
    keep = D("kept")
    drop = D("dropped")
    return keep
r = returns_one()
print("got", r.name)
r = None
print("end")
