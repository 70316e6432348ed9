# IndexError messages for list, tuple, str, pop and assignment out of range.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
lst = [1, 2, 3]
tup = (1, 2)
s = "ab"
empty = []
def assign():
    lst[10] = 0
def delete():
    del lst[-10]
show(lambda: lst[3])
show(lambda: lst[-4])
show(lambda: tup[5])
show(lambda: s[2])
show(lambda: empty.pop())
show(lambda: lst.pop(7))
show(lambda: empty.pop(0))
show(assign)
show(delete)
show(lambda: range(3)[3])
print(lst[1:100], tup[-100:], s[5:])
