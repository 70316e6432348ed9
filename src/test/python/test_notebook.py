"""A notebook executed the way handout authors and graders do it: jupyter nbconvert --execute
(nbclient underneath), which also honours the raises-exception tag."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from harness import SETTINGS_MIME

NOTEBOOK = Path(__file__).parent / "notebooks" / "magics.ipynb"


def execute_notebook(tmp_path: Path, *options: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "nbconvert", "--execute", "--to", "notebook", *options,
         "--output-dir", str(tmp_path), "--output", "executed", str(NOTEBOOK)],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads((tmp_path / "executed.ipynb").read_text(encoding="utf-8"))


def code_cells(notebook: dict) -> list[dict]:
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


@pytest.mark.parametrize("options", [(), ("--KernelManager.transport_encryption=required",)],
                         ids=["plain", "curve-required"])
def test_nbconvert_executes_a_notebook_of_magics(tmp_path, options):
    notebook = execute_notebook(tmp_path, *options)
    assert notebook["metadata"]["language_info"]["name"] == "gilsim"
    threads_gil, comment, tagged, config = code_cells(notebook)

    assert not any(o["output_type"] == "error" for o in threads_gil["outputs"])
    assert comment["outputs"] == []
    assert [o["output_type"] for o in tagged["outputs"]] == ["error"]
    assert tagged["outputs"][0]["ename"]

    bundles = [o["data"] for o in config["outputs"] if SETTINGS_MIME in o.get("data", {})]
    assert len(bundles) == 1
    settings = bundles[0][SETTINGS_MIME]
    assert settings["threads"] == 2 and settings["gil"] == "off" and settings["refcount"] == "atomic"
    assert [cell["execution_count"] for cell in code_cells(notebook)] == [1, 2, 3, 4]
