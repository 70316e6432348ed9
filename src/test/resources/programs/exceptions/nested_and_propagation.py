# Exceptions propagate through frames until a handler; finally blocks run on the way.
def level3(x):
    print("level3 start")
    try:
        return 100 // x
    finally:
        print("level3 finally")
def level2(x):
    print("level2 start")
    r = level3(x)
    print("level2 end")
    return r
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return -1
print(level1(5))
print(level1(0))
def retry(times):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < times:
                raise RuntimeError("attempt " + str(attempts))
            return attempts
        except RuntimeError as e:
            print("retrying after", e)
print(retry(3))
