# Arguments are evaluated left to right, keywords included, before the call.
def show(label, value):
    print("evaluating", label)
    return value
def f(a, b, c=None, d=None):
    return [a, b, c, d]
print(f(show("1st", 1), show("2nd", 2), d=show("3rd", 3), c=show("4th", 4)))
print(f(*[show("star", 5), 6], **{"c": show("dict", 7)}))
items = [show("list item " + str(i), i) for i in range(2)]
print(items)
d = {show("key", "k"): show("value", "v")}
print(d)
x = show("left", 1) + show("right", 2) * show("mul", 3)
print(x)
