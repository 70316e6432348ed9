# The walrus operator inside a comprehension is reported at its line too.
data = [1, 2, 3, 4]
squares = [
    y
    for x in data
    if (y := x * x) > 4
]
