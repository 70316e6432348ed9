# A binary operation's operands get ~ and its operator ^ (PEP 657 anchors).
def divide(divisor):
    return 10 + divisor / 0 + 30


def floor(divisor):
    return 10 + divisor // 0 + 30


def parenthesised(a, b):
    return ( a   )   + b


def tight(a, b):
    return (a)+b


print("start")
try:
    divide(20)
except ZeroDivisionError:
    try:
        floor(20)
    except ZeroDivisionError:
        try:
            parenthesised(1, "")
        except TypeError:
            if True: tight(1, "x")
