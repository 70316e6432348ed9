# Slicing, slice assignment and deletion, including extended slices with steps.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[-3:], xs[::3], xs[::-1], xs[7:2:-2], xs[20:], xs[-20:1])
ys = xs[:]
ys[2:5] = ["a", "b"]; print(ys)
ys[1:1] = [100, 101]; print(ys)
ys[:2] = []; print(ys)
ys[-2:] = "xyz"; print(ys)
ys[::2] = [0] * len(ys[::2]); print(ys)
del ys[::3]; print(ys)
del ys[1]; print(ys)
del ys[-2:]; print(ys)
zs = [1, 2, 3]
zs[len(zs):] = [4]; print(zs)
zs[5:9] = [9]; print(zs)
print(xs[1:8:3], xs[slice(1, 4)], len(xs[::2]))
