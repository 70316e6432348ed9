# Mutating lists while building them; lists in loops; index arithmetic.
stack = []
for i in range(5):
    stack.append(i * i)
    if len(stack) > 3:
        print("pop", stack.pop(0))
print(stack)
queue = [1, 2, 3]
while queue:
    item = queue.pop()
    print("item", item, queue)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(matrix)
print(transposed)
flat = [x for row in matrix for x in row if x % 2]
print(flat)
counts = [0] * 4
for v in [1, 3, 3, 0, 1, 3]:
    counts[v] += 1
print(counts, counts.index(max(counts)))
