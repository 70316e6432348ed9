# sort and sorted are stable; key functions and reverse keep ties in order.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people))
print(sorted(people, reverse=True))
nums = [3, -1, 2, -3, 1, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
mixed = [2.5, 1, 3, 0.5, True]
print(sorted(mixed))
words = "The quick brown Fox jumps Over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower))
print(max(words, key=len), min(words, key=len), max(nums, key=abs), min(nums, key=abs))
