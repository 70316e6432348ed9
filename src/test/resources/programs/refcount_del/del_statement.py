# del with several targets deletes left to right; an object with another name survives.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
b = D("b")
c = D("c")
alias = b
del a, b, c
print("alias keeps b:", alias.name)
del alias
lst = [D("l0"), D("l1"), D("l2")]
holder = {"k": D("dk")}
del lst[1], holder["k"]
print("after del lst[1], holder['k']")
del lst
print("end")
