# FACTS 1.9 inside functions: the bound __exit__ holds the manager until the with ends,
# also when the body returns or raises; threading.Lock is a manager like any other.
import sys
import threading
class CM:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        # 5: global, parameter, bound __exit__ (called as it is, not unpacked), self, temporary
        print("exit", exc_type.__name__ if exc_type else None, sys.getrefcount(self))
        return True
def body_returns(cm):
    with cm:
        print("body", sys.getrefcount(cm))     # 4: cm (global), parameter, bound __exit__, temporary
        return "returned"
manager = CM()
print(body_returns(manager), sys.getrefcount(manager))   # 2 after the call
def body_raises(cm):
    with cm:
        raise ValueError("suppressed by __exit__")
    return sys.getrefcount(cm)                 # 3: global, parameter, temporary
print(body_raises(manager))
lock = threading.Lock()
print("lock", sys.getrefcount(lock))           # 2
with lock:
    print("lock held", sys.getrefcount(lock))  # 3
print("lock released", sys.getrefcount(lock), lock.locked())   # 2 False
def locked_append(l, target):
    with l:
        target.append(sys.getrefcount(l))
seen = []
locked_append(lock, seen)
print(seen)                                    # [4]: lock, parameter, bound __exit__, temporary
