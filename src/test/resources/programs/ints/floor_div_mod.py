# Floor division and modulo take the sign of the divisor (unlike Java's % and /).
for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2)
print(0 // 5, 0 % -5)
print(-10 ** 20 // 7, -10 ** 20 % 7)
print(10 ** 20 // -7, 10 ** 20 % -7)
print(divmod(-123456789123456789, 1000))
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000000007))
print(abs(-5), abs(5), abs(-10 ** 30))
