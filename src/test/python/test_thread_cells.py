"""Cells that start threads themselves with threading.Thread (DESIGN §3 "Code may also start
threads itself"), under the default settings (%threads 1, %gil on): they run on the simulated
machine and end with a report (DESIGN §6), MainThread's final expression is still the
execute_result, as in IPython, an exception in a thread goes to stderr as CPython prints it and the
cell goes on, and cells that only mention Thread behave exactly as any other cell."""

from __future__ import annotations

import re

import pytest

REPORT_MIME = "application/vnd.gilsim.report+json"

WORK = "import threading\ndef work(n):\n    print('in', threading.current_thread().name, n)\n"


@pytest.fixture(autouse=True)
def python_runs(kernel):
    if not kernel.runs_python():
        pytest.skip("the kernel does not run Python code yet (issue 3)")


def stdout(exchange) -> str:
    return "".join(m["content"]["text"] for m in exchange.of_type("stream") if m["content"]["name"] == "stdout")


def stderr(exchange) -> str:
    return "".join(m["content"]["text"] for m in exchange.of_type("stream") if m["content"]["name"] == "stderr")


def reports(exchange) -> list[dict]:
    return exchange.data(REPORT_MIME)


def thread_names(report: dict) -> list[str]:
    return [t["name"] for t in report["threads"]]


def test_a_cell_that_starts_a_thread_ends_with_a_report_and_keeps_its_result(kernel):
    assert kernel.execute(WORK).status == "ok"
    ran = kernel.execute("t = threading.Thread(target=work, args=(1,))\nt.start()\nt.join()\nprint('after')\n6 * 7\n")
    assert ran.status == "ok", ran.visible_text()
    assert stdout(ran) == "in Thread-1 (work) 1\nafter\n"
    [report] = reports(ran)
    assert thread_names(report) == ["MainThread", "Thread-1 (work)"]
    assert report["settings"]["threads"] == 1 and report["settings"]["gil"] == "on"
    assert report["total"]["gil_switches"] >= 2, "the GIL went to the new thread and back"
    # Prints first, then the report, then MainThread's final expression, as IPython shows it last.
    kinds = [m["msg_type"] for m in ran.outputs()]
    assert kinds.index("display_data") > max(i for i, k in enumerate(kinds) if k == "stream")
    assert kinds[-1] == "execute_result"
    assert ran.data("text/plain")[-1] == "42"
    report_bundle = ran.of_type("display_data")[0]["content"]["data"]
    assert {"text/plain", "text/html", REPORT_MIME} <= set(report_bundle)


def test_an_exception_in_a_thread_goes_to_stderr_and_the_cell_goes_on(kernel):
    ran = kernel.execute("import threading\ndef bad():\n    return 1 / 0\n"
                         "t = threading.Thread(target=bad)\nt.start()\nt.join()\nprint('continues')\n'done'\n")
    assert ran.status == "ok", ran.visible_text()
    err = stderr(ran)
    assert err.startswith("Exception in thread Thread-1 (bad):\nTraceback (most recent call last):\n"), err
    assert "line 3, in bad" in err
    assert err.endswith("ZeroDivisionError: division by zero\n"), err
    assert stdout(ran) == "continues\n"
    assert [r["crash"] for r in reports(ran)] == [None]
    assert ran.data("text/plain")[-1] == "'done'"


def test_threads_made_in_one_cell_and_started_in_the_next_get_a_report(kernel):
    kernel.execute(WORK)
    made = kernel.execute("ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]")
    assert made.status == "ok" and reports(made) == [], "making threads starts none: no report"
    ran = kernel.execute("for t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n")
    assert ran.status == "ok", ran.visible_text()
    assert stdout(ran) == "in Thread-1 (work) 0\nin Thread-2 (work) 1\n"
    [report] = reports(ran)
    assert thread_names(report) == ["MainThread", "Thread-1 (work)", "Thread-2 (work)"]


def test_a_function_of_an_earlier_cell_that_starts_threads_gets_a_report(kernel):
    kernel.execute(WORK + "def spawn(k):\n    for i in range(k):\n        threading.Thread(target=work, args=(i,)).start()\n")
    ran = kernel.execute("spawn(3)")
    assert ran.status == "ok", ran.visible_text()
    [report] = reports(ran)
    assert len(report["threads"]) == 4


def test_an_error_in_the_main_thread_after_threads_ran_keeps_the_report(kernel):
    kernel.execute(WORK)
    ran = kernel.execute("t = threading.Thread(target=work, args=(5,))\nt.start()\nt.join()\nnot_defined\n")
    assert ran.status == "error"
    assert ran.content["ename"] == "NameError"
    assert stdout(ran) == "in Thread-1 (work) 5\n"
    assert len(reports(ran)) == 1


def test_thread_names_count_on_across_cells_and_reset_restarts_them(kernel):
    kernel.execute(WORK)
    first = kernel.execute("threading.Thread(target=work, args=(0,)).start()")
    second = kernel.execute("threading.Thread(target=work, args=(0,)).start()")
    assert stdout(first) == "in Thread-1 (work) 0\n"
    assert stdout(second) == "in Thread-2 (work) 0\n"
    kernel.execute("%reset")
    kernel.execute(WORK)
    again = kernel.execute("threading.Thread(target=work, args=(0,)).start()")
    assert stdout(again) == "in Thread-1 (work) 0\n"


@pytest.mark.parametrize("mention", [
    "import threading\ndef spawn():\n    return threading.Thread(target=print)\n",
    "from threading import Thread\n",
])
def test_a_cell_that_only_mentions_thread_shows_what_it_would_without_the_mention(kernel, mention):
    body = "import sys\nx = []\ny = x\nprint('refs', sys.getrefcount(x))\nprint('err', file=sys.stderr)\n"
    plain = kernel.execute(body + "len(y) + 7\n")
    mentioning = kernel.execute(mention + body + "len(y) + 7\n")
    assert mentioning.status == plain.status == "ok"

    def shown(exchange):
        return [(m["msg_type"], m["content"].get("name"), m["content"].get("text"), m["content"].get("data"))
                for m in exchange.outputs()]

    assert shown(mentioning) == shown(plain)
    assert reports(mentioning) == []
    failing = "def f(n):\n    return 1 / n\nf(0)\n"
    plain_error = kernel.execute(failing)
    mentioning_error = kernel.execute(mention + failing)
    assert plain_error.content["ename"] == mentioning_error.content["ename"] == "ZeroDivisionError"

    def frames(exchange):
        # The cell numbers and lines differ (the mention adds lines); the frames' functions do not.
        return [re.sub(r"Cell In\[\d+\], line \d+", "Cell", line) for line in exchange.content["traceback"]]

    assert [f.split("\n")[0] for f in frames(mentioning_error)] == [f.split("\n")[0] for f in frames(plain_error)]
