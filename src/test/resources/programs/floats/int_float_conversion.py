# Converting between int and float; truncation, large values and string parsing.
for s in ("3.0", "-2.75", "1e3", ".5", "5.", "  7  ", "1E-2", "inf", "-nan"):
    print(repr(s), float(s))
for v in (2.9, -2.9, 1e15 + 0.5, 123456789.987654321, 1e19):
    print(v, int(v))
print(float(10 ** 16), float(10 ** 17 + 1), float(123456789123456789))
print(int(float(2 ** 60)) == 2 ** 60, int(float(2 ** 60 + 1)) == 2 ** 60 + 1)
print(str(1.0), str(10.0 ** 15), str(10.0 ** 16), str(1.0 / 8))
print(7 // 2.0, 7 % 2.5, float(True), int("0012"))
