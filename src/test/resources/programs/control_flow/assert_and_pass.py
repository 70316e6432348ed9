# assert passes silently when true and raises AssertionError (with its message) when false.
assert 1 + 1 == 2
assert [1], "non-empty list is true"
print("asserts passed")
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print(type(e).__name__, str(e), e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
def todo():
    pass
class Nothing:
    pass
print(todo(), Nothing.__name__)
for i in range(3):
    pass
print(i)
