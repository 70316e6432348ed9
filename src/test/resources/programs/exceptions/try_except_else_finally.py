# Order of try/except/else/finally; finally runs on return and on break.
def attempt(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        return "failed"
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("cleanup", i)
def override():
    try:
        return "from try"
    finally:
        print("finally runs before the return")
print(override())
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("caught", repr(e))
