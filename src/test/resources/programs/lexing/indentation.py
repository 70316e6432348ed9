# Blocks by indentation: nested blocks, dedent by several levels at once, blank lines and
# comment lines inside blocks (they do not change the indentation).
def classify(n):
    if n > 0:
        if n > 10:

            # a comment at another indentation
      # and one further left
            return "big"
        else:
            return "small"
    elif n == 0:
        return "zero"
    return "negative"


for value in (-3, 0, 4, 40):
    print(value, classify(value))
if True:
        print("eight spaces")
if True:
	print("a tab")
