# NameError and UnboundLocalError messages, word for word as CPython 3.11 prints them.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
def undefined():
    return missing_name
def unbound():
    print(x)
    x = 1
def unbound_after_del():
    y = 1
    del y
    return y
def free_unbound():
    def inner():
        return z
    r = inner()
    z = 1
    return r
show(undefined)
show(unbound)
show(unbound_after_del)
show(free_unbound)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(UnboundLocalError, NameError))
