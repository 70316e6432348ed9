# while loops make no iterator; range and reversed iterators hold what they iterate.
import sys
seq = [[], []]
i = 0
while i < len(seq):
    print("while", sys.getrefcount(seq), sys.getrefcount(seq[i]))   # 2 2
    i += 1
for j in range(len(seq)):
    print("range index", sys.getrefcount(seq), sys.getrefcount(seq[j]))   # 2 2
for item in reversed(seq):
    print("reversed", sys.getrefcount(seq))     # 3
print("after", sys.getrefcount(seq))             # 2
ten = 10
big = ten ** 30                  # computed at run time: 10 ** 30 would be a folded constant
for n in range(big, big + 2):
    print("range of big ints", n - big, sys.getrefcount(n))   # 2: n, temporary
print(sys.getrefcount(big))      # 2: the range is gone
