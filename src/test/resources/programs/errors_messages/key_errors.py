# KeyError: str(e) is the repr of the key (so a str key shows its quotes).
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e), "|", repr(e))
d = {"present": 1}
show(lambda: d["missing"])
show(lambda: d[42])
show(lambda: d[(1, "a")])
show(lambda: d[None])
show(lambda: d.pop("nope"))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
def delete():
    del d["gone"]
show(delete)
show(lambda: d["it's"])
print(d.get("missing"), d.pop("missing", "default"))
