# Output printed before the error is kept; the error is uncaught at module level.
rates = [4, 2, 1, 0]
for r in rates:
    print(100 // r)
