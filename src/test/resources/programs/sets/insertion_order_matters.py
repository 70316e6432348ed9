# Sets with colliding slots iterate differently depending on insertion order (the second of
# two colliding items probes to another slot); equal sets, different printed order.
a = set()
for v in [1, 9, 17]:
    a.add(v)
b = set()
for v in [17, 9, 1]:
    b.add(v)
print(a, b, a == b)
c = set()
for w in ["t1", "t2", "t3", "t4", "t5"]:
    c.add(w)
d = set()
for w in ["t5", "t4", "t3", "t2", "t1"]:
    d.add(w)
print(c, d, c == d)     # these strings do not collide: same order
e = {1, 9}
e.discard(1)
e.add(17)
e.add(1)
print(e)
print(list({5: "x", 1: "y"}), list({1: "y", 5: "x"}))
