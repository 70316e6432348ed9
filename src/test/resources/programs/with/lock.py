# threading.Lock as a context manager and by acquire/release, in a single thread.
import threading
lock = threading.Lock()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False))
lock.release()
print(lock.locked())
try:
    with lock:
        raise ValueError("inside the lock")
except ValueError as e:
    print("caught", e, lock.locked())
total = 0
for i in range(5):
    with lock:
        total += i
print(total)
