"""Print the SyntaxError CPython 3.11 raises when compiling each file (after a successful parse).

Usage: python3 compile_errors.py FILE...  (one line per file)
  msg|lineno|offset|end_lineno|end_offset   for a compile-time error
  PARSE|msg                                 when ast.parse already rejects the source
  OK                                        when it compiles
"""
import ast
import sys
import warnings

warnings.simplefilter("ignore")
for path in sys.argv[1:]:
    source = open(path, encoding="utf-8").read()
    try:
        ast.parse(source)
    except SyntaxError as e:
        print("PARSE|%s" % e.msg)
        continue
    try:
        compile(source, "<cell>", "exec")
        print("OK")
    except SyntaxError as e:
        print("%s|%s|%s|%s|%s" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
