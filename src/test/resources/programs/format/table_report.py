# A small aligned report mixing %, format and f-strings, as a lesson would print it.
results = {"threads=1": 2.0312, "threads=2": 4.1, "threads=4": 8.45678, "threads=8": 17.0}
base = results["threads=1"]
print("%-10s %8s %8s" % ("run", "seconds", "ratio"))
for name in results:
    secs = results[name]
    print("%-10s %8.3f %7.2fx" % (name, secs, secs / base))
print("-" * 28)
print("{:<10} {:>8.3f}".format("total", sum(results.values())))
print(f"{'mean':<10} {sum(results.values()) / len(results):>8.3f}")
print(f"{'max':<10} {max(results.values()):>8}")
for pct in (0.0, 0.5, 0.999, 1.0):
    print(f"{pct:>7.1%} {pct:6.2f} {pct!r}")
