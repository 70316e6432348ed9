# Exception groups and except* (Python 3.11) are outside gilsim's Python.
try:
    raise ValueError("v")
except* ValueError:
    pass
