# Only sys, threading, time and gc can be imported.
import os
print(os.getcwd())
