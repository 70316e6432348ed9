# Built-in exception classes: hierarchy, repr, str, args, and catching by base class.
errors = [ValueError("v"), TypeError("t", 2), KeyError("k"), IndexError(), ZeroDivisionError("z"),
          AttributeError("a"), NameError("n"), RuntimeError("r"), StopIteration(5),
          AssertionError("x"), NotImplementedError("ni"), RecursionError("deep"), LookupError()]
for e in errors:
    print(type(e).__name__, repr(e), repr(str(e)), e.args)
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(Exception, BaseException))
print(isinstance(KeyError(), LookupError), issubclass(bool, int), issubclass(KeyboardInterrupt, Exception))
try:
    raise StopIteration(7)
except Exception as e:
    print("caught", type(e).__name__, e.value if hasattr(e, "value") else None)
