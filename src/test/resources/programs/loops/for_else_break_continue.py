# for/else and while/else: else runs only when the loop was not left by break.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("i", i)
else:
    print("not printed")
print("after for, i =", i)
k = 0
while k < 3:
    k += 1
else:
    print("while finished, k =", k)
while True:
    k -= 1
    if k == 0:
        break
print("k =", k)
for x in []:
    print("never")
else:
    print("empty loop else")
