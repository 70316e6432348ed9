# while loops: counters, collatz, nested while with break, loop variable persistence.
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print(steps, peak)
i = 0
found = None
while i < 5:
    j = 0
    while j < 5:
        if i * j == 6:
            found = (i, j)
            break
        j += 1
    if found:
        break
    i += 1
print(found, i, j)
digits = []
x = 9075
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits[::-1])
