# find/index/count/startswith/endswith/replace/in.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("dog"), s.find(""), s.find("the", 1, 10))
print(s.index("sat"), s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("mat"), s.endswith(("x", "at")))
print(s.startswith(("a", "t")), "".startswith(""), s.endswith("the", 0, 3))
print(s.replace("at", "og"), s.replace("at", "og", 2), "aaa".replace("a", "bb"))
print("xyz".replace("", "-"))
print("cat" in s, "dog" not in s, "" in s)
print(s.find("at", -5), s[-3:], s.index("mat", -10))
