# Instances in a cycle survive del until gc.collect(); their __del__ methods then run
# (PEP 442). The order inside a cycle is an implementation detail, so the log is sorted.
import gc
gc.collect()
log = []
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        log.append(self.name)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("after del", log)
found = gc.collect()
print("collected something:", found > 0)
print("after collect", sorted(log))
c = Node("c")
c.other = c
del c
gc.collect()
print("self cycle", sorted(log))
