#!/usr/bin/env bash
# The benchmark commands: measurements printed as tables, not tests.
#
#   install/bench.sh [startup] [startup.py options]   start-up, latency, idle memory beside ipykernel
#   install/bench.sh language [language.py options]   the interpreter beside python3 (issue 3)
#   install/bench.sh all                              both, with their defaults
#
# Builds the kernel if needed, installs it into a temporary prefix with install/install.sh
# (the same kernelspec users get), and runs src/bench/<name>.py in a virtualenv
# (build/bench-venv) that has ipykernel, with JUPYTER_PATH pointing at that prefix.
set -euo pipefail

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=SCRIPTDIR/lib/python-env.sh
source "$repo/install/lib/python-env.sh"

use_configured_pip_mirror local
venv=${GILSIM_BENCH_VENV:-$repo/build/bench-venv}
ensure_venv "$venv" "$repo/src/bench/requirements.txt"

prefix=$(mktemp -d "${TMPDIR:-/tmp}/gilsim-bench-prefix.XXXXXX")
trap 'rm -rf -- "$prefix"' EXIT
benches=(startup)
case "${1:-}" in
  startup) shift ;;
  language) benches=(language); shift ;;
  all) benches=(startup language); shift ;;
esac

PATH=$venv/bin:$PATH "$repo/install/install.sh" --prefix "$prefix"
for bench in "${benches[@]}"; do
  JUPYTER_PATH=$prefix/share/jupyter "$venv/bin/python" "$repo/src/bench/$bench.py" "$@"
done
