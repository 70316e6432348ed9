# raise ... from ..., implicit context, exception args and attributes.
class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError("cannot parse " + repr(text)) from e
try:
    parse("x1")
except ParseError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        [].pop()
    except IndexError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), repr(str(e)), e.args)
