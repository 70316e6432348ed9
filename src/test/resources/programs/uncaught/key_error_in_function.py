# An uncaught KeyError raised two calls deep; the last stderr line is "KeyError: 'port'".
config = {"host": "localhost"}
def lookup(key):
    return config[key]
def connect():
    print("host", lookup("host"))
    print("port", lookup("port"))
connect()
print("never printed")
