#!/usr/bin/env bash
# The benchmark command: gilsim's start-up time and idle memory beside ipykernel's.
#
#   install/bench.sh [startup.py options, e.g. --runs 10]
#
# Builds the kernel if needed, installs it into a temporary prefix with install/install.sh
# (the same kernelspec users get), and runs src/bench/startup.py in a virtualenv
# (build/bench-venv) that has ipykernel. Prints a table; it is a measurement, not a test.
set -euo pipefail

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=SCRIPTDIR/lib/python-env.sh
source "$repo/install/lib/python-env.sh"

use_configured_pip_mirror local
venv=${GILSIM_BENCH_VENV:-$repo/build/bench-venv}
ensure_venv "$venv" "$repo/src/bench/requirements.txt"

prefix=$(mktemp -d "${TMPDIR:-/tmp}/gilsim-bench-prefix.XXXXXX")
trap 'rm -rf -- "$prefix"' EXIT
PATH=$venv/bin:$PATH "$repo/install/install.sh" --prefix "$prefix"
JUPYTER_PATH=$prefix/share/jupyter "$venv/bin/python" "$repo/src/bench/startup.py" "$@"
