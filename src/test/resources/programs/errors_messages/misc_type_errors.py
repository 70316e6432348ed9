# Further TypeErrors a learner meets: conversions, str methods, sorting mixed types, unpacking.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
num = 3
nothing = None
show(lambda: int(nothing))
show(lambda: int([1]))
show(lambda: float(nothing))
show(lambda: "-".join([1, 2]))
show(lambda: sorted([1, "a"]))
show(lambda: sum(["a", "b"]))
show(lambda: "abc".startswith(1))
show(lambda: ", ".join(num))
def unpack():
    a, b = num
show(unpack)
show(lambda: [] < nothing)
show(lambda: range(1.5))
show(lambda: "x" in num)
show(lambda: abs("x"))
