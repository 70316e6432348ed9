# Closures keep their own cells: independent counters, shared cells between two closures.
def make_counter(start):
    count = start
    def tick():
        nonlocal count
        count += 1
        return count
    return tick
a = make_counter(0)
b = make_counter(100)
print(a(), a(), b(), a(), b())
def make_pair():
    value = []
    def push(x):
        value.append(x)
    def peek():
        return list(value)
    return push, peek
push, peek = make_pair()
push(1); push(2)
print(peek())
push2, peek2 = make_pair()
push2("other")
print(peek(), peek2())
