# repr() quoting rules: single quotes unless the text has a single quote and no double quote.
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n",
         "cr\r", "bell\x07", "nul\x00", "del\x7f", "é", "\u200b", "\U0001F600", "\x80", ""]
for c in cases:
    print(repr(c), len(c))
print(str("x"), repr(repr("x")))
print(["it's", 'a"b'], ("q'",), {"k'": 'v"'})
print(str(["x"]), repr(("y",)))
