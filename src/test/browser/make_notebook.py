"""Builds the notebooks of the real-browser check (see report-check.sh).

Live mode (--live, what report-check.sh uses by default): cells without outputs, for the gilsim
kernel to run in the browser: the crash and %%compare cells, then a cell that starts threads itself
(threading.Thread under the default settings) and two %%python cells (one whose outputs are
identical, one whose tracebacks differ in CPython's ~^~ line, so that a marked row is checked too).
Offline mode (a fallback): the crash and %%compare cells carry the reports that the renderer made
for the same cells on the real machine (ReportSamples: HTML, text and JSON), without a kernel.

usage: make_notebook.py SAMPLES_DIR OUT.ipynb [--live]
"""
import json
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output


# A positive control for the sanitizer: inline SVG, which JupyterLab removes from untrusted
# outputs, leaving its text as loose words. report-check.js expects it rendered when trusted and
# leaked when not; without it, a check of an "untrusted" notebook could pass unsanitized.
CANARY = '<div><svg width="60" height="14"><text y="12">sanitizer-canary</text></svg></div>'


def canary_output():
    return new_output("display_data", data={"text/plain": "sanitizer canary", "text/html": CANARY})


# Kernel features that only a live run shows. %reset first: the crash cell's %threads 4 and
# %gil off persist (line magics do), and this cell is about threads started under the defaults.
LIVE_ONLY = [
    "%reset\n"
    "import threading\n"
    "def work(n):\n"
    "    total = 0\n"
    "    for i in range(n):\n"
    "        total += i\n"
    "    print(threading.current_thread().name, 'done')\n"
    "threads = [threading.Thread(target=work, args=(30_000,)) for _ in range(2)]\n"
    "for t in threads:\n"
    "    t.start()\n"
    "for t in threads:\n"
    "    t.join()",
    "%%python\n"
    "import sys\n"
    "shared = [1, 2, 3]\n"
    "alias = shared\n"
    "print('refcount:', sys.getrefcount(shared))\n"
    "print(sorted({'gil', 'refcount', 'threads'}))\n"
    "sum(shared)",
    "%%python\n"
    "def ratio(a, b):\n"
    "    return a / b\n"
    "print(ratio(1, 4))\n"
    "ratio(1, 0)",
]


def report_output(samples: Path, name: str):
    return new_output(
        "display_data",
        data={
            "text/plain": (samples / f"{name}.txt").read_text(encoding="utf-8"),
            "text/html": (samples / f"{name}.html").read_text(encoding="utf-8"),
            "application/vnd.gilsim.report+json": json.loads((samples / f"{name}.json").read_text(encoding="utf-8")),
        },
    )


def main() -> None:
    samples, out = Path(sys.argv[1]), Path(sys.argv[2])
    live = "--live" in sys.argv[3:]
    crash = new_code_cell((samples / "real-crash.cell").read_text(encoding="utf-8").rstrip("\n"))
    # The cell ends in a simulated crash (an error reply): executors (nbclient, JupyterLab) go on.
    crash.metadata["tags"] = ["raises-exception"]
    compare = new_code_cell((samples / "real-compare.cell").read_text(encoding="utf-8").rstrip("\n"))
    setup = new_code_cell("shared = [1, 2, 3]", execution_count=None if live else 1)
    # Lesson 7's %%compare of the presets on one thread: every row the same work, so the report
    # compares wall times against the first row instead of speedups of about 1x.
    pythons_setup = new_code_cell("%threads 1\n" + (samples / "real-pythons.setup").read_text(encoding="utf-8").rstrip("\n"),
                                  execution_count=None if live else 5)
    pythons = new_code_cell((samples / "real-pythons.cell").read_text(encoding="utf-8").rstrip("\n"),
                            execution_count=None if live else 6)
    if not live:
        setup.outputs = [canary_output()]
        crash.outputs = [report_output(samples, "real-crash")]
        compare.outputs = [report_output(samples, "real-compare")]
        pythons.outputs = [report_output(samples, "real-pythons")]
        crash.execution_count, compare.execution_count = 2, 3
    # The widest throughput table a run can make (every optional column, counts in the millions):
    # report-check.js checks that it fits the output area without scrolling (offline samples only).
    widest = new_code_cell("# the widest throughput table a run can make (ReportSamples)", execution_count=None if live else 4)
    if not live:
        widest.outputs = [new_output("display_data", data={
            "text/plain": "widest throughput table",
            "text/html": (samples / "widest-table.html").read_text(encoding="utf-8")})]
    cells = [
        new_markdown_cell("# Report check\nFour threads without a GIL share one list; then `%%compare` across "
                          "thread counts, and `%%compare` of the presets on one thread."),
        setup,
        crash,
        compare,
    ]
    cells += ([] if live else [widest]) + [pythons_setup, pythons]
    cells += [new_code_cell(source) for source in LIVE_ONLY] if live else []
    nb = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"name": "gilsim", "display_name": "GIL Simulator", "language": "gilsim"}
            if live else {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "gilsim" if live else "python", "file_extension": ".py"},
        },
    )
    nbformat.validate(nb)
    nbformat.write(nb, out)


if __name__ == "__main__":
    main()
