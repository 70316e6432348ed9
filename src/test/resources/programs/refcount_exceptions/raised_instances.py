# An exception object made before raise: names, args tuple, and the handler's references.
import sys
payload = []
err = ValueError(payload)
print("payload in args", sys.getrefcount(payload))   # 3: payload, args tuple, temporary
print("err", sys.getrefcount(err))                   # 2
try:
    raise err
except ValueError as caught:
    print("raised by name", sys.getrefcount(err))    # 4: err, caught, exception state, temporary
    print(caught.args[0] is payload)
print("after", sys.getrefcount(err))                 # 2
del err
print("exception gone", sys.getrefcount(payload))    # 2
class Custom(Exception):
    def __init__(self, data):
        super().__init__("custom")
        self.data = data
try:
    raise Custom(payload)
except Custom as c:
    print("attribute on exception", sys.getrefcount(payload))   # 3
print("freed with the exception", sys.getrefcount(payload))     # 2
