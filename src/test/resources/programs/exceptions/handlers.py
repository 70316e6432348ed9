# Several handlers, tuples of types, bare except, re-raise, handler order.
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][1]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("abc")
    return "fine"
for kind in ("key", "index", "type", "value", "none"):
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except TypeError as e:
        print("type:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)
try:
    try:
        risky("index")
    except IndexError:
        print("handling, then re-raising")
        raise
except LookupError as e:
    print("outer caught", type(e).__name__)
try:
    risky("key")
except:
    print("bare except caught it")
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
