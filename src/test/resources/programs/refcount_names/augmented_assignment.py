# Augmented assignment on a list mutates in place (same object, same count); on a tuple or
# int it builds a new object and rebinds.
import sys
a = [1]
alias = a
a += [2]
print(a is alias, sys.getrefcount(a))      # True 3
t = (a,)
t2 = t
t += (a,)
print(t is t2, sys.getrefcount(t), sys.getrefcount(t2), sys.getrefcount(a))   # False 2 2 6: a, alias, t2's slot, two slots of t, temporary
two = 2
n = two ** 70          # built at run time (a constant expression may be folded into co_consts)
m = n
n += 1
print(sys.getrefcount(m), sys.getrefcount(n))   # 2 2
d = {"k": []}
d["k"] += [1]
print(d, sys.getrefcount(d["k"]))         # 2
