# time.sleep(0) and time.perf_counter (only differences are compared), gc.collect().
import time
import gc
start = time.perf_counter()
time.sleep(0)
time.sleep(0.001)
elapsed = time.perf_counter() - start
print(elapsed >= 0, type(elapsed).__name__)
a = time.perf_counter()
b = time.perf_counter()
print(b >= a)
print(gc.collect())
junk = []
junk.append(junk)
del junk
print(gc.collect())
print(gc.collect())
