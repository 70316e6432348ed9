"""A sample of the differential corpus (src/test/resources/programs, issue 3) run through the
kernel over the wire: each program as one cell after %reset, its stdout compared byte for byte
with what CPython 3.11 printed (the .out files). The whole corpus runs in one JVM in JUnit
(gilsim.vm.DifferentialProgramsTest); this checks the same programs reach a notebook user
unchanged: streams, chunking and UTF-8 included."""

from __future__ import annotations

from pathlib import Path

import pytest

PROGRAMS = Path(__file__).resolve().parents[1] / "resources" / "programs"
SKIPPED_TOPICS = {"uncaught", "unsupported"}
EVERY = 6  # a deterministic sample: every sixth program in sorted order


def sample() -> list[Path]:
    programs = sorted(p for p in PROGRAMS.rglob("*.py")
                      if p.parent.name not in SKIPPED_TOPICS
                      and p.with_suffix(".out").exists()
                      and not p.with_suffix(".err").exists())
    return programs[::EVERY]


@pytest.fixture(autouse=True)
def python_runs(kernel):
    if not kernel.runs_python():
        pytest.skip("the kernel does not run Python code yet (issue 3)")


@pytest.mark.parametrize("program", sample(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_program_prints_what_cpython_printed(kernel, program: Path):
    assert kernel.execute("%reset").status == "ok"
    # A final expression would be an execute_result in a cell, not output of the program:
    # a trailing `pass` keeps the cell a script.
    shown = kernel.execute(program.read_text(encoding="utf-8") + "\npass\n", timeout=120)
    assert shown.status == "ok", shown.content
    stdout = "".join(m["content"]["text"] for m in shown.of_type("stream") if m["content"]["name"] == "stdout")
    assert stdout == program.with_suffix(".out").read_text(encoding="utf-8")
