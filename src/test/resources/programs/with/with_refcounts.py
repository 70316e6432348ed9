# FACTS 1.9: BEFORE_WITH keeps the bound __exit__ on the stack, so the context manager has
# one more reference for the whole body; `as` adds the name's reference.
import sys
class CM:
    def __enter__(self):
        print("in __enter__", sys.getrefcount(self))   # bound __exit__ and __enter__, self, temporary + names
        return self
    def __exit__(self, exc_type, exc, tb):
        print("in __exit__", sys.getrefcount(self))    # bound __exit__, self, temporary + names
        return False
cm = CM()
print("before", sys.getrefcount(cm))                   # 2
with cm:
    print("body", sys.getrefcount(cm))                 # 3: cm, bound __exit__, temporary
print("after", sys.getrefcount(cm))                    # 2
with cm as same:
    print("body with as", sys.getrefcount(cm))         # 4
print("after as", sys.getrefcount(cm))                 # 3: `same` stays bound
del same
with CM() as anonymous:
    print("anonymous", sys.getrefcount(anonymous))     # 3: anonymous, bound __exit__, temporary
print("anonymous after", sys.getrefcount(anonymous))   # 2
held = []
with cm:
    held.append(cm)
    with cm:
        print("nested", sys.getrefcount(cm))           # 5: cm, held, two __exit__, temporary
