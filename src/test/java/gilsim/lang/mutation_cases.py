"""Generates MutationCases.java: CPython 3.11's verdict on mutated versions of small programs.

Run from the project root with CPython 3.11:  python3 src/test/java/gilsim/lang/mutation_cases.py
Each case is a realistic program with one or two random edits (a token deleted, duplicated,
moved, or a character or keyword inserted), as a learner's typo might be, and what CPython says:
the SyntaxError (class, msg, lineno, offset, end), or that the program is valid (trees are
compared by cpython_cases.py's tests). Programs mentioning async/await are skipped: gilsim reports those as
outside its subset, where CPython sometimes has a SyntaxError of its own. Deterministic (seeded).
"""
import ast
import io
import json
import pathlib
import random
import sys
import tokenize
import warnings

assert sys.version_info[:2] == (3, 11), "the expectations are CPython 3.11's"
warnings.simplefilter("ignore")

SEEDS = [
'''@decorator(1, key="v")
@other.attr
def process(items: list, *, limit: int = 10) -> dict:
    result = {}
    for index, (name, value) in enumerate(items[1:limit:2]):
        if 0 < value <= limit and name not in result:
            result[name] = value if value % 2 == 0 else -value
        elif value is not None:
            continue
    else:
        print(f"{len(result):>5d} items, {sum(result.values())!r}")
    while True:
        try:
            limit -= 1
            assert limit > 0
        except AssertionError:
            break
    return {k: v for k, v in sorted(result.items(), key=lambda kv: kv[1])}
''',
'''class Stack:
    """A stack."""
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(%r)" % (self._items,)
s = Stack()
s.push(1); s.push([2, 3]); x, = [s.pop()]
print(s, len(s), x, sep=" | ")
''',
'''def f(a, b=1, *args, c, **kw):
    x = [i * 2 for i in range(a) if i % 2]
    y = {k: v for k, v in kw.items()}
    if x and not y:
        return x[0:2], y
    elif a > b >= c:
        pass
    else:
        raise ValueError("bad") from None
    return lambda q: q + 1
''',
'''class Account(Base):
    rate = 0.5
    def __init__(self, owner, balance=0):
        super().__init__()
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        try:
            self.balance += amount
        except (TypeError, ValueError) as e:
            print(f"error {e!r:>10} {amount}")
        finally:
            log(self)
''',
'''import threading
from time import sleep as nap
total = 0
lock = threading.Lock()
def work(n):
    global total
    for i in range(n):
        with lock:
            total += i
    while total > 10:
        total -= 1
        if total == 3:
            break
        continue
threads = [threading.Thread(target=work, args=(10,)) for _ in range(4)]
for t in threads: t.start()
del threads[0], total
assert total >= 0, "negative"
''',
'''def gen(xs):
    for x in xs:
        yield x ** 2
    counter = 0
    def inc():
        nonlocal counter
        counter += 1
        return counter
    d = {"a": [1, 2, {3, 4}], **extra}
    s = 'it\\'s' + """doc""" + r"\\d"
    t = (1,) if d else ()
    a, *b, c = range(5)
    print(*b, sep=", ", end="")
    return sorted(d, key=lambda k: (len(k), k), reverse=True)
''',
]


def toks(src):
    return [t for t in tokenize.generate_tokens(io.StringIO(src).readline)]
def mutate(src, rng):
    ts = [t for t in toks(src) if t.type not in (tokenize.ENDMARKER,)]
    lines = src.splitlines(keepends=True)
    # operate on text by token spans
    t = rng.choice([t for t in ts if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)])
    op = rng.choice(["del", "dup", "ins", "swap", "char"])
    def off(pos):
        r, c = pos
        return sum(len(l) for l in lines[:r-1]) + c
    s, e = off(t.start), off(t.end)
    if op == "del": return src[:s] + src[e:]
    if op == "dup": return src[:e] + " " + src[s:e] + src[e:]
    if op == "ins":
        ins = rng.choice(["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "*", "**", "if", "else", "lambda", "not", "in", "is", "'", '"', "\\", "\n", "\n    ", "pass", "return", "yield", "1", "x", "f()", ".", "@", "->", "global x", "del", "for", "async", "await", "print"])
        return src[:s] + ins + " " + src[s:]
    if op == "swap":
        return src[:s] + src[e:e+1] + src[s:e] + src[e+1:]
    if op == "char":
        i = rng.randrange(len(src))
        return src[:i] + src[i+1:]


def verdict(src):
    try:
        compile(src, "<cell>", "exec")
    except SyntaxError as e:
        end = [e.end_lineno, e.end_offset] if e.end_offset and e.end_offset > 0 else None
        return {"src": src, "kind": type(e).__name__, "msg": e.msg, "line": e.lineno,
                "offset": e.offset, "end": end}
    except (RecursionError, MemoryError, ValueError):
        return None
    return {"src": src, "valid": True}


def main():
    rng = random.Random(2024)
    cases = []
    while len(cases) < 250:
        src = rng.choice(SEEDS)
        for _ in range(rng.choice([1, 1, 2])):
            try:
                src = mutate(src, rng)
            except Exception:
                pass
        if "async" in src or "await" in src:
            continue
        v = verdict(src)
        if v is not None:
            cases.append(v)
    out = pathlib.Path(__file__).with_name("MutationCases.java")
    literals = ",\n        ".join(
        '"' + json.dumps(c, ensure_ascii=True).replace("\\", "\\\\").replace('"', '\\"') + '"'
        for c in cases)
    out.write_text(
        "package gilsim.lang;\n\n"
        "/** Generated by mutation_cases.py from CPython " + sys.version.split()[0]
        + "; do not edit by hand. */\n"
        "final class MutationCases {\n\n"
        "    private MutationCases() {\n    }\n\n"
        "    /** {src, kind, msg, line, offset, end} for a SyntaxError, else {src, valid}. */\n"
        "    static final String[] CASES = {\n        " + literals + "\n    };\n}\n")
    print(len(cases), "cases,", sum(1 for c in cases if "kind" in c), "errors ->", out)


if __name__ == "__main__":
    main()
