# A span over several lines is marked to the end of its first line.
def f(*args):
    raise ValueError("from f")


def g():
    return (
        2 + 1 /
        0
    )


try:
    print(1, f(
        2))
except ValueError:
    try:
        g()
    except ZeroDivisionError:
        total = {"a": 1,
                 "b": 2}["c"
                 ]
