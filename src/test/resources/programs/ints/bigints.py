# Arbitrary-size integers: arithmetic, comparison, conversion, printing.
n = 2 ** 64
print(n, n - 1, n + 1, -n)
print(n * n)
print(2 ** 200)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 7 ** 10, f % 1000003)
print(len(str(2 ** 1000)))
print(int("123456789012345678901234567890") * 3)
print(10 ** 30 == 10 ** 30, 10 ** 30 > 10 ** 29, 10 ** 30 - 10 ** 30)
print(hex(2 ** 70), bin(2 ** 33 + 1), oct(8 ** 12))
print(-(2 ** 63), -(2 ** 63) - 1, 2 ** 63 - 1)
print((2 ** 100) >> 90, 1 << 100, (2 ** 100 + 5) & 0xFF, -(2 ** 70) >> 3)
print(sum(range(10 ** 6)))
print(abs(-(10 ** 25)), max(10 ** 20, 10 ** 19), min(-(10 ** 20), 0))
