# Default thread names are Thread-N (target); the counter counts only threads made without
# a name= (t2 does not use up a number); a thread without target is plain Thread-N.
import threading
def alpha():
    print("in", threading.current_thread().name)
def beta():
    print("in", threading.current_thread().name)
t1 = threading.Thread(target=alpha)
t2 = threading.Thread(target=beta, name="custom")
t3 = threading.Thread(target=alpha)
t4 = threading.Thread()
print(t1.name, t2.name, t3.name, t4.name)
for t in (t1, t2, t3):
    t.start()
    t.join()
print(threading.current_thread().name == "MainThread")
t5 = threading.Thread(target=lambda: print("lambda thread", threading.current_thread().name))
t5.start()
t5.join()
print(t5.name)
