# Tabs in the indentation and before the span.
def f(a):
	if a:	return a + "tab"

try:
	f(1)
except TypeError:
	x = [1]
	x[	5 ]
