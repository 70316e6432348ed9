#!/usr/bin/env bash
# Executes the course notebooks and writes one self-contained HTML handout per notebook.
#
#   install/handouts.sh [--output-dir DIR] [NOTEBOOK ...]
#
# NOTEBOOK is a path, a file name or a prefix of one in notebooks/ (03, 03-why-the-gil-...);
# default: every notebooks/*.ipynb. Writes DIR/NN-name.html (default DIR: handouts/ in the
# repository), executing each notebook top to bottom with nbconvert (nbclient underneath; cells
# tagged raises-exception may fail, any other error stops the script).
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
if command -v jupyter >/dev/null; then
  jupyter=$(command -v jupyter)
elif [[ -x $repo/.venv/bin/jupyter ]]; then
  jupyter=$repo/.venv/bin/jupyter
else
  die "Jupyter was not found on PATH nor in $repo/.venv: run install/setup.sh --no-lab first"
fi
"$jupyter" nbconvert --version >/dev/null 2>&1 ||
  die "'$jupyter nbconvert' does not work: install nbconvert into that environment (python3 -m pip install nbconvert)"
"$jupyter" kernelspec list --json 2>/dev/null | python3 -c '
import json, sys
sys.exit(0 if "gilsim" in json.load(sys.stdin).get("kernelspecs", {}) else 1)' ||
  die "the gilsim kernel is not installed for $jupyter: run install/setup.sh --no-lab (or install/install.sh)"

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

# --- execute and export -----------------------------------------------------------------------
mkdir -p -- "$out"
out=$(cd -- "$out" && pwd)
say "executing ${#notebooks[@]} notebook(s) into $out"
start=$SECONDS
"$jupyter" nbconvert --to html --execute \
  --TemplateExporter.extra_template_basedirs="$templates" --template gilsim_handout \
  --ExecutePreprocessor.timeout=300 \
  --output-dir "$out" "${notebooks[@]}"
say "executed and exported in $((SECONDS - start)) s"

# --- check: self-contained and small ----------------------------------------------------------
htmls=()
for nb in "${notebooks[@]}"; do
  name=$(basename -- "$nb" .ipynb)
  htmls+=("$out/$name.html")
done
python3 - "$MAX_BYTES" "${htmls[@]}" <<'PY'
"""Fails when a handout is too big or would load anything from the network."""
import re
import sys
from pathlib import Path

max_bytes = int(sys.argv[1])
NETWORK = r"""\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//"""   # http://, https://, //host, any scheme
checks = {
    "src attribute": re.compile(r"""\bsrc\s*=""" + NETWORK, re.I),
    "srcset attribute": re.compile(r"""\bsrcset\s*=""" + NETWORK, re.I),
    "stylesheet or preload link": re.compile(r"""<link\b[^>]*\bhref\s*=""" + NETWORK, re.I),
    "CSS url()": re.compile(r"""url\(""" + NETWORK, re.I),
    "CSS @import": re.compile(r"""@import\b""", re.I),
    "script import()": re.compile(r"""\bimport\s*\(\s*["'](?:[a-z]+:)?//""", re.I),
}
failed = False
for name in sys.argv[2:]:
    path = Path(name)
    if not path.is_file():
        print(f"handouts.sh: error: {path} was not written", file=sys.stderr)
        failed = True
        continue
    text = path.read_text(encoding="utf-8")
    size = path.stat().st_size
    problems = [f"{what}: {m.group(0)[:80]!r}" for what, rx in checks.items() for m in rx.finditer(text)]
    if size >= max_bytes:
        problems.append(f"{size} bytes, the limit is {max_bytes}")
    for p in problems:
        print(f"handouts.sh: error: {path.name}: {p}", file=sys.stderr)
    failed |= bool(problems)
    print(f"handouts.sh: {path.name}: {size / 1024:.0f} KB{'' if problems else ', self-contained'}")
sys.exit(1 if failed else 0)
PY
