# A cycle made of a list and an instance: counting cannot free it; the collector does.
import gc
import sys
gc.collect()
class Holder:
    def __init__(self):
        self.items = []
h = Holder()
h.items.append(h)
print(sys.getrefcount(h))            # 3: h, the list slot, temporary
print(sys.getrefcount(h.items))      # 2
del h
print(gc.collect() > 0)              # True
parent = {"children": []}
child = {"parent": parent}
parent["children"].append(child)
del parent, child
print(gc.collect())                  # 3: two dicts and the list
