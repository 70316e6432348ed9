# and/or return an operand and stop evaluating as soon as the result is known.
def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", "") or t("c", "found"))
print(t("a", [1]) or t("b", 2))
print(not t("a", None), not t("b", 3))
print(t("a", 1) and t("b", 0) or t("c", "fallback"))
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or None, [] or {})
if t("x", 1) < t("y", 2) < t("z", 0):
    print("chain true")
else:
    print("chain false")
