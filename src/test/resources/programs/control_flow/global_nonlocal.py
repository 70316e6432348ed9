# global and nonlocal declarations; reading globals without declaring them.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make()
print(acc(5), acc(10), acc(-3))
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def define_global():
    global created_later
    created_later = "made inside a function"
define_global()
print(created_later)
