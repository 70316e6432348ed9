"""Generates SymtableCases.java: CPython 3.11's scopes for a table of sources.

Run from the project root with CPython 3.11:  python3 src/test/java/gilsim/lang/symtable_cases.py
For each source, in depth-first order of scopes: the symtable name and type, each symbol's scope
(symtable.c's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL), and from the compiled code
objects co_varnames, co_cellvars, co_freevars and whether it is a generator.
"""
import inspect
import json
import pathlib
import symtable
import sys

assert sys.version_info[:2] == (3, 11), "the expectations are CPython 3.11's"

SOURCES = [
    "x = 1\nprint(x, y)",
    "def f(a, b=1, *args, c, d=2, **kw):\n    x = a\n    return x + b",
    "def f(a, /, b):\n    return a, b",
    "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner",
    "def outer():\n    x = 1\n    def mid():\n        def inner():\n            return x\n        return inner\n    return mid",
    "def f():\n    global g\n    g = 1\n    return h",
    "g = 0\ndef f():\n    global g\n    g += 1",
    "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g",
    "def f():\n    return [x * y for x in range(3) for y in range(x)]",
    "def f(n):\n    return [i + n for i in range(n) if i % n]",
    "def f(d):\n    return {k: v for k, v in d.items()}, {v for v in d}",
    "def f(it):\n    return (x for x in it)",
    "s = sum(x for x in range(10))",
    "def f():\n    a = 1\n    return [lambda: a + i for i in range(3)]",
    "class C:\n    x = 1\n    def m(self):\n        return x",
    "class C:\n    def m(self):\n        return super().m()",
    "class C:\n    def m(self):\n        return __class__",
    "def outer():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C",
    "def outer():\n    y = 1\n    class C:\n        z = y\n    return C",
    "class C:\n    a = 1\n    b = [a for _ in range(3)]",
    "class C:\n    items = [1, 2]\n    doubled = [i * 2 for i in items]",
    "def gen():\n    x = yield 1\n    yield x",
    "def f():\n    lambda: (yield)",
    "f = lambda x, y=2: x + y",
    "def f(x):\n    def g(y=x):\n        return y\n    return g",
    "def f():\n    import os.path\n    import sys as s\n    from m import a, b as c",
    "def f():\n    try:\n        pass\n    except E as e:\n        z = 1\n    else:\n        w = 2\n    finally:\n        v = 3",
    "def f():\n    with open() as (a, b), g() as c:\n        pass",
    "def f():\n    for i, (j, *k) in z:\n        del i\n    while t:\n        u = 1",
    "def f(a):\n    a: int = 1\n    b: str\n    c.d: int = 2",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        def h():\n            return x\n        return h\n    return g",
    "def f():\n    def g():\n        return y\n    y = 1\n    return g",
    "def f():\n    x = 1\n    del x\n    def g():\n        return x",
    "def f():\n    t += 1\n    a[i] = v\n    b.c = w",
    "def f(n):\n    return [[j for j in range(i)] for i in range(n)]",
    "def f():\n    return {i: [j for j in range(i) if j != k] for i, k in z}",
    "class A:\n    class B:\n        def m(self):\n            return super().m()",
    "def f():\n    class A(Base, metaclass_arg):\n        def __init__(self):\n            super().__init__()\n            self.x = 1\n    return A",
    "@dec\ndef f(x: int = y) -> z:\n    pass",
    "def f():\n    global a\n    def g():\n        return a\n    return g",
    "def f():\n    x = 1\n    def g():\n        global x\n        return x\n    return g",
    "def f(x):\n    return lambda: lambda: x",
    "try:\n    pass\nexcept E as e:\n    pass\nfor i in range(3):\n    pass",
    "def f():\n    return f'{a}{b!r:{c}}'",
    "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc",
]

NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def scopes(table, out):
    symbols = {s.get_name(): NAMES[s._Symbol__scope] for s in table.get_symbols()}
    out.append({"name": table.get_name(), "type": table.get_type(),
                "symbols": dict(sorted(symbols.items()))})
    for child in table.get_children():
        scopes(child, out)
    return out


def codes(code, out):
    out.append({"name": code.co_name, "varnames": list(code.co_varnames),
                "cellvars": list(code.co_cellvars), "freevars": list(code.co_freevars),
                "generator": bool(code.co_flags & inspect.CO_GENERATOR)})
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            codes(const, out)
    return out


def main():
    cases = []
    for src in SOURCES:
        table = symtable.symtable(src, "<cell>", "exec")
        cases.append({"src": src, "scopes": scopes(table, []),
                      "codes": codes(compile(src, "<cell>", "exec"), [])})
    out = pathlib.Path(__file__).with_name("SymtableCases.java")
    literals = ",\n        ".join(
        '"' + json.dumps(c, ensure_ascii=True).replace("\\", "\\\\").replace('"', '\\"') + '"'
        for c in cases)
    out.write_text(
        "package gilsim.lang;\n\n"
        "/** Generated by symtable_cases.py from CPython " + sys.version.split()[0]
        + "; do not edit by hand. */\n"
        "final class SymtableCases {\n\n"
        "    private SymtableCases() {\n    }\n\n"
        "    /** {src, scopes: [{name, type, symbols}], codes: [{name, varnames, cellvars,"
        " freevars, generator}]}, depth first. */\n"
        "    static final String[] CASES = {\n        " + literals + "\n    };\n}\n")
    print(f"{len(cases)} cases -> {out}")


if __name__ == "__main__":
    main()
