# A run of the same frame is cut after three: "[Previous line repeated N more times]".
def down(n):
    if n == 0:
        return 1 / n
    return down(n - 1) + 1


def count(n):
    return count(n - 1) if n else {}[n]


try:
    down(10)
except ZeroDivisionError:
    count(4)
