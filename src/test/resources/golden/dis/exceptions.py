import threading

lock = threading.Lock()


def risky(values):
    total = 0
    for v in values:
        try:
            total += 10 // v
        except ZeroDivisionError as e:
            print("skip", e)
            continue
        except (TypeError, ValueError):
            break
        else:
            total += 1
        finally:
            total -= 1
    return total


def guarded(items):
    with lock:
        if not items:
            raise ValueError("empty") from None
        return items.pop()


try:
    risky([1, 0, "x"])
except Exception:
    raise
assert guarded([1]) == 1, "bad"
