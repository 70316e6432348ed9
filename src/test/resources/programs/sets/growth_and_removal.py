# Adding many items resizes the table; removing leaves dummy slots; order follows CPython.
s = set()
for i in range(0, 100, 7):
    s.add(i)
    if len(s) in (4, 5, 8, 9):
        print(len(s), s)
print(s)
for i in range(0, 100, 14):
    s.remove(i)
print(s)
s.add(0)
s.add(200)
print(s)
names = set()
for n in ["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9"]:
    names.add(n)
print(names)
names.discard("t3")
names.add("t10")
print(names)
print(s.pop(), s.pop(), s)
