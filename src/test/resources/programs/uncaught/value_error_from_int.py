# An uncaught exception ends the program: stdout up to that point, then the traceback on
# stderr; only its last line is compared (<name>.err_last).
def parse(values):
    total = 0
    for v in values:
        print("parsing", v)
        total += int(v)
    return total
print(parse(["1", "2"]))
print(parse(["3", "x", "4"]))
print("never printed")
