# Coroutines (async def / await) are outside gilsim's Python: threads are the subject.
import time


async def fetch(n):
    time.sleep(0)
    return n


print(fetch)
