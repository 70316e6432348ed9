"""The real-browser check of the reports (issue 5), as a pytest: runs src/test/browser/report-check.sh
in live mode — JupyterLab starts the gilsim kernel installed under the test prefix (the kernelspec
under test, GILSIM_TEST_PREFIX) and runs the cells in Chromium — and fails if any browser check
fails. Skipped, with the script's message, when Chromium, Node.js or JupyterLab is missing.
Screenshots: target/browser-check/shots (or $GILSIM_BROWSER_OUT/shots).

    python -m pytest src/test/python/test_report_browser.py -s
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_reports_render_in_jupyterlab_and_nbconvert(kernel_prefix):
    env = dict(os.environ)
    env.setdefault("PYTHON", sys.executable)
    env["GILSIM_TEST_PREFIX"] = str(kernel_prefix)
    proc = subprocess.run(["bash", str(ROOT / "src/test/browser/report-check.sh")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1200)
    out = proc.stdout + proc.stderr
    print(out)
    skipped = [line for line in out.splitlines() if line.startswith("SKIPPED browser check")]
    if skipped:
        pytest.skip(skipped[0])
    assert proc.returncode == 0, out
    assert "all browser checks passed" in out
