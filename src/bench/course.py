"""The course benchmark of issue 6: real time to execute every notebook of the course once,
top to bottom, through nbclient against the installed gilsim kernel (a fresh kernel per
notebook, as nbconvert --execute and the course tests do).

    python src/bench/course.py [--notebooks DIR] [--runs 1]

(install/bench.sh course installs the kernel into a temporary prefix and runs this with
JUPYTER_PATH pointing there.) Prints each notebook's time (median of the runs, kernel start
included) and the total; bar: under 60 s, goal 20 s. Cells tagged raises-exception may fail, as
in the lessons.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]


def execute(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, kernel_name="gilsim", timeout=600, resources={"metadata": {"path": str(path.parent)}}).execute()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    notebooks = sorted(args.notebooks.glob("*.ipynb"))
    print(f"{'notebook':<48} {'seconds':>8}")
    total = 0.0
    for path in notebooks:
        seconds = statistics.median(execute(path) for _ in range(args.runs))
        total += seconds
        print(f"{path.name:<48} {seconds:8.2f}", flush=True)
    print(f"{'whole course (' + str(len(notebooks)) + ' notebooks)':<48} {total:8.2f}   bar 60 s, goal 20 s")
    # Wall times on a shared machine scale with its load: the figure to read them by.
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
