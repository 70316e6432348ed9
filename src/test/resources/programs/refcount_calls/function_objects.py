# FACTS 1.2: the frame holds a strong reference to the function it runs: inside r(),
# getrefcount(r) is 3 (global name, frame, temporary).
import sys
def r():
    print("inside", sys.getrefcount(r))       # 3
print("outside", sys.getrefcount(r))          # 2
r()
alias = r
print("alias", sys.getrefcount(r))            # 3
alias()                                       # 4
handlers = [r, r]
print("in a list", sys.getrefcount(r))        # 5
del handlers, alias
def outer():
    def inner():
        return 1
    print("local function", sys.getrefcount(inner))   # 2
    return inner
fn = outer()
print("returned function", sys.getrefcount(fn))       # 2
def recurse(n):
    if n == 0:
        print("deepest", sys.getrefcount(recurse))    # 2 + one frame per level
        return
    recurse(n - 1)
recurse(3)
