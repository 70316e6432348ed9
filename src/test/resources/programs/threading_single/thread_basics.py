# threading.Thread with target and args: start, join, results through shared lists.
import threading
results = []
def work(n, label):
    results.append(label + str(n * n))
    print("worker", threading.current_thread().name, n)
t = threading.Thread(target=work, args=(3, "sq"))
print(t.name)
t.start()
t.join()
print(results)
print(threading.current_thread().name)
threads = [threading.Thread(target=work, args=(i, "t")) for i in range(3)]
for th in threads:
    print("made", th.name)
for th in threads:
    th.start()
    th.join()
print(results)
