"""The language benchmark of issue 3: gilsim's interpreter beside python3, in the same run.

    python src/bench/language.py [--runs 3] [--n 3000000]

(install/bench.sh installs the kernel into a temporary prefix and runs this with JUPYTER_PATH
pointing there.) It prints:
  loop     real seconds of the cell below, executed in the gilsim kernel (round trip of the
           execute_request, the kernel warmed up by one smaller run first), and of the same
           program run by python3 (process start excluded: the program times itself); the
           ratio of the medians.
  memory   resident memory added by x = list(range(1_000_000)) in the kernel process and in
           python3 (VmRSS before and after, from /proc).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager

LOOP = """shared = [1, 2, 3]
total = 0
for i in range({n}):
    x = shared
    total += i
"""

PYTHON_TIMED = """import time
t0 = time.perf_counter()
exec(compile({src!r}, "<cell>", "exec"), {{}})
print(time.perf_counter() - t0)
"""

PYTHON_MEMORY = """
def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
before = rss()
x = list(range(1_000_000))
print(rss() - before)
"""


def rss_of(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def execute(client, code: str) -> float:
    start = time.perf_counter()
    reply = client.execute_interactive(code, timeout=600, output_hook=lambda msg: None)
    elapsed = time.perf_counter() - start
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"gilsim failed: {reply['content']}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--n", type=int, default=3_000_000)
    args = parser.parse_args()

    manager = KernelManager(kernel_name="gilsim")
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    try:
        pid = manager.provisioner.process.pid
        execute(client, LOOP.format(n=args.n // 10))  # warm-up: JIT and class loading
        gilsim_s, python_s = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine
            gilsim_s.append(execute(client, LOOP.format(n=args.n)))
            program = PYTHON_TIMED.format(src=LOOP.format(n=args.n))
            out = subprocess.run([sys.executable if os.environ.get("BENCH_PYTHON") is None
                                  else os.environ["BENCH_PYTHON"], "-c", program],
                                 capture_output=True, text=True, check=True)
            python_s.append(float(out.stdout.strip()))
        execute(client, "%reset")
        before = rss_of(pid)
        execute(client, "x = list(range(1_000_000))")
        gilsim_mem = rss_of(pid) - before
        python_mem = int(subprocess.run([os.environ.get("BENCH_PYTHON", sys.executable), "-c", PYTHON_MEMORY],
                                        capture_output=True, text=True, check=True).stdout)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)

    g, p = statistics.median(gilsim_s), statistics.median(python_s)
    version = subprocess.run([os.environ.get("BENCH_PYTHON", sys.executable), "--version"],
                             capture_output=True, text=True).stdout.strip()
    print(f"loop of {args.n:,} iterations at module level, median of {args.runs} (min-max):")
    print(f"  gilsim kernel  {g:6.2f} s   ({min(gilsim_s):.2f}-{max(gilsim_s):.2f})")
    print(f"  {version:<13}  {p:6.2f} s   ({min(python_s):.2f}-{max(python_s):.2f})")
    print(f"  ratio          {g / p:6.2f} x   (bar: at most 3x; goal 1.5x)")
    print("memory added by x = list(range(1_000_000)):")
    print(f"  gilsim kernel  {gilsim_mem / 1e6:6.1f} MB")
    print(f"  {version:<13}  {python_mem / 1e6:6.1f} MB")


if __name__ == "__main__":
    main()
