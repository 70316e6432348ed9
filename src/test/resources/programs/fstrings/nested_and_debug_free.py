# Nested replacement fields and expressions with calls, subscripts, dicts and method calls.
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
width = max(len(r[0]) for r in rows)
for fruit, price, qty in rows:
    print(f"{fruit:<{width}} | {price:>6.2f} | {qty:>3d} | {price * qty:>7.2f}")
total = sum(p * q for _, p, q in rows)
print(f"{'total':<{width}} | {'':>6} | {'':>3} | {total:>7.2f}")
d = {"k": [10, 20]}
print(f"{d['k'][1]} {d['k']!r} {len(d)}")
print(f"{'%d items' % len(rows)}")
print(f"{', '.join(r[0] for r in rows)}")
print(f"{rows[0][0].title():^12}|")
