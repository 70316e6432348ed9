# if/elif/else chains, nested conditions, conditional expressions, truthiness of values.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in (95, 85, 75, 10, 90, 80):
    print(s, grade(s))
for v in (0, 1, "", "x", [], [0], None, 0.0, {}, {"k": 0}):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "small" if x > 5 else "tiny")
if x > 5:
    if x > 6:
        print("more than six")
    else:
        print("six")
