# The sys module: getrefcount (on objects the program creates), switch interval.
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.getswitchinterval() == 0.005)
x = []
print(sys.getrefcount(x))
print(type(sys.getrefcount(x)).__name__)
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(set()))
