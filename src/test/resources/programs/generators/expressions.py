# Generator expressions: lazy, single use, used directly as the only argument.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 3 == 0))
print(max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
print(", ".join(str(n) for n in range(4)))
def noisy(n):
    print("producing", n)
    return n
gen = (noisy(i) for i in range(3))
print("nothing produced yet")
for v in gen:
    print("consumed", v)
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
print(sorted((x % 4 for x in range(10)), reverse=True))
