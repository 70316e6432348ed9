# FACTS 1.3: *args packs the arguments into a new tuple; f(*seq) builds a tuple from seq.
import sys
def star(*args):
    print("item", sys.getrefcount(args[0]), "tuple", sys.getrefcount(args))
x = []
star(x)                          # item 3 (x, tuple, temporary), tuple 2
star(x, x)                       # item 4
lst = [x]
star(*lst)                       # item 5: x, lst, the tuple made from lst, args, temporary
t = (x,)
star(*t)                         # 5: t is passed as it is, but args is a new tuple
print(sys.getrefcount(t))        # 2
def plain(a, b):
    print("plain", sys.getrefcount(a))
plain(*[x, x])                   # 8: x, lst, t, the tuple (twice), a, b, temporary
plain(*lst, x)
def kw(**kwargs):
    print("kwargs value", sys.getrefcount(kwargs["k"]), "dict", sys.getrefcount(kwargs))
kw(k=x)                          # 5: x, lst, t, kwargs, temporary
d = {"k": x}
kw(**d)                          # 8: + d, the merged dict, the unpacked argument array
print("after", sys.getrefcount(x))
