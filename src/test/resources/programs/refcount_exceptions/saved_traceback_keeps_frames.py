# FACTS 1.8: a saved exception keeps its traceback, the traceback keeps the frames, and the
# frames keep their locals: objects local to a failed call stay alive until it is dropped.
import sys
probe = []
def fail():
    local = []
    probe.append(local)
    raise RuntimeError("failed")
def middle():
    mid_local = []
    probe.append(mid_local)
    fail()
try:
    middle()
except RuntimeError as e:
    saved = e
print("fail's local", sys.getrefcount(probe[0]))      # 3: probe, fail's frame, temporary
print("middle's local", sys.getrefcount(probe[1]))    # 3
del saved
print("after del", sys.getrefcount(probe[0]), sys.getrefcount(probe[1]))   # 2 2
try:
    middle()
except RuntimeError:
    print("inside a bare handler", sys.getrefcount(probe[2]))   # 3
print("handler left", sys.getrefcount(probe[2]))            # 2
def catch_and_return():
    try:
        middle()
    except RuntimeError as exc:
        return exc
kept = catch_and_return()
print("returned exception", sys.getrefcount(probe[4]))      # 3
kept = None
print("dropped", sys.getrefcount(probe[4]))                 # 2
