# nonlocal rebinds the cell's content: the old object is dropped at once, the new one held.
import sys
def make():
    current = []
    def swap(new):
        nonlocal current
        old = current
        current = new
        return old
    def peek():
        return current
    return swap, peek
swap, peek = make()
a = []
b = []
first = swap(a)
print(sys.getrefcount(first), sys.getrefcount(a))    # 2 3: a is in the cell now
swap(b)
print(sys.getrefcount(a), sys.getrefcount(b))        # 2 3
print(peek() is b, sys.getrefcount(peek()))          # True 3
del swap
print(sys.getrefcount(b))                            # 3: peek still holds the cell
del peek
print(sys.getrefcount(b))                            # 2
