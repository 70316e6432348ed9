# ValueError messages from int(), float(), list.index, remove, tuple.index, str.index, unpacking.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
show(lambda: int("x"))
show(lambda: int("1.5"))
show(lambda: int(""))
show(lambda: int("12g", 16))
show(lambda: float("abc"))
show(lambda: [1, 2].index(3))
show(lambda: ["a"].index("b"))
show(lambda: [1].remove(9))
show(lambda: (1, 2).index(9))
show(lambda: "abc".index("z"))
def unpack_many():
    a, b = [1, 2, 3]
def unpack_few():
    a, b, c = [1, 2]
show(unpack_many)
show(unpack_few)
show(lambda: chr(-1))
show(lambda: list(range(1, 5, 0)))
show(lambda: max([]))
