# Building strings step by step: +=, join in a loop, str() of values, comparisons.
parts = []
text = ""
for i in range(5):
    text += str(i)
    parts.append(str(i * i))
print(text, "+".join(parts))
print(str(1.5) + str(True) + str(None) + str([1]) + str((2,)) + str({3: 4}))
row = ""
for word in "the quick brown fox".split():
    row = row + word[0].upper() + word[1:] + " "
print(repr(row), repr(row.rstrip()))
print("%s and %s" % ("this", "that"))
acc = []
for ch in "hello":
    if ch not in acc:
        acc.append(ch)
print("".join(acc), len(acc))
print("abc".upper().lower().replace("b", "B").center(7, "."))
