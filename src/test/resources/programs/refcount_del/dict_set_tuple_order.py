# A dict frees its entries in insertion order (key, then value); a tuple from last to first;
# a set in table order (instances here hash to fixed small ints).
class D:
    def __init__(self, name, h=0):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __del__(self):
        print("del", self.name)
d = {"x": D("dx"), "y": D("dy"), "z": D("dz")}
print("dict")
del d
d = {D("k1", 1): D("v1"), D("k2", 2): D("v2")}
print("dict with instance keys")
d = None
t = (D("t1"), D("t2"), D("t3"))
print("tuple")
t = None
s = {D("s3", 3), D("s1", 1), D("s2", 2)}
print("set")
s = None
d = {"a": D("da"), "b": D("db")}
d["a"] = D("da2")
print("dict.clear")
d.clear()
print("end")
