# Nested dicts and lists: building, reading, updating in place.
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
inventory["fruit"]["apple"] -= 1
inventory["veg"]["leek"] = 5
inventory.setdefault("grain", {})["rice"] = 10
print(inventory)
for section, items in inventory.items():
    in_stock = [name for name, qty in items.items() if qty > 0]
    print(section, in_stock, sum(items.values()))
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix)
print(matrix.get((1, 2)), matrix.get((1, 1), "diagonal"))
config = {"a": {"b": {"c": [1, 2, {"d": "deep"}]}}}
print(config["a"]["b"]["c"][2]["d"], len(config["a"]["b"]["c"]))
