# open() in a with header is the same unsupported call.
lines = []


with open("log.txt", "w") as out:
    out.write("hello")
