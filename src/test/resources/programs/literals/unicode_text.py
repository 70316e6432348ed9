# Non-ASCII text: lengths, indexing, case, ord/chr, repr and output as UTF-8.
s = "Grüße, 世界! Ça va? ñ"
print(s)
print(len(s), s[2], s[7:9], s[::-1])
print(s.upper())
print(s.lower())
print(ord("é"), ord("世"), ord("€"), chr(233), chr(19990), chr(8364))
print(repr(s))
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print("naïve café".title())
print(sorted(["é", "e", "z", "a", "É"]))
print("日本" * 3, "x".join("日本語"))
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}")
print("é".isalpha(), "٣".isdigit(), "½".isdigit())
