# Import forms for the supported modules: import, import as, from-import, several names.
import sys
import gc
import time as t
import threading
from sys import getrefcount
from threading import Thread, Lock, current_thread
from time import sleep as nap
x = [1]
print(getrefcount(x), sys.getrefcount(x))
print(current_thread().name, threading.current_thread().name)
nap(0)
t.sleep(0)
print(type(Lock()).__name__ == type(threading.Lock()).__name__)
print(Thread is threading.Thread, gc.collect() >= 0)
print(sys.getswitchinterval())
