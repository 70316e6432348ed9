# Equality of ints built at run time; == compares values whatever their size.
a = 100
b = 50 + 50
print(a == b)
c = int("1000000")
d = 999999 + int("1")
print(c == d, c - d, c + d)
big = [i * 10 ** 20 for i in range(3)]
print(big, sum(big), big[2] // big[1])
print(hash(7), hash(-1), hash(2 ** 61), hash(2 ** 61 - 1), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1.5))
