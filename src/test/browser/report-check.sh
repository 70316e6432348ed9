#!/usr/bin/env bash
# The real-browser check of the reports (issue 5): starts JupyterLab on a free port, opens a
# notebook with a 4-thread `%gil off` + `%refcount plain` cell watching a shared list and a
# `%%compare`, and checks and screenshots it in Chromium: light and dark themes, trusted and
# untrusted (sanitized), and an nbconvert HTML export opened from disk (report-check.js).
#
# Live mode (the default): JupyterLab starts the gilsim kernel and runs the cells in the browser.
# The kernelspec is the one installed under $GILSIM_TEST_PREFIX (install/test.sh installs the
# current build there) or, without it, the current build installed into $OUT/prefix by
# install/install.sh --prefix; never a stale one of the user's. GILSIM_BROWSER_LIVE=0 (offline
# mode, a fallback) opens a notebook that carries the reports the renderer made for the same cells
# on the real machine (ReportSamples) instead, without a kernel.
#
# Skips, with a message and exit status 0, when Chromium, Node.js or JupyterLab is missing.
# Environment: CHROMIUM (default: chromium on PATH), PYTHON (a Python with jupyterlab and
# nbconvert; default: python3), GILSIM_BROWSER_OUT (default: target/browser-check).
# Screenshots and summary.json go to the output folder.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
OUT=${GILSIM_BROWSER_OUT:-$ROOT/target/browser-check}
PYTHON=${PYTHON:-python3}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}

skip() { echo "SKIPPED browser check: $1"; exit 0; }
[ -n "$CHROMIUM" ] && [ -x "$CHROMIUM" ] || skip "Chromium not found (Debian: apt-get install -y chromium; or set CHROMIUM)"
command -v node >/dev/null && command -v npm >/dev/null || skip "Node.js and npm not found"
"$PYTHON" -c "import jupyterlab, nbconvert, nbformat" 2>/dev/null || skip "$PYTHON has no jupyterlab/nbconvert (set PYTHON)"
JUPYTER=("$PYTHON" -m jupyter)

# A fresh run each time, except for the npm install, which is kept.
rm -rf "$OUT/samples" "$OUT/work" "$OUT/shots" "$OUT/jupyter" "$OUT/prefix"
mkdir -p "$OUT/node" "$OUT/samples" "$OUT/work" "$OUT/shots" "$OUT/jupyter"
if [ ! -d "$OUT/node/node_modules/playwright-core" ]; then
    (cd "$OUT/node" && npm init -y >/dev/null && npm install --no-audit --no-fund playwright-core@1 >/dev/null) \
        || skip "could not install playwright-core from npm"
fi

mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$OUT/classpath.txt")" gilsim.render.ReportSamples "$OUT/samples" >/dev/null

LIVE=${GILSIM_BROWSER_LIVE:-1}
NB=report-check.ipynb
UNTRUSTED=report-check-untrusted.ipynb
"$PYTHON" src/test/browser/make_notebook.py "$OUT/samples" "$OUT/work/$NB" $([ "$LIVE" = 1 ] && echo --live)

# A Jupyter of its own: settings, workspaces and the trust database stay inside $OUT.
export JUPYTER_CONFIG_DIR=$OUT/jupyter/config JUPYTER_DATA_DIR=$OUT/jupyter/data
export JUPYTERLAB_SETTINGS_DIR=$OUT/jupyter/settings JUPYTERLAB_WORKSPACES_DIR=$OUT/jupyter/workspaces
if [ "$LIVE" = 1 ]; then
    PREFIX=${GILSIM_TEST_PREFIX:-}
    if [ -z "$PREFIX" ]; then
        PREFIX=$OUT/prefix
        PATH=$(dirname "$(command -v "$PYTHON")"):$PATH install/install.sh --prefix "$PREFIX" >/dev/null
    fi
    [ -f "$PREFIX/share/jupyter/kernels/gilsim/kernel.json" ] \
        || { echo "no gilsim kernelspec under $PREFIX (GILSIM_TEST_PREFIX)"; exit 1; }
    export JUPYTER_PATH=$PREFIX/share/jupyter
    echo "live mode: the gilsim kernel from $PREFIX/share/jupyter/kernels/gilsim"
else
    export JUPYTER_PATH=${JUPYTER_PATH:-$HOME/.local/share/jupyter}
fi
# No "get notified about Jupyter news?" toast over the screenshots.
mkdir -p "$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/apputils-extension"
echo '{"fetchNews": "false", "checkForUpdates": false}' \
    >"$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/apputils-extension/notification.jupyterlab-settings"
PORT=$("$PYTHON" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
TOKEN=$("$PYTHON" -c "import secrets; print(secrets.token_hex(16))")
"${JUPYTER[@]}" lab --no-browser --allow-root --ip=127.0.0.1 --port="$PORT" --IdentityProvider.token="$TOKEN" \
    --ServerApp.root_dir="$OUT/work" --LabApp.expose_app_in_browser=True >"$OUT/jupyter/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/api/status?token=$TOKEN" >/dev/null && break
    kill -0 $SERVER 2>/dev/null || { cat "$OUT/jupyter/server.log"; echo "JupyterLab did not start"; exit 1; }
    sleep 1
done

config() { # phase
    "$PYTHON" - "$1" <<PY
import json, sys
print(json.dumps({"chromium": "$CHROMIUM", "base": "http://127.0.0.1:$PORT", "token": "$TOKEN",
                  "trusted": "$NB", "untrusted": "$UNTRUSTED", "out": "$OUT/shots", "phase": sys.argv[1],
                  "exports": ["$OUT/work/report-check.html", "$OUT/work/report-check-dark.html"]}))
PY
}
export NODE_PATH=$OUT/node/node_modules
if [ "$LIVE" = 1 ]; then
    config execute >"$OUT/config-execute.json"
    node src/test/browser/report-check.js "$OUT/config-execute.json"
else
    "${JUPYTER[@]}" trust "$OUT/work/$NB" >/dev/null
fi
# The untrusted copy: the same outputs under another name, never signed, as a notebook received
# from someone else; JupyterLab passes its HTML through the sanitizer.
"$PYTHON" - "$OUT/work/$NB" "$OUT/work/$UNTRUSTED" <<'PY'
import sys, nbformat
sys.path.insert(0, "src/test/browser")
from make_notebook import canary_output
nb = nbformat.read(sys.argv[1], as_version=4)
nb.metadata["gilsim_check"] = "an unsigned copy"
setup = nb.cells[1]
if not any("sanitizer-canary" in str(o) for o in setup.outputs):
    setup.outputs.append(canary_output())
nbformat.write(nb, sys.argv[2])
PY
"${JUPYTER[@]}" nbconvert --to html --output report-check "$OUT/work/$NB" >/dev/null 2>&1
"${JUPYTER[@]}" nbconvert --to html --theme dark --output report-check-dark "$OUT/work/$NB" >/dev/null 2>&1
config check >"$OUT/config.json"
node src/test/browser/report-check.js "$OUT/config.json"
echo "screenshots: $OUT/shots"
