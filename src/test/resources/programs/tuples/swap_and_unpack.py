# Swaps and multiple assignment evaluate the whole right-hand side first.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3]
i = 0
i, x[i] = 1, 9
print(i, x)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
    fib.append(q)
print(fib)
for idx, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(idx, k, v)
pairs = list(zip("xyz", range(3)))
print(pairs)
letters, numbers = zip(*pairs)
print(letters, numbers)
