#!/usr/bin/env bash
# Executes the course notebooks and writes one self-contained HTML handout per notebook.
#
#   install/handouts.sh [--output-dir DIR] [NOTEBOOK ...]
#
# NOTEBOOK is a path, a file name or a prefix of one in notebooks/ (03, 03-why-the-gil-...);
# default: every notebooks/*.ipynb. Writes DIR/NN-name.html (default DIR: handouts/ in the
# repository), executing each notebook top to bottom with nbconvert (nbclient underneath; cells
# tagged raises-exception may fail). A notebook that fails to execute gets no handout, the others
# still do, and the script exits non-zero; it prints each notebook's execution time.
#
# Needs the Jupyter on PATH, or the .venv that install/setup.sh makes, with nbconvert, and the
# gilsim kernel installed for it (install/setup.sh --no-lab, or install/install.sh).
#
# Self-contained: the handouts use nbconvert's "lab" template with the blocks that load
# require.js, MathJax, Mermaid and the widget manager from CDNs left out (the lessons use no TeX,
# no widgets, no Mermaid). Every handout is then checked: no src, stylesheet href, CSS url() or
# @import that reaches the network, and under 3 MB. Links a reader may click (<a href>) are fine.
set -euo pipefail

readonly MAX_BYTES=$((3 * 1024 * 1024))

say() { printf 'handouts.sh: %s\n' "$*"; }
die() { printf 'handouts.sh: error: %s\n' "$*" >&2; exit 1; }

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
out=$repo/handouts
requested=()
while (($#)); do
  case "$1" in
    --output-dir)
      (($# >= 2)) || die "--output-dir needs a directory"
      out=$2
      shift
      ;;
    --output-dir=*) out=${1#--output-dir=} ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) die "unknown option '$1' (see --help)" ;;
    *) requested+=("$1") ;;
  esac
  shift
done

# --- the notebooks ----------------------------------------------------------------------------
notebooks=()
if ((${#requested[@]} == 0)); then
  for nb in "$repo"/notebooks/[0-9]*.ipynb; do notebooks+=("$nb"); done
  ((${#notebooks[@]})) || die "no notebooks in $repo/notebooks"
else
  for name in "${requested[@]}"; do
    if [[ -f $name ]]; then
      notebooks+=("$(cd -- "$(dirname -- "$name")" && pwd)/$(basename -- "$name")")
      continue
    fi
    matches=()
    for nb in "$repo/notebooks/${name%.ipynb}"*.ipynb; do [[ -f $nb ]] && matches+=("$nb"); done
    ((${#matches[@]} == 1)) || die "'$name' names ${#matches[@]} notebooks in notebooks/ (give a longer prefix or a path)"
    notebooks+=("${matches[0]}")
  done
fi

# --- Jupyter with nbconvert, and the kernel -------------------------------------------------
# The first Jupyter that has both nbconvert and the gilsim kernel: the one on PATH (an active
# virtualenv, CI's test environment), else the .venv that install/setup.sh made.
has_nbconvert_and_kernel() { # <jupyter>; sets python
  local jupyter=$1 candidate
  python=
  for candidate in "$(dirname -- "$jupyter")/python3" "$(dirname -- "$jupyter")/python" python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c "import nbconvert" 2>/dev/null; then
      python=$candidate
      break
    fi
  done
  [[ -n $python ]] && "$jupyter" kernelspec list --json 2>/dev/null | "$python" -c '
import json, sys
sys.exit(0 if "gilsim" in json.load(sys.stdin).get("kernelspecs", {}) else 1)'
}
candidates=()
command -v jupyter >/dev/null && candidates+=("$(command -v jupyter)")
[[ -x $repo/.venv/bin/jupyter ]] && candidates+=("$repo/.venv/bin/jupyter")
((${#candidates[@]})) || die "Jupyter was not found on PATH nor in $repo/.venv: run install/setup.sh --no-lab first"
jupyter=
for candidate in "${candidates[@]}"; do
  if has_nbconvert_and_kernel "$candidate"; then
    jupyter=$candidate
    break
  fi
done
[[ -n $jupyter ]] || die "no Jupyter with nbconvert and the gilsim kernel among: ${candidates[*]}
  run install/setup.sh --no-lab (it makes $repo/.venv with both), or install nbconvert and run
  install/install.sh for the Jupyter you use"
say "using $jupyter"

# --- a template without CDN scripts -----------------------------------------------------------
templates=$(mktemp -d "${TMPDIR:-/tmp}/gilsim-handout-template.XXXXXX")
trap 'rm -rf -- "$templates"' EXIT
mkdir -p "$templates/gilsim_handout"
cat >"$templates/gilsim_handout/conf.json" <<'JSON'
{"base_template": "lab", "mimetypes": {"text/html": true}}
JSON
cat >"$templates/gilsim_handout/index.html.j2" <<'JINJA'
{#- nbconvert's lab template, minus everything it would load from a CDN: require.js, the widget
    manager, MathJax and Mermaid. The course uses none of them, and a handout must work offline. -#}
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
JINJA

# --- execute, export, check -------------------------------------------------------------------
mkdir -p -- "$out"
out=$(cd -- "$out" && pwd)
say "executing ${#notebooks[@]} notebook(s) into $out"
"$python" - "$templates" "$out" "$MAX_BYTES" "${notebooks[@]}" <<'PY'
"""Executes each notebook (nbclient, as nbconvert --execute does), exports it with the
gilsim_handout template and checks the file. A failing notebook is reported and the others still
get their handouts; the exit status says whether all succeeded."""
import re
import sys
import time
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import CellExecutionError, ExecutePreprocessor

templates, out, max_bytes, *notebooks = sys.argv[1:]
out, max_bytes = Path(out), int(max_bytes)

NETWORK = r"""\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//"""   # http://, https://, //host, any scheme
CHECKS = {
    "src attribute": re.compile(r"""\bsrc\s*=""" + NETWORK, re.I),
    "srcset attribute": re.compile(r"""\bsrcset\s*=""" + NETWORK, re.I),
    "stylesheet or preload link": re.compile(r"""<link\b[^>]*\bhref\s*=""" + NETWORK, re.I),
    "CSS url()": re.compile(r"""url\(""" + NETWORK, re.I),
    "CSS @import": re.compile(r"""@import\b""", re.I),
    "script import()": re.compile(r"""\bimport\s*\(\s*["'](?:[a-z]+:)?//""", re.I),
}


def problems_of(html: str, size: int) -> list[str]:
    found = [f"{what}: {m.group(0)[:80]!r}" for what, rx in CHECKS.items() for m in rx.finditer(html)]
    if size >= max_bytes:
        found.append(f"{size} bytes, the limit is {max_bytes}")
    return found


exporter = HTMLExporter(template_name="gilsim_handout", extra_template_basedirs=[templates])
failed = []
total = 0.0
for path in map(Path, notebooks):
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    try:
        ExecutePreprocessor(timeout=300).preprocess(nb, {"metadata": {"path": str(path.parent)}})
    except CellExecutionError as e:
        print(f"handouts.sh: error: {path.name} failed to execute:\n{e}", file=sys.stderr)
        failed.append(path.name)
        continue
    seconds = time.perf_counter() - start
    total += seconds
    html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    target = out / f"{path.stem}.html"
    target.write_text(html, encoding="utf-8")
    size = target.stat().st_size
    problems = problems_of(html, size)
    for p in problems:
        print(f"handouts.sh: error: {target.name}: {p}", file=sys.stderr)
    if problems:
        failed.append(path.name)
    print(f"handouts.sh: {target.name}: executed in {seconds:.1f} s, {size / 1024:.0f} KB"
          f"{'' if problems else ', self-contained'}", flush=True)
print(f"handouts.sh: {len(notebooks) - len(failed)} of {len(notebooks)} handouts written;"
      f" the notebooks executed in {total:.1f} s")
if failed:
    print(f"handouts.sh: error: failed: {', '.join(failed)}", file=sys.stderr)
    sys.exit(1)
PY
