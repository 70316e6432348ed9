# Indexing and slicing strings, including negative indices and steps.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[100:], s[-100:2])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[-2:-8:-1], s[2:8:10])
print(len(s), len(s[3:7]))
for i in range(0, len(s), 3):
    print(i, s[i:i + 3])
print("abc" * 3, 3 * "xy", "-" * 0, "ab" + "cd")
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc")
print(min("hello"), max("hello"), sorted("hello"), list("hi"))
