# range with one, two and three arguments, negative steps, len, indexing, reversed.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 9 in r, 10 in r, list(reversed(r)))
print(range(3) == range(0, 3), sum(range(101)), max(range(7)), min(range(4, 9)))
total = 0
for i in range(10, 0, -2):
    total += i
    print(i, end=" ")
print()
print(total)
print(len(range(0, 100, 7)), list(range(10 ** 20, 10 ** 20 + 3)))
