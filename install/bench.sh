#!/usr/bin/env bash
# The benchmark commands: measurements printed as tables, not tests.
#
#   install/bench.sh [startup] [startup.py options]   start-up, latency, idle memory beside ipykernel
#   install/bench.sh language [language.py options]   the interpreter beside python3 (issue 3)
#   install/bench.sh course [course.py options]       the whole course executed once through nbclient (issue 6)
#   install/bench.sh machine [ITERATIONS [THREADS]]   simulated instructions per real second (issue 4)
#   install/bench.sh reports [ITERATIONS]             report size and render time, largest runs (issue 5)
#   install/bench.sh all                              startup and language, with their defaults
#
# machine and reports run on the JVM directly (MachineBenchmark, ReportBenchmark in src/test/java),
# after compiling the tests; the others talk to the installed kernel.
# Builds the kernel if needed, installs it into a temporary prefix with install/install.sh
# (the same kernelspec users get), and runs src/bench/<name>.py in a virtualenv
# (build/bench-venv) that has ipykernel, with JUPYTER_PATH pointing at that prefix.
set -euo pipefail

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)

# The JVM benchmarks: no kernel, no virtualenv.
jvm_bench() { # main-class args...
  local cls=$1; shift
  (cd "$repo" && mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null)
  exec java -Xss16m -cp "$repo/target/classes:$repo/target/test-classes:$(cat "$repo/target/bench-cp.txt")" "$cls" "$@"
}
case "${1:-}" in
  machine) shift; jvm_bench gilsim.sim.bench.MachineBenchmark "${@:-1000000}" ;;
  reports) shift; jvm_bench gilsim.render.bench.ReportBenchmark "$@" ;;
esac
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
  course) benches=(course); shift ;;
  all) benches=(startup language); shift ;;
esac

PATH=$venv/bin:$PATH "$repo/install/install.sh" --prefix "$prefix"
for bench in "${benches[@]}"; do
  JUPYTER_PATH=$prefix/share/jupyter "$venv/bin/python" "$repo/src/bench/$bench.py" "$@"
done
