# Assignment expressions (the walrus operator) are outside gilsim's Python.
values = [3, 8, 1]
if (n := len(values)) > 2:
    total = n
