# Multi-character operators are one token; keywords versus names that contain them.
a = 7
b = 2
print(a ** b, a // b, a % b, a << b, a >> 1, a & b, a | b, a ^ b, ~a)
print(a == b, a != b, a <= b, a >= b, a < b, a > b)
a += 1; print(a)
a -= 2; print(a)
a *= 3; print(a)
a //= 4; print(a)
a **= 2; print(a)
a %= 5; print(a)
a <<= 3; print(a)
a >>= 1; print(a)
a |= 1; print(a)
a &= 6; print(a)
a ^= 15; print(a)
a /= 2; print(a)
iffy = 1
format_ = 2
not_ = 3
andrew = 4
print(iffy, format_, not_, andrew)
print(not iffy, iffy and andrew, 0 or not_)
print(1 if iffy else 2, 5 in [5], 5 not in [5], iffy is not None)
