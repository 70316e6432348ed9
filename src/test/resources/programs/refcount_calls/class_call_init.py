# FACTS 1.3: Cls(arg) goes through C (type.__call__): the caller keeps its references, an args
# tuple is built, then __init__ gets its own. Inside __init__: arg 5 (name, caller's stack,
# args tuple, parameter, temporary) and self 3 (the C call's reference, parameter, temporary).
import sys
class C:
    def __init__(self, arg):
        print("init self", sys.getrefcount(self), "arg", sys.getrefcount(arg))
        self.arg = arg
x = []
c = C(x)
print("after", sys.getrefcount(c), sys.getrefcount(x))       # 2 3
# With a keyword, slot_tp_init builds a dict for the keywords and unpacks it into a new
# argument array: self 4, arg 7 (x, c.arg, caller's stack, dict, array, parameter, temporary).
c2 = C(arg=x)
print("keyword", sys.getrefcount(x))                         # 4: x, c.arg, c2.arg, temporary
C([])                                                        # arg 4: no name
class Two:
    def __init__(self, a, b):
        print("two", sys.getrefcount(a), sys.getrefcount(b))
Two(x, x)    # 10 10: x, c.arg, c2.arg, 2 stack slots, 2 tuple slots, a, b, temporary
class NoInit:
    pass
n = NoInit()
print("no init", sys.getrefcount(n))                         # 2
