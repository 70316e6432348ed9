# Implicit line joining inside brackets, explicit with a backslash, and comments at line ends.
total = (1 +   # first
         2 +
         3)
print(total)
items = [
    "a",
    "b",   # trailing comma next
]
print(items)
lookup = {
    "x": 1,
    "y": 2
}
print(lookup)
value = 10 + \
        20 + \
        30
print(value)
if value > 50 and \
   total < 10:
    print("both")
print(max(
    4,
    9,
    2,
))
text = ("implicit "
        "concatenation "
        'of literals')
print(text)
x = 1; y = 2; print(x + y)
