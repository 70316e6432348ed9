# Frames of comprehensions, lambdas, generators, decorators and class bodies.
def dec_error(func):
    raise TypeError("no decorating")


def dec_fine(func):
    return func


values = [1, 0]
try:
    print([10 // v for v in values])
except ZeroDivisionError:
    try:
        f = lambda v: v.missing
        f(3)
    except AttributeError:
        try:
            gen = (1 / v for v in values)
            print(sum(gen))
        except ZeroDivisionError:
            try:
                class C:
                    size = len(5)
            except TypeError:
                @dec_error
                @dec_fine
                def g(): pass
