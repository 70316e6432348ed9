# In a function, the iterator lives on the frame's stack: it holds the sequence until the
# loop ends, and a generator's suspended loop keeps it alive.
import sys
def walk(s):
    for item in s:
        print("walk", sys.getrefcount(s))        # 4: seq, s, iterator, temporary
    print("loop done", sys.getrefcount(s))       # 3
seq = [1, 2]
walk(seq)
def lazily(s):
    for item in s:
        yield item
g = lazily(seq)
print("generator made", sys.getrefcount(seq))    # 3: seq, the frame's s
next(g)
print("suspended in loop", sys.getrefcount(seq)) # 4: + the iterator
print(list(g))
print("generator finished", sys.getrefcount(seq))   # 2
it = iter(seq)
for item in it:
    break
print("explicit iterator", sys.getrefcount(seq), list(it))   # 3 [2]
del it
print(sys.getrefcount(seq))                     # 2
