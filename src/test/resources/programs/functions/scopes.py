# Name resolution: local, enclosing, global, builtin (LEGB); shadowing a builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def local():
    x = "local"
    return x
def reads_global():
    return x
print(outer(), local(), reads_global(), x)
def uses_len(s):
    return len(s)
print(uses_len("abc"))
def shadows():
    len = lambda s: 42
    return len("abc")
print(shadows(), len("abc"))
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("p"), x)
for loop_var in range(3):
    pass
print(loop_var)
def loop_in_function():
    for j in range(4):
        pass
    return j
print(loop_in_function())
