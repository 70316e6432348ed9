# round() with and without digits: round-half-even on the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.7))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(15.0, -1))
print(round(1e20, 2), round(123.456, 10), round(0.1 + 0.2, 15))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
for x in (0.05, 0.15, 0.25, 0.35, 0.45, 0.55):
    print(x, round(x, 1))
