# A local that a nested function uses is a cell variable: the frame holds the cell, the cell
# holds the object, so the object's count is 2, not 3, while the frame runs.
import sys
def outer():
    plain = []
    captured = []
    print("plain local", sys.getrefcount(plain))        # 2
    print("cell local", sys.getrefcount(captured))      # 2: the cell, temporary
    alias = captured
    print("cell + alias", sys.getrefcount(captured))    # 3
    def inner():
        return captured
    print("closure made", sys.getrefcount(captured))    # 3: cell, alias, temporary (the closure shares the cell)
    return inner
f = outer()
print("returned", sys.getrefcount(f()))                 # 2
def param_cell(p):
    def use():
        return p
    print("parameter in a cell", sys.getrefcount(p))    # 3: caller's name, cell, temporary
    return use
y = []
u = param_cell(y)
print(sys.getrefcount(y))                               # 3
