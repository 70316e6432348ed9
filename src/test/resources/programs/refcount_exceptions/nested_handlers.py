# Nested handlers: each active handler's exception is held by the exception state stack.
import sys
try:
    raise KeyError("outer")
except KeyError as outer:
    print("outer in its handler", sys.getrefcount(outer))       # 3
    try:
        raise IndexError("inner")
    except IndexError as inner:
        print("outer during inner", sys.getrefcount(outer))     # 4: + inner's __context__
        print("inner", sys.getrefcount(inner))                  # 3
        ctx = inner.__context__
    print("outer after inner", sys.getrefcount(outer))          # 4: outer, exception state, ctx, temporary
print("outer after all", sys.getrefcount(ctx))                  # 2
try:
    try:
        raise ValueError("first")
    finally:
        print("in finally")
except ValueError as v:
    print("caught after finally", sys.getrefcount(v))           # 3
