# TypeError messages for operators between incompatible types.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
one, text, lst, none, tup, fl = 1, "a", [1], None, (1,), 1.5
show(lambda: one + text)
show(lambda: text + one)
show(lambda: lst + tup)
show(lambda: tup + lst)
show(lambda: one - text)
show(lambda: text * text)
show(lambda: text * fl)
show(lambda: none + one)
show(lambda: one < text)
show(lambda: lst > none)
show(lambda: -text)
show(lambda: ~fl)
show(lambda: one / none)
show(lambda: text % tup)
show(lambda: {1} + {2})
show(lambda: {"a": 1} + {"b": 2})
show(lambda: one ** text)
show(lambda: lst - lst)
