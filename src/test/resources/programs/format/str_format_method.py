# str.format: positional, numbered, keyword fields, attribute/index access and specs.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Eve", age=7))
print("{0[0]} {0[1]} {1[k]}".format(["x", "y"], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:.2f} {:,} {:_} {:e} {:g} {:%}".format(3.14159, 10 ** 9, 10 ** 6, 0.5, 0.00002, 0.25))
print("{:g}".format(1e16), "{:g}".format(123456789), "{:g}".format(0.0001), "{:.3g}".format(2.0))
print("{:g}".format(1.0), "{:g}".format(1.5e-7), "{:G}".format(1e-10), "{:.10g}".format(1 / 3))
print("{:08.3f} {:+d} {: d} {:x} {:#b} {:o}".format(-3.14159, 5, 5, 3054, 10, 64))
print("{{}} {{{}}}".format("in braces"))
print("{!r} {!s}".format("q", "q"), "{0!r:>6}".format("w"))
class P:
    x = 11
print("{0.x} {p.x}".format(P, p=P))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{:,.2f}".format(1234567.0), "{:>12,}".format(-1234567))
print("{:c}".format(65), "{:d}".format(True), "{:5}|{:<5}|".format(1.5, True))
