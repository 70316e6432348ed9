# File I/O is outside gilsim's Python.
data = []
handle = open("numbers.txt")
data.append(handle.read())
