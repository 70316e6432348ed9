def f(*a, **k):
    return a, k

class C:
    def __init__(self, **k):
        self.k = k

    def m(self, *a, **k):
        return a, k

def attempt(label, call):
    try:
        print(label, call())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("function, ** only", lambda: f(**{1: 2}))
attempt("function, * and **", lambda: f(*[1], **{1: 2}))
attempt("function, generator and **", lambda: f(*(x for x in [1]), **{1: 2}))
attempt("function, keyword and **", lambda: f(a=1, **{1: 2}))
attempt("builtin print", lambda: print(**{1: 2}))
attempt("class", lambda: C(**{1: 2}).k)
attempt("dict", lambda: dict(**{1: 2}))
attempt("duplicate", lambda: f(a=1, **{"a": 2}))
attempt("not a mapping", lambda: f(**[1]))
attempt("method, not a mapping", lambda: C().m(**[1]))
attempt("class, not a mapping", lambda: C(**[1]))
attempt("list.append, not a mapping", lambda: [].append(**[1]))
attempt("len, not an iterable", lambda: len(*1))
attempt("function, not an iterable", lambda: f(*1))
attempt("method, duplicate", lambda: C().m(x=1, **{"x": 2}))
