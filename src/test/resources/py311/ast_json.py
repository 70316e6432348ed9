"""Dump CPython's AST of a source file as JSON for gilsim's compiler tests.

Usage: python3 ast_json.py FILE...  (one JSON document per line, in order)

Positions become gilsim's convention (gilsim.lang.ast.Span): 1-based lines, 1-based columns
counted in code points (CPython counts UTF-8 bytes), end exclusive. Constants are tagged so
that Java can tell int from float from bool.
"""
import ast
import json
import re
import sys

lines = []


def col(lineno, offset):
    if lineno is None or offset is None:
        return 0
    text = lines[lineno - 1].encode("utf-8")[:offset]
    return len(text.decode("utf-8", errors="replace")) + 1


def const(v):
    if v is None:
        return {"None": True}
    if v is Ellipsis:
        return {"Ellipsis": True}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v.hex()}
    if isinstance(v, str):
        return {"str": v}
    raise SystemExit("unsupported constant %r" % (v,))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    out = {"_type": type(n).__name__}
    if hasattr(n, "lineno"):
        out["_span"] = [n.lineno, col(n.lineno, n.col_offset),
                        n.end_lineno, col(n.end_lineno, n.end_col_offset)]
    for field in n._fields:
        value = getattr(n, field)
        if isinstance(n, ast.Constant) and field == "value":
            out[field] = const(value)
        elif isinstance(value, ast.AST) and type(value).__name__ in ("Load", "Store", "Del"):
            out[field] = type(value).__name__
        elif isinstance(value, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
            out[field] = type(value).__name__
        elif field == "ops":
            out[field] = [type(op).__name__ for op in value]
        else:
            out[field] = node(value)
    return out


for path in sys.argv[1:]:
    source = open(path, encoding="utf-8").read()
    lines = re.split(r"\r\n|\r|\n", source)  # not splitlines(): \f is no line break
    print(json.dumps(node(ast.parse(source, path))))
