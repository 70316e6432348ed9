# Comparisons between ints, floats and bools; chained comparisons; min/max.
x = None
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0, x is not None)
x = 5
print(0 <= x < 10, 0 <= x <= 4, x == 5 == 5.0, 2 < x != 5)
print(10 ** 20 > 1e19, 2 ** 53 + 1 == float(2 ** 53 + 1), True < 2)
print(max(3, 7, 5), min(3, 7, 5), max([4, -1]), min(-0.5, 0))
print(sorted([3, 1.5, True, -2, 0]))
print(1 == True, 0 == False, 2 == True)
def check(v):
    print("check", v)
    return v
print(check(1) < check(2) < check(0) < check(5))
