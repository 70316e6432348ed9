# Inside functions names are fast locals: LOAD_FAST increfs like LOAD_NAME, so the same
# counts appear; globals read from a function count only their global binding.
import sys
g = []
def counts():
    local = []
    print("fresh local", sys.getrefcount(local))     # 2
    alias = local
    print("two locals", sys.getrefcount(local))      # 3
    print("global seen from function", sys.getrefcount(g))  # 2
    mine = g
    print("global bound to local", sys.getrefcount(g))      # 3
    return local
r = counts()
print("returned, one name", sys.getrefcount(r))        # 2: the frame's locals are gone
print("global after return", sys.getrefcount(g))       # 2
def rebinding():
    global g
    old = g
    g = [1]
    print("old in local only", sys.getrefcount(old))   # 2
rebinding()
print("new global", sys.getrefcount(g))
