# format(value, spec) and formatting of ints, floats and strings with unusual specs.
print(format(5), format(5, "03"), format(3.0), format("s", ">3"), format(-0.0, ".1f"))
print(format(1234.5, ",.2f"), format(1234.5, "_.0f"), format(0.000123, ".2e"))
print(format(255, "x"), format(255, "#010x"), format(-255, "#x"), format(7, "b"))
print(format(1e300 * 1e10, ""), format(float("nan"), "+"), format(1.0, "+.3f"))
for v in (0, 1, 9.99, 10.0, 99.95, 1e5, 1e6, 123456.7, 0.1, 1e-4, 1.23e-5):
    print(repr(v), format(v, "g"), format(v, ".2g"), format(v, "10.3f"), format(v, ".1e"))
print(format(12345678901234567890, ","), format(-12, "+05d"), format(3, "=+5"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(1/3, ".15f"), format(2/3, ".20f"))
print(format(1e22, "f"), format(1e23, ".0f"))
