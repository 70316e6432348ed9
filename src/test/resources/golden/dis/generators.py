def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1
    return "done"


squares = {k: k * k for k in range(5) if k % 2}
evens = [x for row in [[1, 2], [3, 4]] for x in row if not x % 2]
gen = (c.upper() for c in "abc")
first, *rest = countdown(3)
print(f"{first:>4} {rest!r} {len(squares)=}", "%s-%r" % (first, rest))
