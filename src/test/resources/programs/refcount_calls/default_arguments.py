# Default values live in the function's __defaults__ tuple: +1 for as long as the function.
import sys
shared = []
def f(a=shared):
    print("inside", sys.getrefcount(a))       # 4: shared, defaults, parameter, temporary
    return a
print("defaults hold it", sys.getrefcount(shared))       # 3
f()
f([])                                         # 2: a fresh list, parameter and temporary
def g(b=[]):
    return b
print("default created at def", sys.getrefcount(g()))    # 2: defaults, temporary
keep = g()
print(sys.getrefcount(keep))                             # 3
del f
print("function gone", sys.getrefcount(shared))          # 2
def kwonly(*, k=shared):
    return k
print("kw-only default", sys.getrefcount(shared))        # 3
