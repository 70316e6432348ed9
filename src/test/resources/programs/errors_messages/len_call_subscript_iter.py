# TypeError messages for len, calling, subscripting, iterating and hashing the wrong types.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
num = 5
fl = 2.5
nothing = None
lst = [1, 2]
text = "abc"
show(lambda: len(num))
show(lambda: len(fl))
show(lambda: len(nothing))
show(lambda: num())
show(lambda: nothing())
show(lambda: lst())
show(lambda: num[0])
show(lambda: nothing[0])
show(lambda: iter(num))
show(lambda: [x for x in nothing])
show(lambda: {lst: 1})
show(lambda: {lst})
show(lambda: hash({}))
show(lambda: lst["a"])
show(lambda: lst[1.0])
show(lambda: text[nothing])
show(lambda: num.append(1))
