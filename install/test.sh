#!/usr/bin/env bash
# The README's second command: every test.
#
#   install/test.sh [pytest arguments...]
#
# 1. a test virtualenv (build/test-venv) with jupyter_client, nbclient, nbconvert, pytest and
#    JupyterLab (pip honours PIP_INDEX_URL / PIP_EXTRA_INDEX_URL);
# 2. mvn -q verify: builds target/gilsim.jar and runs the JUnit tests (with GILSIM_PYTHON set to
#    that virtualenv's python, whose pyzmq the transport's interoperability tests talk to);
# 3. installs the kernelspec into a temporary prefix, exactly as install/install.sh does for
#    users, and runs the end-to-end tests in src/test/python against it over real ZeroMQ.
# Exits non-zero if anything fails. Extra arguments go to pytest (e.g. -k interrupt).
set -euo pipefail

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=SCRIPTDIR/lib/python-env.sh
source "$repo/install/lib/python-env.sh"
cd -- "$repo"

echo "test.sh: [1/3] test virtualenv build/test-venv"
use_configured_pip_mirror local
venv=${GILSIM_TEST_VENV:-$repo/build/test-venv}
ensure_venv "$venv" "$repo/src/test/python/requirements.txt"

echo "test.sh: [2/3] mvn -q -B verify (build and JUnit tests)"
GILSIM_PYTHON=${GILSIM_PYTHON:-$venv/bin/python} mvn -q -B verify

echo "test.sh: [3/3] end-to-end tests (kernelspec installed into a temporary prefix)"
prefix=$(mktemp -d "${TMPDIR:-/tmp}/gilsim-test-prefix.XXXXXX")
trap 'rm -rf -- "$prefix"' EXIT
PATH=$venv/bin:$PATH "$repo/install/install.sh" --prefix "$prefix"

status=0
PATH=$venv/bin:$PATH GILSIM_TEST_PREFIX=$prefix \
  "$venv/bin/python" -m pytest "$repo/src/test/python" -p no:cacheprovider "$@" || status=$?
if ((status == 5)); then
  echo "test.sh: pytest collected no tests: that is a failure" >&2
fi
exit "$status"
