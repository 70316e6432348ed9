# Spacing around the operator, two-character operators, nested operations.
x = 1
s = "s"
try:
    y = x+s
except TypeError:
    try:
        y = x +s
    except TypeError:
        try:
            y = x**s
        except TypeError:
            try:
                y = 2 * (x - s)
            except TypeError:
                y = [x] + (x << s) * 3
