def counter(start=0, *, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return inc, peek


inc, peek = counter(10, step=2)
inc()
adders = [lambda x, n=n: x + n for n in range(3)]
total = sum(add(1) for add in adders)
