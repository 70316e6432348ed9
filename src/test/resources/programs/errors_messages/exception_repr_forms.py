# How caught exceptions print: str(e), repr(e), type name and args, for built-in errors.
errors = []
for code in ("[][0]", "{}['k']", "1/0", "int('z')", "None.x", "len(5)", "undefined"):
    try:
        if code == "[][0]":
            [][0]
        elif code == "{}['k']":
            {}["k"]
        elif code == "1/0":
            1 / int("0")
        elif code == "int('z')":
            int("z")
        elif code == "None.x":
            None.x
        elif code == "len(5)":
            len(5)
        else:
            undefined
    except Exception as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
