# RecursionError at CPython's default limit of 1000 frames; the module frame counts as one.
depth = 0
def down():
    global depth
    depth += 1
    down()
try:
    down()
except RecursionError as e:
    print(type(e).__name__ + ":", e)
print("deepest call:", depth)
depth = 0
def nested_start():
    try:
        down()
    except RecursionError:
        return depth
print("one frame deeper to start:", nested_start())
def count(n):
    return count(n + 1)
try:
    count(0)
except RecursionError as e:
    print(str(e))
print("recovered")
