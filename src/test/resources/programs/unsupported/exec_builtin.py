# exec() of a string is outside gilsim's Python.
source = "x = 1"

exec(source)
