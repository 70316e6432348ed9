# Augmented assignment, del, assert, for, unary and comparison operators, f-strings.
d = {}
n = 1
try:
    d["k"] += 1
except KeyError:
    try:
        n += "a"
    except TypeError:
        try:
            if True: del d["gone"]
        except KeyError:
            try:
                for c in n: pass
            except TypeError:
                try:
                    print(-"a")
                except TypeError:
                    try:
                        print(n < "a", "no")
                    except TypeError:
                        print(f"{n + 'a'}")
