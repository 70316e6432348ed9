# A shared counter protected by a Lock, incremented by several threads run one after another.
import threading
counter = 0
lock = threading.Lock()
def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
threads = []
for i in range(4):
    threads.append(threading.Thread(target=add, args=(1000,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(lock.locked())
