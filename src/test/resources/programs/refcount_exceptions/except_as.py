# FACTS 1.8: during the handler the thread's exception state also holds the exception:
# count 3 inside (e, exception state, temporary); the handler ends with e = None; del e.
import sys
try:
    raise ValueError("boom")
except ValueError as e:
    print("in handler", sys.getrefcount(e))      # 3
    kept = e
    print("kept", sys.getrefcount(e))            # 4
print("after handler", sys.getrefcount(kept))    # 2
try:
    e
except NameError as err:
    print("e is unbound:", err)
e = "rebound before"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("bound before the handler, still deleted after it:", err)
def in_function():
    try:
        raise TypeError("t")
    except TypeError as exc:
        print("in function handler", sys.getrefcount(exc))   # 3
        return exc
r = in_function()
print("returned from a handler", sys.getrefcount(r))   # 2
