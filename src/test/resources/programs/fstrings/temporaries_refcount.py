# f-string parts are temporaries: FORMAT_VALUE/BUILD_STRING drop them at once, so counts
# inside and after an f-string are the same as before it.
import sys
data = [1, 2, 3]
print(f"count inside f-string: {sys.getrefcount(data)}")
label = f"{data} has {len(data)} items"
print(label)
print(sys.getrefcount(data))
parts = [f"{x}-{data}" for x in range(2)]
print(parts, sys.getrefcount(data))
class Shown:
    def __format__(self, spec):
        return "Shown(" + spec + ")"
    def __repr__(self):
        return "Shown!"
obj = Shown()
print(f"{obj:abc} {obj!r} {obj}")
print(sys.getrefcount(obj))
