# Freeing a container frees what only it held, depth first, each container in its own order.
class D:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children
    def __del__(self):
        print("del", self.name)
tree = D("root", [D("left", [D("ll"), D("lr")]), D("right", (D("rl"), D("rr")))])
print("dropping the tree")
tree = None
data = [[D("a1"), D("a2")], {"k": D("b1")}, (D("c1"), D("c2"))]
print("dropping nested containers")
del data
shared = D("shared")
pair = [shared, D("only in pair")]
print("dropping pair")
del pair
print("shared survives:", shared.name)
del shared
print("end")
