# The last line has no line end.
items = {}
print("before")
if items is not None: items["key"]