# sys.getswitchinterval() is 0.005 s by default; time.sleep(0) in a single thread returns.
import sys
import time
import threading
print(sys.getswitchinterval())
print(sys.getswitchinterval() == 0.005)
log = []
def sleeper(n):
    for i in range(n):
        log.append(i)
        time.sleep(0)
t = threading.Thread(target=sleeper, args=(3,))
t.start()
t.join()
print(log, t.name)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
