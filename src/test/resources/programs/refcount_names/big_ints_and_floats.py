# Big ints and floats computed at run time are ordinary objects (small ints -5..256 and
# constants are not: their counts are interpreter internals, never printed here).
import sys
base = 2
n = base ** 100
print(n, sys.getrefcount(n))          # 3: n, print's first argument on the stack, temporary
m = n
print(sys.getrefcount(n))             # 3
nums = [n, n, n]
print(sys.getrefcount(n))             # 6
del nums, m
print(sys.getrefcount(n))             # 2
f = base / 3
print(f, sys.getrefcount(f))          # 3, as above
print(sys.getrefcount(f))             # 2
k = n + 1
print(sys.getrefcount(k), sys.getrefcount(n))   # 2 2
s = sum([n, n])
print(s == 2 * n, sys.getrefcount(s))
big = int("123456789012345678901234567890")
pair = (big, big)
print(sys.getrefcount(big))           # 4
