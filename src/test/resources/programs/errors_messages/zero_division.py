# ZeroDivisionError: CPython 3.11's messages differ by operator and by operand type.
def show(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", str(e))
zero = 0
fzero = 0.0
show(lambda: 1 / zero)
show(lambda: 1 // zero)
show(lambda: 1 % zero)
show(lambda: divmod(1, zero))
show(lambda: 1.5 / zero)
show(lambda: 1 / fzero)
show(lambda: 1.5 // fzero)
show(lambda: 1.5 % fzero)
show(lambda: divmod(1.5, fzero))
show(lambda: zero ** -1)
show(lambda: fzero ** -2)
show(lambda: (10 ** 30) // zero)
show(lambda: (10 ** 30) / zero)
