# Special methods called by builtins and operators run in a frame called from C: self has
# the C caller's references on top of the names that hold it.
import sys
class R:
    def __repr__(self):
        print("__repr__ self", sys.getrefcount(self))
        return "R"
    def __len__(self):
        print("__len__ self", sys.getrefcount(self))
        return 0
    def __eq__(self, other):
        print("__eq__", sys.getrefcount(self), sys.getrefcount(other))
        return False
    def __getitem__(self, i):
        print("__getitem__ self", sys.getrefcount(self))
        return i
r = R()
s = R()
repr(r)                 # 4: r, repr's argument, self, temporary
len(r)                  # 4
r[0]                    # 4
r == s                  # 4 4
r == r                  # 6 6: r pushed twice, self and other
print(f"{r!r}")         # 4
print([r, s].index(s))  # 5 5: list.index holds the item while comparing
print(sys.getrefcount(r))
