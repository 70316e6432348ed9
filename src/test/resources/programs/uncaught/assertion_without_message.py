# A failed assert without a message ends with the bare line "AssertionError".
values = [3, 2, 1]
print(sorted(values))
assert values == sorted(values)
