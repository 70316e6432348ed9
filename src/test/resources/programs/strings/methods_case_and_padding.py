# Case methods, isdigit/isalpha, and padding: zfill, center, ljust, rjust.
words = ["hello world", "HeLLo", "o'neil mcdonald", "123abc", "", "ABC"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.isdigit(), w.isalpha())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(6) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "long".ljust(2) + "]")
print("123".isdigit(), "12.3".isdigit(), "abc".isalpha(), "ab1".isalpha(), " ".isalpha())
