# Objects are freed when their count reaches zero, and __del__ runs at that moment.
# A list frees its items from the last to the first (list_dealloc walks backwards);
# so do list.clear() and del lst[:].
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [D("a"), D("b"), D("c")]
print("dropping the list")
del items
print("clear")
items = [D("c1"), D("c2"), D("c3")]
items.clear()
print("del slice")
items = [D("s1"), D("s2"), D("s3")]
del items[:]
print("rebinding the name")
items = [D("r1"), D("r2")]
items = None
print("end")
