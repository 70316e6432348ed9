# Instances built in loops, stored in lists and dicts, found by attribute.
class Task:
    next_id = 1
    def __init__(self, name, cost):
        self.id = Task.next_id
        Task.next_id += 1
        self.name = name
        self.cost = cost
    def __repr__(self):
        return "Task(%d, %r, %s)" % (self.id, self.name, self.cost)
tasks = [Task(n, c) for n, c in [("io", 5), ("cpu", 9), ("net", 2), ("disk", 9)]]
print(tasks)
by_name = {t.name: t for t in tasks}
print(by_name["net"], by_name["disk"].id)
print(sorted(tasks, key=lambda t: t.cost))
print(max(tasks, key=lambda t: t.cost), min(tasks, key=lambda t: (t.cost, t.name)))
print(sum(t.cost for t in tasks), [t.name for t in tasks if t.cost > 4])
print(Task.next_id)
