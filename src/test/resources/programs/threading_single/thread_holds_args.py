# FACTS 1.11: a Thread object holds its target and args from construction until run() ends;
# a thread that is never started keeps them as long as it lives.
import sys
import threading
class Job:
    def __init__(self, name):
        self.name = name
    def run_job(self, payload):
        # self 4: job, the bound method in _target, parameter, temporary; payload 4 likewise
        print(self.name, "self", sys.getrefcount(self), "payload", sys.getrefcount(payload))
job = Job("job")
payload = {"rows": []}
t = threading.Thread(target=job.run_job, args=(payload,))
print("made", sys.getrefcount(job), sys.getrefcount(payload))    # 3 3: the bound method; the args tuple
t.start()
t.join()
print("joined", sys.getrefcount(job), sys.getrefcount(payload))  # 2 2
idle = threading.Thread(target=job.run_job, args=(payload,))
print("never started", sys.getrefcount(job), sys.getrefcount(payload))   # 3 3
del idle
print("dropped", sys.getrefcount(job), sys.getrefcount(payload))         # 2 2
def lam_target():
    return threading.Thread(target=lambda p: print("lambda sees", sys.getrefcount(p)), args=(payload,))
t2 = lam_target()
t2.start()
t2.join()
print(t2.name, sys.getrefcount(payload))     # Thread-3: the idle thread took number 2
