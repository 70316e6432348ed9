# Iterating over dicts and views; views reflect later changes; counting and grouping.
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for word, n in counts.items():
    print(word, n)
keys = counts.keys()
vals = counts.values()
counts["new"] = 0
print(keys, vals, len(keys))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print(max(counts, key=counts.get), sum(counts.values()), sorted(counts.items(), key=lambda kv: -kv[1]))
print(list(reversed(list(counts))), list(zip(counts, range(3))))
