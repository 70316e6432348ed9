"""Helpers for test_course.py: executing the course notebooks, finding a cell's report, and
reading the lessons' text sentence by sentence.

Reports are the ``application/vnd.gilsim.report+json`` bundles of DESIGN.md §6: a run's report
has "settings", "total", "threads", "crash" and "leaks"; a %%compare report has "rows", each with
"settings", "total", "crash" and "leaks".
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[3]
NOTEBOOKS = REPO / "notebooks"
HANDOUTS_SCRIPT = REPO / "install" / "handouts.sh"
REPORT_MIME = "application/vnd.gilsim.report+json"
CELL_TIMEOUT = 120


def notebook_names() -> list[str]:
    return sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)


@dataclass
class Execution:
    notebook: nbformat.NotebookNode
    seconds: float


def execute(name: str) -> Execution:
    """Runs the stored notebook top to bottom in the installed kernel, as nbclient does for
    nbconvert --execute: cells tagged raises-exception may fail, any other error raises."""
    nb = read(name)
    client = NotebookClient(nb, kernel_name="gilsim", timeout=CELL_TIMEOUT,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    start = time.perf_counter()
    client.execute()
    return Execution(nb, time.perf_counter() - start)


def comparable_outputs(nb: nbformat.NotebookNode) -> list[tuple[str, list]]:
    """Each code cell's id and outputs. Consecutive stream outputs of one stream are joined:
    the kernel sends printed text in chunks as it flushes, in real time, so where one message
    ends may differ between runs while the text does not (nbconvert joins them the same way)."""
    return [(c.id, coalesce_streams(c.get("outputs", []))) for c in nb.cells if c.cell_type == "code"]


def coalesce_streams(outputs) -> list[dict]:
    joined: list[dict] = []
    for o in outputs:
        o = dict(o)
        last = joined[-1] if joined else None
        if (o.get("output_type") == "stream" and last is not None and last.get("output_type") == "stream"
                and last.get("name") == o.get("name")):
            last["text"] += o["text"]
        else:
            joined.append(o)
    return joined


# --- finding outputs --------------------------------------------------------------------------

def cell(nb: nbformat.NotebookNode, cell_id: str) -> nbformat.NotebookNode:
    found = [c for c in nb.cells if c.get("id") == cell_id]
    assert len(found) == 1, f"the notebook has {len(found)} cells with id {cell_id!r}"
    return found[0]


def reports(code_cell) -> list[dict]:
    return [o["data"][REPORT_MIME] for o in code_cell.get("outputs", [])
            if o.get("output_type") in ("display_data", "execute_result") and REPORT_MIME in o.get("data", {})]


def report(code_cell) -> dict:
    found = reports(code_cell)
    assert len(found) == 1, f"cell {code_cell.get('id')!r}: expected one report, got {len(found)}: {outputs_text(code_cell)}"
    assert isinstance(found[0], dict), "the report must be a JSON object"
    return found[0]


def row(compare_report: dict, **settings) -> dict:
    """The row of a %%compare report whose settings have these values."""
    assert "rows" in compare_report, f"not a %%compare report: {sorted(compare_report)}"
    found = [r for r in compare_report["rows"]
             if all(r["settings"].get(k) == v for k, v in settings.items())]
    assert len(found) == 1, f"{len(found)} rows with {settings}: {[r['settings'] for r in compare_report['rows']]}"
    return found[0]


def thread(run_report: dict, name: str) -> dict:
    found = [t for t in run_report["threads"] if t["name"] == name]
    assert len(found) == 1, f"no thread {name!r}: {[t['name'] for t in run_report['threads']]}"
    return found[0]


def stdout(code_cell) -> str:
    """Everything the cell printed to stdout."""
    return "".join(o["text"] for o in code_cell.get("outputs", [])
                   if o.get("output_type") == "stream" and o.get("name") == "stdout")


def result_text(code_cell) -> str:
    """text/plain of the cell's execute_result."""
    found = [o["data"]["text/plain"] for o in code_cell.get("outputs", []) if o.get("output_type") == "execute_result"]
    assert len(found) == 1, f"cell {code_cell.get('id')!r}: expected one result: {outputs_text(code_cell)}"
    return found[0]


def errors(code_cell) -> list[dict]:
    return [o for o in code_cell.get("outputs", []) if o.get("output_type") == "error"]


def outputs_text(code_cell) -> str:
    parts = []
    for o in code_cell.get("outputs", []):
        if o.get("output_type") == "stream":
            parts.append(o["text"])
        elif o.get("output_type") == "error":
            parts.append(f"{o['ename']}: {o['evalue']}")
        else:
            parts.append(str(o.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)[:3000]


# --- the text of the lessons ------------------------------------------------------------------

def markdown(nb: nbformat.NotebookNode) -> str:
    return "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+(?=[A-Z*`(\[0-9])")
_BLOCK_START = re.compile(r"^\s*(?:[*-] |\d+\. |\||#)")


def statements(text: str) -> list[str]:
    """Sentences of markdown text: paragraphs split at blank lines, list items and table rows,
    then at sentence ends. Line breaks inside a paragraph become spaces."""
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            blocks.append([])
        elif _BLOCK_START.match(line) or not blocks:
            blocks.append([line.strip()])
        else:
            blocks[-1].append(line.strip())
    result = []
    for block in blocks:
        if block:
            result.extend(s.strip() for s in _SENTENCE_END.split(" ".join(block)) if s.strip())
    return result


def python_versions(sentence: str) -> set[str]:
    """Python 3 versions named in a sentence: 3.12, 3.13t; a patch release counts as its minor
    version (3.11.7 is 3.11)."""
    return {m.group(1) for m in re.finditer(r"(?<![\d.])(3\.1\d(?:t\b)?)(?:\.\d+)?(?![\d])", sentence)}


def peps(sentence: str) -> set[int]:
    return {int(n) for n in re.findall(r"\bPEP\s*(\d+)", sentence)}


# --- handouts -----------------------------------------------------------------------------

class NetworkReferences(HTMLParser):
    """Every place in an HTML file that would make a browser fetch something from the network:
    src/srcset/data/poster attributes, stylesheet and preload links, CSS url() and @import in
    style elements and attributes, and scripts' import(). Links a reader clicks (<a href>) are
    not fetched and are left alone."""

    NETWORK_URL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
    CSS_URL = re.compile(r"""url\(\s*["']?\s*((?:[a-z][a-z0-9+.-]*:)?//[^)"']*)""", re.I)
    CSS_IMPORT = re.compile(r"@import\b[^;]*", re.I)
    SCRIPT_IMPORT = re.compile(r"""\bimport\s*\(\s*["']((?:[a-z]+:)?//[^"']*)""", re.I)

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.scripts = 0
        self.charts = 0      # <svg> elements and <img> whose source is an SVG data URL
        self._in = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "data", "poster"):
            if a.get(name) and self.NETWORK_URL.match(a[name]):
                self.found.append(f"<{tag} {name}={a[name][:80]}>")
        for candidate in (a.get("srcset") or "").split(","):
            if candidate.strip() and self.NETWORK_URL.match(candidate.strip()):
                self.found.append(f"<{tag} srcset={candidate.strip()[:80]}>")
        if tag == "link" and a.get("href") and self.NETWORK_URL.match(a["href"]):
            self.found.append(f"<link rel={a.get('rel')} href={a['href'][:80]}>")
        if a.get("style"):
            self._css(a["style"], f"<{tag} style>")
        if tag == "script":
            self.scripts += 1
        if tag == "svg" or (tag == "img" and (a.get("src") or "").startswith("data:image/svg+xml")):
            self.charts += 1
        self._in = tag if tag in ("style", "script") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self._css(data, "<style>")
        elif self._in == "script":
            self.found.extend(f"<script> import({m.group(1)[:80]})" for m in self.SCRIPT_IMPORT.finditer(data))

    def _css(self, css: str, where: str):
        css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)   # comments fetch nothing
        self.found.extend(f"{where} url({m.group(1)[:80]})" for m in self.CSS_URL.finditer(css))
        self.found.extend(f"{where} {m.group(0)[:80]}" for m in self.CSS_IMPORT.finditer(css))


def network_references(html: str) -> NetworkReferences:
    parser = NetworkReferences()
    parser.feed(html)
    parser.close()
    return parser
