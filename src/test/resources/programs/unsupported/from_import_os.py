# The from-import form of an unsupported module names the module the same way.
import sys
from os import path
print(path.join("a", "b"), sys.getswitchinterval())
