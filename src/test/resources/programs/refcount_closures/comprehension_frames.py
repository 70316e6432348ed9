# FACTS 1.6: in 3.11 a comprehension is a separate function frame: the outermost iterator
# is passed in as .0, the loop variable is a local of that frame, and enclosing locals it
# reads become cells of the enclosing function.
import sys
data = [[], []]
counts = [sys.getrefcount(item) for item in data]
print(counts)                         # [3, 3]: data's slot, item, temporary
print([sys.getrefcount(data) for _ in range(1)])   # [2]: global name, temporary
print([sys.getrefcount(data) for _ in data])       # [3, 3]: + the list iterator
def f():
    local = []
    seen = [sys.getrefcount(local) for _ in range(2)]
    print("enclosing local read in a comprehension", seen)   # [2, 2]: a cell, temporary
    other = []
    print("plain local", sys.getrefcount(other))              # 2
    return local
print(sys.getrefcount(f()))            # 1
x = []
pairs = {len(v): sys.getrefcount(v) for v in [x]}
print(pairs)                           # {0: 4}: x, the [x] display, v, temporary
gen = (sys.getrefcount(v) for v in data)
print(list(gen))                       # a generator expression frame, same as a comprehension
