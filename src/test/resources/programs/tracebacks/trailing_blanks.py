# Trailing blanks after the failing expression: the interpreter prints them.
x = 1   
try:
    raise ValueError("with blanks")   
except ValueError:
    y = x + "a"  	
