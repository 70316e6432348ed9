# List operators: + * in ==, comparisons, nested lists, aliasing versus copying.
a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, b, c, a == b, a == c, a is b, a is c)
print([1, 2] + [3], [0] * 4, 2 * ["x"], [] * 5)
print(3 in a, 9 in a, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
a += [5]
print(a, b)
a = a + [6]
print(a, b)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), nested[-1][-1])
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
print(sum([[1], [2, 3]], []), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
