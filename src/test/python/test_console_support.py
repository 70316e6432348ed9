"""What jupyter console and other front ends ask besides execute: is_complete, history,
comm_info, unknown requests (DESIGN §7)."""

from __future__ import annotations

import time

import pytest


def test_is_complete_answers_the_very_first_request_within_a_second(kernel):
    """jupyter console gives up on is_complete after one second and then never asks again."""
    started = time.perf_counter()
    reply = kernel.is_complete("def f():").content
    elapsed = time.perf_counter() - started
    assert reply["status"] == "incomplete"
    assert reply["indent"] == "    "
    assert elapsed < 1.0, f"first is_complete took {elapsed:.3f} s"


@pytest.mark.parametrize("code,status", [
    ("x = 1", "complete"),
    ("%threads 4", "complete"),
    ("", "complete"),
    ("for i in range(3):", "incomplete"),
    ("x = [1,\n", "incomplete"),
    ("x = (1]", "invalid"),
])
def test_is_complete_tells_complete_incomplete_and_invalid(kernel, code, status):
    assert kernel.is_complete(code).content["status"] == status


def test_history_answers_with_a_list(kernel):
    kernel.execute("%threads 2")
    reply = kernel.request("history_request", {"output": False, "raw": True,
                                               "hist_access_type": "tail", "n": 10}).content
    assert reply["status"] == "ok"
    assert isinstance(reply["history"], list)
    for entry in reply["history"]:
        assert len(entry) == 3, "history entries are (session, line number, input)"


def test_comm_info_answers_with_no_comms(kernel):
    reply = kernel.request("comm_info_request", {}).content
    assert reply["status"] == "ok"
    assert reply["comms"] == {}


def test_unknown_request_gets_no_reply_and_the_kernel_keeps_answering(kernel):
    kernel.anything_for(kernel.send("no_such_request", {}), 0.3)
    assert kernel.request("kernel_info_request").status == "ok"
    assert kernel.execute("%threads 2").status == "ok"
