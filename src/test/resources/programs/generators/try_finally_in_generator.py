# A generator's finally block runs when it is exhausted or when it is dropped unfinished.
def guarded(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("finally", name)
for v in guarded("full"):
    print(v)
g = guarded("partial")
print(next(g))
del g
print("after del")
for v in guarded("broken"):
    print(v)
    break
print("after break")
def stateful():
    total = 0
    for i in range(3):
        total += i
        yield total
print(list(stateful()))
