# printf-style formatting with %: conversions, width, precision, flags, tuples and dicts.
x = 3.14159
print("%d %i %s %r" % (42, -7, "s", "s"))
print("%5.1f|%-8.3f|%08.2f|%+.2f|% .1f" % (x, x, x, x, x))
print("%e|%.2E|%g|%G|%g" % (x, 12345.678, 0.00001234, 1e20, 100000.0))
print("%x %X %o %#x %#o %5d|%-5d|%05d" % (255, 255, 8, 255, 8, 42, 42, 42))
print("%s %s %s" % (None, [1, 2], (3,)))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%c%c" % (72, "i"), "100%%", "%s" % "alone", "%s" % ((1, 2),))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("%d" % 3.99, "%s" % 3.99, "%r" % 0.1, "%.0f" % 2.5, "%.0f" % 3.5)
print("%5.1f" % 2.25, "%5.1f" % 2.35, "%.2f" % 2.675, "%.2f" % 1e10)
print("%*d|%-*d|" % (5, 1, 4, 2))
