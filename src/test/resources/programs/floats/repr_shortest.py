# repr and str of floats: the shortest string that round-trips, switching to exponent form
# at 1e16 and below 1e-4, as CPython's float_repr does.
values = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 2e23, 1.5e-07,
          0.0001, 0.00001, 1e22, 1e-5, 5e-324, 1.7976931348623157e308, 100.0, 1.0, -2.5,
          9007199254740993.0, 0.3, 1.1 * 3, 4.35, 2.675, 1e100, 123.456e5]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.7, 3 * 0.1, 1 - 0.9, 100 * 1.1)
print([0.5, 1e-7, 1e21, -0.0])
print(float("1e500"), -float("1e500"), float("-0"), float(" 2.5 "), float("1_0.5"))
