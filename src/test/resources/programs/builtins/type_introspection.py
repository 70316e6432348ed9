# type, isinstance, issubclass, hasattr, getattr, setattr, repr, str, hash, callable-ish checks.
class A:
    x = 1
class B(A):
    pass
b = B()
values = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, b, A, len]
for v in values:
    print(type(v).__name__)
print(isinstance(b, A), isinstance(b, (int, B)), issubclass(B, A), issubclass(A, A), issubclass(A, B))
print(hasattr(b, "x"), hasattr(b, "y"), getattr(b, "x"), getattr(b, "y", 42))
setattr(b, "y", 7)
print(b.y, getattr(b, "y"))
print(type(1) is int, type(True) is bool, type(b) is B, type(b) is A)
print(repr("a"), str("a"), repr(1.0), str(1.0), repr([None]), repr((1,)))
print(hash("") == 0, hash(0), hash(-1) == hash(-2), hash((1, "a")) == hash((1, "a")))
print(int, str, type(1), type(type(1)))
