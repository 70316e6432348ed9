# enumerate, zip, map, filter, reversed, sorted, any, all, iter, next, len, range.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(enumerate("ab")), list(enumerate("ab", 10)))
print(list(zip(nums, nums[1:])), list(zip("ab", "xyz", [1, 2, 3])))
print(list(map(str, nums)), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(lambda v: v > 3, nums)), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(reversed(nums)), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted(nums), sorted(nums, reverse=True), sorted("hello"), sorted({3: 0, 1: 0}))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 8 for x in nums))
it = iter(nums)
print(next(it), next(it), list(it), next(it, "end"))
print(len(nums), len("abc"), len({1: 2}), len(set(nums)), len(range(2, 10, 3)), len(()))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m))
