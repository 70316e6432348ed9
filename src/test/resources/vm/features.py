import sys
def deco(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper
@deco
def add(a, b=2, *, c=3):
    return a + b + c
print(add(1), add(1, 5, c=10))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @classmethod
    def freezing(cls): return cls(0)
    @staticmethod
    def unit(): return "C"
t = Temp.freezing(); print(t.f, Temp.unit(), t.unit()); t.f = 212; print(t._c)
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B+" + super().hello()
class C(B):
    def hello(self): return "C+" + super().hello()
print(C().hello(), C.__mro__[1].__name__, isinstance(C(), A))
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
g = gen(); print(next(g), g.send(10))
try:
    g.send(7)
except StopIteration as e:
    print("stop", e.value)
print([[i * j for j in range(3)] for i in range(3)], {k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)})
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with Suppress() as s:
    raise ValueError("boom")
print("after with")
a, *b, c = range(6); print(a, b, c)
first, (second, third) = 1, (2, 3); print(first, second, third)
print(1 < 2 < 3 > 2, 1 < 2 > 3)
x = 10
def g2():
    global x
    x += 1
g2(); print(x)
del x
print('x' in globals())
print(sorted({'b': 2, 'a': 1}.items(), key=lambda kv: kv[1], reverse=True))
print(list(map(str.upper, ["a", "b"])), "".join(reversed("abc")))
print(f"{'nested':>{10}}|{3.14159:.{2}f}|{[1,2]!r}")
s = "The quick brown fox"
print(s.split()[::-1], s.count("o"), s.replace("quick", "slow").upper())
print(divmod(17, 5), 17 // 5, -17 // 5, 2 ** -1, 7 / 2, round(3.14159, 3))
d = {}
d.setdefault("k", []).append(1)
print(d, d.get("z"), list(d.keys()), list(d.values()), d.pop("k"), d)
print(min([3, 1, 2]), max("abc", key=ord), sum([1.5, 2.5]), any([]), all([1, 2]))
nums = [5, 3, 8, 1]
nums.sort(); print(nums, nums.index(8), nums.count(3))
nums.reverse(); print(nums, nums.pop(), nums.pop(0), nums)
print(tuple(enumerate("ab")), list(zip(*[(1, 'a'), (2, 'b')])))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def __repr__(self): return f"Node({self.v})"
    def __eq__(self, other): return isinstance(other, Node) and self.v == other.v
    def __hash__(self): return hash(self.v)
lst = Node(1, Node(2, Node(3)))
print(list(lst), 2 in lst, sum(lst), {Node(1), Node(1)}, Node(1) == Node(1), Node(1) in [Node(0), Node(1)])
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def kw(**k): return sorted(k.items())
print(kw(**{"a": 1}, b=2))
print(isinstance(3, (str, int)), issubclass(KeyError, LookupError), type(None).__name__)
print(hash((1, 2)) == hash((1, 2)), frozenset({1}) == {1}, {1: 2} == {1: 2.0})
import threading
def work(n, out):
    out.append(n * n)
out = []
ts = [threading.Thread(target=work, args=(i, out)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), [t.name for t in ts])
class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__()
        self.v = v
    def run(self):
        print("run", self.v, self.name)
mt = MyThread(5); mt.start(); mt.join()
print(str(1.0), str(1e-5), repr(1/3), 1e16, float(2**53), 10 / 4, 3.0 * 2)
a, b = map(int, "1 2".split())
print(a, b)
first, *rest = (x * x for x in range(5))
print(first, rest)
def g():
    yield 1
    yield 2
    yield 3
try:
    p, q = g()
except ValueError as e:
    print(e)
try:
    p, q, r, s = g()
except ValueError as e:
    print(e)
print(*g())
print(*(c.upper() for c in "ab"), sep="-")
def f(*args, **kw): return args, kw
print(f(*g(), k=1))
print(dict((k, v) for k, v in zip("ab", range(2))), dict(map(lambda kv: kv, [("x", 1)]), y=2))
l = [1]
l += (x for x in range(3))
print(l)
m = l
m += map(str, [9])
print(l, m is l)
try:
    l += 5
except TypeError as e:
    print(e)
