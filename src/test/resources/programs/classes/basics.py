# Classes: __init__, methods, instance versus class attributes, __repr__ and __str__.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
q = p.moved(3, 4)
print(p, q, repr(p), str(q), [p, q])
print(p.x, q.y, p.dims, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 4
print(p.dims, q.dims)
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(q, "z"), getattr(q, "z", "none"))
setattr(q, "x", 99)
print(q, getattr(q, "x"), type(p).__name__, isinstance(p, Point))
print(f"{p}", f"{p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
