"""Python cells over the wire, as a notebook user meets them (DESIGN §3, §7): the namespace
persists, print goes to stdout, a final expression is the execute_result, errors carry
CPython's words, and completion and inspection know the namespace."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def python_runs(kernel):
    if not kernel.runs_python():
        pytest.skip("the kernel does not run Python code yet (issue 3)")


def test_a_function_defined_in_one_cell_runs_in_the_next(kernel):
    assert kernel.execute("def double(n):\n    return 2 * n\n").status == "ok"
    shown = kernel.execute("double(21)")
    assert shown.status == "ok"
    assert shown.data("text/plain") == ["42"]
    assert shown.of_type("execute_result")[0]["content"]["execution_count"] == shown.content["execution_count"]


def test_print_goes_to_stdout_and_a_final_expression_is_the_result(kernel):
    shown = kernel.execute("print('héllo', 'wörld', sep=', ')\n'😀' * 2")
    assert shown.status == "ok"
    streams = shown.of_type("stream")
    assert [s["content"]["name"] for s in streams] == ["stdout"]
    assert "".join(s["content"]["text"] for s in streams) == "héllo, wörld\n"
    assert shown.data("text/plain") == ["'😀😀'"]


def test_a_statement_cell_has_no_result(kernel):
    shown = kernel.execute("x = [1, 2, 3]")
    assert shown.status == "ok"
    assert shown.outputs() == []


def test_a_runtime_error_has_cpython_words_and_a_traceback(kernel):
    failed = kernel.execute("x = 1\nnot_defined + x\n")
    assert failed.status == "error"
    error = failed.of_type("error")[0]["content"]
    assert error["ename"] == "NameError"
    assert error["evalue"] == "name 'not_defined' is not defined"
    assert any("not_defined" in line for line in error["traceback"])


def test_a_syntax_error_names_the_line(kernel):
    failed = kernel.execute("x = 1\nif x\n    pass\n")
    assert failed.status == "error"
    assert failed.content["ename"] == "SyntaxError"
    assert "2" in "\n".join(failed.content["traceback"])


def test_names_of_the_namespace_complete(kernel):
    kernel.execute("refcount_demo = []")
    reply = kernel.complete("refcount_d").content
    assert "refcount_demo" in reply["matches"]
    assert reply["cursor_start"] == 0


def test_an_error_aborts_the_queued_python_cells(kernel):
    first = kernel.send_execute("1 / 0")
    second = kernel.send_execute("after = 1")
    assert kernel.wait(first).content["ename"] == "ZeroDivisionError"
    assert kernel.wait(second).status == "aborted"
    assert kernel.execute("after").content["ename"] == "NameError"
