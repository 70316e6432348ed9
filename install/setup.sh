#!/usr/bin/env bash
# The README's first command: everything from a fresh clone to the course open in JupyterLab.
#
#   install/setup.sh [--no-lab]
#
# 1. creates the virtualenv .venv in the repository (or reuses it) and installs JupyterLab into
#    it (pip honours PIP_INDEX_URL / PIP_EXTRA_INDEX_URL);
# 2. builds the kernel and installs it into that virtualenv (install/install.sh --sys-prefix);
# 3. opens notebooks/ in JupyterLab.
# --no-lab or GILSIM_NO_LAB=1 stops after step 2 (for scripts and images). Needs Java 17+,
# Maven and Python 3. Re-running it is safe.
set -euo pipefail

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=SCRIPTDIR/lib/python-env.sh
source "$repo/install/lib/python-env.sh"

open_lab=1
[[ ${GILSIM_NO_LAB:-} == 1 ]] && open_lab=0
for arg in "$@"; do
  case "$arg" in
    --no-lab) open_lab=0 ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

venv=${GILSIM_VENV:-$repo/.venv}
use_configured_pip_mirror local
echo "setup.sh: virtualenv $venv with JupyterLab ..."
ensure_venv "$venv" "$repo/install/requirements-lab.txt"

PATH=$venv/bin:$PATH VIRTUAL_ENV=$venv "$repo/install/install.sh" --sys-prefix

if ((open_lab == 0)); then
  echo "setup.sh: done. Open the course with: $venv/bin/jupyter lab $repo/notebooks"
  exit 0
fi
lab_args=()
# Jupyter refuses to run as root without this (containers, CI images).
[[ $(id -u) == 0 ]] && lab_args+=(--allow-root)
course=$repo/notebooks
[[ -d $course ]] || course=$repo
cd -- "$repo"
exec "$venv/bin/jupyter" lab "${lab_args[@]}" "$course"
