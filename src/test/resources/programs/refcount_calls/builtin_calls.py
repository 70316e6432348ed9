# C builtins only borrow their arguments: nothing is left behind after len, isinstance,
# print, str or repr; an append or a dict store is what keeps a new reference.
import sys
x = [1, 2]
len(x)
isinstance(x, list)
repr(x)
str(x)
print(x)
print(sys.getrefcount(x))        # 2
print(len(x), sys.getrefcount(x))   # 2 2: len's result is an int; x is only a temporary
holder = {}
holder.setdefault("x", x)
print(sys.getrefcount(x))        # 3
id(x)
hash(str(x))
print(sys.getrefcount(x))        # 3
