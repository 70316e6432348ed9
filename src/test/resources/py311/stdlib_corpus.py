"""List the files of the running Python's standard library that gilsim's AST can represent
(no annotations, async, match, walrus, bytes or complex literals, star imports): a corpus of
real code for StdlibCorpusTest. Usage: python3 stdlib_corpus.py  (one path per line)
"""
import ast, sys, glob, os
ok_types = set("""Module FunctionDef ClassDef Return Delete Assign AugAssign For While If With Raise Try Assert Import ImportFrom Global Nonlocal Expr Pass Break Continue
BoolOp BinOp UnaryOp Lambda IfExp Dict Set ListComp SetComp DictComp GeneratorExp Yield Compare Call FormattedValue JoinedStr Constant Attribute Subscript Starred Name List Tuple Slice
Load Store Del And Or Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd FloorDiv Invert Not UAdd USub Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn
arguments arg keyword alias comprehension ExceptHandler withitem""".split())
good = []
for path in sorted(glob.glob(os.path.join(os.path.dirname(os.__file__), '**', '*.py'), recursive=True)):
    if '/test/' in path or 'site-packages' in path or '/lib2to3/tests' in path or '/idlelib/idle_test' in path: continue
    try:
        src = open(path, encoding='utf-8').read()
        tree = ast.parse(src)
    except Exception:
        continue
    bad = False
    for n in ast.walk(tree):
        t = type(n).__name__
        if t not in ok_types: bad = True; break
        if isinstance(n, ast.arg) and n.annotation is not None: bad = True; break
        if isinstance(n, ast.FunctionDef) and n.returns is not None: bad = True; break
        if isinstance(n, ast.Constant) and isinstance(n.value, (complex, bytes)): bad = True; break
        if isinstance(n, ast.comprehension) and n.is_async: bad = True; break
        if isinstance(n, ast.ImportFrom) and any(a.name == '*' for a in n.names): bad = True; break
    if not bad and len(src) < 200000:
        good.append(path)
print('\n'.join(good))
