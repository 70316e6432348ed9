# eval() of a string is outside gilsim's Python.
expression = "1 + 2"
value = eval(expression)
