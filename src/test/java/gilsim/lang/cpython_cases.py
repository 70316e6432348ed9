"""Generates CPythonCases.java: what CPython 3.11 says about a table of sources.

Run from the project root with CPython 3.11:  python3 src/test/java/gilsim/lang/cpython_cases.py
Review the diff of CPythonCases.java like code. The tests compare gilsim's parser with it:
PARSE cases by ast.dump(tree, include_attributes=True) (ASCII sources only, since CPython counts
columns in UTF-8 bytes), ERROR cases by the SyntaxError's class, msg, lineno, offset and end.
"""
import ast
import json
import pathlib
import sys

assert sys.version_info[:2] == (3, 11), "the expectations are CPython 3.11's"

PARSE = [
    # literals
    "1", "1_000_000", "0x_ff", "0o17", "0b1010", "123456789012345678901234567890",
    "9223372036854775807", "9223372036854775808", "1.5", "1e5", ".5", "1_000.0", "1e-7", "5.",
    "'a'", '"b"', "'''tri\nple'''", 'r"\\d+"', "'a' 'b'  'c'", "'\\n\\t\\\\\\x41\\u00e9\\101'",
    "'\\N{LATIN SMALL LETTER A}'", "'it\\'s'", "'unknown \\d escape'",
    "True, False, None, ...",
    "[]", "[1, 2, 3,]", "()", "(1,)", "(1, 2)", "{}", "{1: 2, **d, 3: 4}", "{1, 2, *s}",
    # f-strings
    "f'plain'", "f'{x}'", "f'a{x!r}b{y!s:>10}c{z!a}'", "f'{x:{w}.{p}f}'", "f'{{}}{x}{{'",
    "f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>5}'", "f'{a + b}'", "f'{d[\"k\"]}'",
    "f'{x:}'", "'a' f'{b}' 'c'", "f'{x!r:{w}}'", "f'{a!=b}'", "f'{ {1: 2}[1] }'",
    "rf'\\d{x}'", "f'{x}' f'{y}'", "f'\\n{x}\\t'",
    # operators and precedence
    "a + b * c - d / e // f % g @ h", "a ** b ** c", "-a ** b", "-2 ** -1", "~a + +b - -c",
    "a << b >> c & d ^ e | f", "a or b and not c", "a and b and c or d or e",
    "not a == b", "a < b <= c > d >= e != f == g", "a in b not in c is d is not e",
    "a if b else c if d else e", "lambda: 0", "lambda x, y=1, *a, k, **kw: x",
    "lambda *, k: k", "lambda x, /, y: x", "(a + b) * c", "((a))",
    # primaries
    "a.b.c", "a[1]", "a[1:2]", "a[::2]", "a[1:2, ::3]", "a[:]", "a[i][j]", "a[1,]", "a[*b]",
    "f()", "f(a)(b)", "f(a, b=1)", "f(*a, **k)", "f(a, *b, c=1, *d, **e)", "f(x for x in y)",
    "f(a=1, *b)", "o.m(1).n[2]",
    # displays and comprehensions
    "[x for x in y]", "[x for x in y if a if b for z in x]", "{x for x in y}",
    "{k: v for k, v in d.items()}", "(x for x in y)", "[(a, b) for a, b in c]",
    "[x for x, in y]", "[*a, *b]", "(*a, b)", "{**a, **b}",
    # statements
    "x = 1", "x = y = z = 0", "x, y = y, x", "a, *b = c", "[a, b] = c", "(a, b), c = d",
    "x.y = 1", "x[0] = 1", "x[1:2] = y", "x += 1", "x.y -= 1", "x[0] *= 2", "x //= 2",
    "x **= 2", "x @= y", "x |= y", "(a) += 1", "x: int", "x: int = 1", "(x): int = 1", "x.y: int = 1",
    "del a", "del a, b[0], c.x", "del (a, b)", "del [a, b]", "del a,",
    "pass", "return", "raise", "raise E", "raise E from e", "global a, b", "nonlocal a",
    "assert x", "assert x, 'msg'", "import a", "import a.b.c", "import a as b, c.d as e",
    "from a import b", "from a.b import c as d, e", "from . import x", "from .. m import (a, b,)",
    "from ... import x", "x = yield", "y = yield a, b", "await_ = 1",
    "a; b; c", "a;", "if a: b", "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
    "while a:\n    b\nelse:\n    c", "for x in y:\n    break\nelse:\n    continue",
    "for x, y in z: pass", "for x in a, b: pass", "for (a, b), *c in d: pass",
    "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f",
    "try:\n    a\nfinally:\n    b",
    "with a: pass", "with a as b, c as d: pass", "with (a as b, c): pass", "with (a, b): pass",
    "with (a) as b: pass", "with a as (b, c): pass",
    "def f(): pass", "def f(a, b=1, *args, c, d=2, **kw):\n    return a",
    "def f(a, /, b): pass", "def f(*, a): pass", "def f(a: int, *b: str, **c: bool) -> None: pass",
    "@d\ndef f(): pass", "@d.e\n@g(1)\ndef f():\n    pass", "@x[0]\nclass C: pass",
    "class C: pass", "class C(B): pass", "class C(A, B):\n    x = 1\n    def m(self):\n        return super().m()",
    "def g():\n    yield\n    yield x\n    z = yield y",
    "def f():\n    global x\n    x = 1", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
    "match = 1", "match(x)", "match.x", "case = 2", "_ = 3", "print(1, sep='', end='\\n')",
    "if x:\n    pass\n# comment\n\n    # indented comment\nelse:\n    pass",
    "x = (1 +\n     2)", "x = 1 + \\\n    2", "x = [\n  1,\n  2,\n]", "def f(\n    a,\n    b,\n): pass",
    "if a:\n\tb\nelse:\n\tc", "if a:\n    if b:\n        c\n    d\ne",
    "x = 1\n\n\n", "\n\nx = 1", "# only a comment", "", "x = 1  # trailing comment",
    "s = '''\nmulti\nline\n'''", "s = f'''{\nx\n}'''",
    "s = f'''\n  {x}\n  {y + 1}'''", "x = f'{f\"{y}\"}'", "f'{x}' 'a' f'{y:{z}}'",
    "x = (f'{a}'\n     f'{b}')", "f'{x!r}'[0]", "print(f'{a=}', f'{b.c = !s:^5}')",
]

ERRORS = [
    # tokenizer
    "x = = 1\ns = 'abc", "foo(\nx = = 3", "x = = (1,", "x = (1,", "x = (1,\n  2", "f(",
    "def f():\n    x = 1\n  y = 2\n", "if x:\n    a\n  b", "  x", "    x", "\tx", "x = 1\n  y = 2",
    "if x:\n  a\n    b", "a $ b", "a ? b", "x = `a`", "x = a ! b",
    "x = 1_", "x = 09", "x = 0_7", "x = 0o8", "x = 0b2", "x = 1abc", "x = 0x", "x = 0xg", "x = 0x_",
    "x = 1__0", "x = 1e", "x = 1e+", "x = 1.__class__", "x = 1.2.3",
    "x='abc\ny=2", "x = 'abc\\\ndef", 'x="""abc\n\ny', 'x="""abc\n', "s = f'abc", "x = ('abc\n",
    "(]", "(\n]", ")", "if x:\n  pass\n)", "x = [1, 2\n",
    "x = \\ y", "x = 1 \\", "x = €", "x = ab€c", "x = \u00a0", "x = a\u200bb",
    "if x:\n        a\n\tb", "if x:\n\ta\n        b", "if x:\n\tif y:\n        a",
    # indentation and blocks
    "def f():", "def f():\nx = 1", "class C:\n", "class C:\n\n\n", "class C:\n  # c\n",
    "if x:\n\nfoo()", "if x:\n    pass\nelse:\nfoo()", "for x in y:\n# c\n  \nz",
    "while x:\n", "try:\n", "with a:\n", "if x:\n  a\nelif y:\n", "try:\n  x\nexcept:\n",
    "try:\n  x\nfinally:\n", "if x:\n  if y:\nz", "if x:\n  if y:\n  z",
    "try:\n  x\n", "try:\n  x\ny = 1",
    # missing colon
    "if x\n  pass", "def f()\n  pass", "def f(x) pass", "class C\n  pass", "class C(x) pass",
    "for x in y\n  pass", "while x\n  pass", "if x:\n  pass\nelse\n  pass", "try\n  pass",
    "try:\n  pass\nexcept E\n  pass", "try:\n  pass\nfinally\n  pass", "with a as b\n  pass",
    "if x:\n  pass\nelif y\n  pass", "def f(x) -> int\n  pass", "try x:\n  pass",
    "if x:\n  pass\nelse x:\n  pass", "def f() x:\n  pass", "if x y:\n  pass", "with a b:\n  pass",
    "for x in y z:\n  pass", "while x y:\n  pass", "try:\n  pass\nexcept E F:\n  pass",
    # generic and custom parser messages
    "a b c", "f(a b)", "print(1 2)", "x = [1, 2 3]", "{1: 2 3: 4}", "a[1 2]", "[a not b]",
    "x = 5 5", "print 'x'", "print x, y", "(print 'x')", "exec 'code'",
    "else:\n  pass", "x === y", "a = 1,,", "import a.b as c.d", "lambda: yield", "f(**)",
    "print(*)", "lambda x x", "x.None", "def None(): pass", "[x for x in]",
    "x = 1 if y", "x = 1 if y else", "if x = 1:\n  pass", "while x = 1:\n  pass",
    "[a = 1]", "f() = 1", "x + 1 = 2", "'a' = 1", "None = 1", "True = 1", "... = 1",
    "(a, 1) = x", "[a, f()] = x", "a = 1 = x", "a, f() = 1", "f() = 1 = 2", "(yield) = 1",
    "x = yield = 1", "yield = 1", "f(), b = 1", "f(), b = 1 = 2", "a, f() = 1 = 2",
    "a, f(), = 1", "f(), [a] = 1", "a, b + 1 = 2", "a, *b() = 1", "a.b, 1 = 2", "[a, b] = 1 2",
    "a < b = 1", "a if b else c = 1", "lambda: 1 = 1", "[x for x in y] = 1",
    "{a: 1} = 1", "{a} = 1", "f'{x}' = 1", "not a = 1", "-a = 1", "a and b = 1",
    "del 1", "del f()", "del a + b", "del *a", "del (a, 1)",
    "for 1 in x: pass", "for f() in x: pass", "for a, 1 in x: pass", "for x y:\n  pass",
    "[x for 1 in y]", "with a as 1: pass", "with a as f(): pass",
    "x + 1 += 2", "f() += 1", "[a, b] += 1", "a, b += 1",
    "a, b: int", "(a, b): int", "[a]: int", "f(): int", "a + 1: int",
    "f(x for x in y, 1)", "f(1, x for x in y)", "f(**k, *a)", "f(a=1, b)", "f(**k, b)",
    "f(1=2)", "f(a.b=1)", "f(True=1)", "f(a=x for x in y)", "f(x=1, x=2)",
    "def f(a=1, b): pass", "def f(*): pass", "def f(*,): pass", "def f(a, *, **k): pass",
    "def f(**k, a): pass", "def f(**k, *a): pass", "def f(*a, *b): pass", "def f(/): pass",
    "def f(/, a): pass", "def f(a, /, b, /): pass", "def f(*a, /): pass", "def f(*a=1): pass",
    "def f(**k=1): pass", "def f(a=): pass", "def f(x, x): pass", "lambda x, x: 0",
    "{1: 2, 3}", "{1:}", "{1: *a}", "{**a for a in b}", "[*a for a in b]", "[a, b for a, b in c]",
    "(*a)", "except:\n  pass", "try:\n  pass\nexcept A, B:\n  pass",
    "try:\n  pass\nexcept E as e.x:\n  pass", "from a import b,", "from a import (b", "import",
    # compile-time checks
    "return 1", "return", "break", "continue", "yield 1", "x = (yield)", "s = f'{yield}'",
    "class C:\n  return 1", "class C:\n  yield", "while x:\n  pass\nelse:\n  break",
    "for x in y:\n  def f():\n    break", "*a = 1", "a, *b, *c = x", "*a", "x = *a",
    "return *a", "print(*a, **b, x=1, x=2)",
    "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "__debug__ = 1", "del __debug__",
    "def f():\n  x = 1\n  global x", "def f():\n  print(x)\n  global x", "def f(x):\n  global x",
    "def f():\n  x = 1\n  nonlocal x", "nonlocal x", "def f():\n  nonlocal x",
    "def f():\n  global x\n  nonlocal x", "def f(x):\n  def g():\n    nonlocal x\n    nonlocal y",
    "class C:\n  nonlocal x", "[(yield) for x in y]", "{(yield) for x in y}",
    "def f():\n  return [(yield x) for x in y]", "((yield) for x in y)",
    "def f(x):\n  x: int = 1\n  global x", "def f():\n  global x\n  x: int = 1",
    "x = 1\nreturn x", "def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x",
    # f-strings
    "s = f'{}'", "s = f'{ }'", "s = f'{x!z}'", "s = f'{x'", "s = f'}'", "s = f'{x!}'",
    "s = f'{x:{y:{z}}}'", "s = f'{#}'", "s = f'{x}}'", "s = f'{{}'", "s = f'{x:}}'",
    "s = f'{a b}'", "x = 1\ns = f'{a b}'", "s = f'''\n{a b}'''", "s = f'{lambda x: 1}'",
    "s = f'{!r}'", "s = f'{=}'", "s = f'{:>3}'", "s = f'{x!r'", "s = f'{x!rr}'", "s = f'{x:{y}'",
    "s = f'{(x}'", "s = f'{x)}'", "s = f'{x]}'", "s = f'{\"a}'", "s = f'{a + }'",
    "s=1\ns = (f'{x}'\n  f'{a b}')", "s = f'{x!r:{a b}}'",
    "s = f'{1abc}'", "s = f'{a$b}'", "s = f'{0x}'", "x = 1\ns = f'''\n{1_}'''", "x = (f'{1abc}'",
    # string and bytes literals
    "s = '\\x4'", "s = 'ab\\u12'", "s = '\\N{FOO}'", "s = '\\x4g'", "s = '\\xg'", "s = '\\U1234567'",
    "s = '\\U00110000'", "s = '\\N{LATIN SMALL LETTER A'", "s = '\\N'", "s = 'é\\x4'",
    "s = b'é'", "s = 'a' b'b'", "s = b'a' 'b'", "s = f'{x}' b'b'",
    # found by mutating programs (CPython's PEG backtracking and second pass)
    "x = [i * 2 for i i in range(a) if i % 2]", "y = {k: v for k, v  kw.items()}",
    "x = [ [1, 2]\ny = 3", "print(*b b, sep='')", "a, *b c = range(5)",
    "def work( (n):\n    pass", "def f(a, b=1, a*rgs): pass", "x in xs:\n    pass",
    "print(*b, sep=', ', end'')", "deff(a, b=1, *args, c, **kw):\n    pass",
    "t = (1,) if d . else ()", "x = v if v % % 2 == 0 else -v", "x = v if v % 2 == == 0 else -v",
    "def f() -> -> int:\n    pass", "y = {k: v for not k, v in z}",
    "if 0 < value = limit and name:\n    pass", "return sorted( (d, key=lambda k: k, reverse=True)",
    "(print*b, sep=', ')", "print print(*, sep='')", "f(a, b c, d)", "x = 1 +", "x = y = 1 +",
    "x = 1 + * 2", "f(x for x in y z)", "a = b c = d", "x.y z = 1", "for x in range(3) print(x)",
    # columns count characters, not bytes or UTF-16 units
    "é = 1 2", "x = 'é' 1", "x = ('\U0001F600',\n  1 2)", "x = '\U0001F600' + (1 2)",
    "s = f'\U0001F600{a b}'", "s = '\U0001F600' + f'{x}}'", "x = '\U0001F600\\N{FOO}'",
    "if x:\n    y = 'é'\n  z = 1",
]


def dump(src):
    return ast.dump(ast.parse(src), include_attributes=True)


def error(src):
    try:
        compile(src, "<cell>", "exec")
    except SyntaxError as e:
        end = (e.end_lineno, e.end_offset) if e.end_offset and e.end_offset > 0 else None
        return {"src": src, "kind": type(e).__name__, "msg": e.msg, "line": e.lineno,
                "offset": e.offset, "end": list(end) if end else None}
    raise AssertionError("no SyntaxError for " + repr(src))


def java_strings(values):
    """One Java string literal per case (a single constant may not exceed 64 KB)."""
    def literal(value):
        text = json.dumps(value, ensure_ascii=True)
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "{\n        " + ",\n        ".join(literal(v) for v in values) + "\n    }"


def main():
    import warnings
    warnings.simplefilter("ignore")
    for src in PARSE:
        assert src.isascii(), "parse cases must be ASCII: " + repr(src)
    parse = [{"src": s, "dump": dump(s)} for s in PARSE]
    errors = [error(s) for s in ERRORS]
    out = pathlib.Path(__file__).with_name("CPythonCases.java")
    out.write_text(
        "package gilsim.lang;\n\n"
        "/** Generated by cpython_cases.py from CPython " + sys.version.split()[0]
        + "; do not edit by hand. */\n"
        "final class CPythonCases {\n\n"
        "    private CPythonCases() {\n    }\n\n"
        "    /** {src, dump}: ast.dump(ast.parse(src), include_attributes=True). */\n"
        "    static final String[] PARSE = " + java_strings(parse) + ";\n\n"
        "    /** {src, kind, msg, line, offset, end}: compile(src) raising SyntaxError. */\n"
        "    static final String[] ERRORS = " + java_strings(errors) + ";\n"
        "}\n")
    print(f"{len(parse)} parse cases, {len(errors)} error cases -> {out}")


if __name__ == "__main__":
    main()
