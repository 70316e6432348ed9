# Snippets compiled by both CPython 3.11 and gilsim (MatchesCPythonTest): each starts at a
# "# --- name" line. Every snippet must be valid Python 3.11.
# --- assignment
x = 1
y = x
# --- function with closure
def f(a, b=2, *args, c, d=4, **kw):
    x = [i for i in a if i]
    def g():
        return x + a
    try:
        return g()
    except ValueError as e:
        print(e)
    finally:
        pass
for i in range(3):
    print(i)
