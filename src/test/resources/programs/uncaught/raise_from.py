# raise ... from ...: the traceback shows both exceptions; the last line is the new one.
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad setting " + repr(text)) from e
print(load("5"))
print(load("five"))
