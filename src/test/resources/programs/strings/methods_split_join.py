# split/join/strip/partition with and without arguments.
s = "  alpha beta\tgamma\n delta  "
print(s.split())
print(s.strip().split(" "))
print("a,b,,c,".split(","), "a,b,c".split(",", 1), "".split(), "".split(","))
print("one  two".split(" "), "x".split("x"))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "/".join("abc"))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."), "..a..".rstrip("."))
print("key=value=more".partition("="), "novalue".partition("="), "a=b".partition("=="))
print("line1\nline2\n".split("\n"))
