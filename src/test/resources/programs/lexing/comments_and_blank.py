# Comments everywhere, blank lines, a docstring, pass-only blocks.
"""A module docstring is a string statement; it prints nothing."""


# comment before a def
def f():  # comment after the colon
    """Function docstring."""
    # comment in the body

    return 42  # comment after return


class Empty:
    pass


def nothing():
    pass


print(f())  # comment
print(Empty.__name__, nothing())
print("# not a comment")
print('#', "#")
# the last line is a comment
