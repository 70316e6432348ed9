# Bitwise operations on positive and negative ints (two's complement semantics).
vals = [0, 1, 5, -5, 255, -256, 2 ** 40]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ -1, a << 3, a >> 2)
print(-1 & 0xFFFF, -1 >> 100, 1 >> 100, -8 >> 1, -7 >> 1)
print(6 & 3, 6 | 3, 6 ^ 3, ~0)
