"""Kernel > Interrupt: stops any run within 0.5 s with KeyboardInterrupt and leaves the kernel
usable, by interrupt_request (interrupt_mode "message") and by SIGINT (DESIGN §7)."""

from __future__ import annotations

import os
import signal
import time

import pytest

# A run that only an interrupt ends.
BLOCKING_CELL = "while True:\n    pass\n"
INTERRUPT_DEADLINE = 0.5


def start_blocking_run(kernel) -> str:
    msg_id = kernel.send_execute(BLOCKING_CELL)
    kernel.wait_for_iopub(msg_id, lambda m: m["msg_type"] == "execute_input", timeout=10)
    early = [m for m in kernel.anything_for(msg_id, 0.3) if m["msg_type"] == "execute_reply"]
    assert not early, f"the cell did not block: {early[0]['content']}"
    return msg_id


def assert_interrupted_in_time(kernel, msg_id: str, sent_at: float) -> None:
    error = kernel.wait_for_iopub(msg_id, lambda m: m["msg_type"] == "error", timeout=10)
    elapsed = error["received_at"] - sent_at
    assert error["content"]["ename"] == "KeyboardInterrupt"
    assert elapsed < INTERRUPT_DEADLINE, f"interrupted after {elapsed:.3f} s"
    reply = kernel.wait(msg_id)
    assert reply.status == "error" and reply.content["ename"] == "KeyboardInterrupt"


def assert_still_usable(kernel) -> None:
    assert kernel.request("kernel_info_request").status == "ok"
    assert kernel.execute("%threads 2").status == "ok"
    assert kernel.settings()["threads"] == 2


def test_interrupt_request_stops_a_blocking_run_within_half_a_second(kernel):
    assert kernel.manager.kernel_spec.interrupt_mode == "message"
    msg_id = start_blocking_run(kernel)
    sent_at = time.perf_counter()
    kernel.manager.interrupt_kernel()
    assert_interrupted_in_time(kernel, msg_id, sent_at)
    assert_still_usable(kernel)


def test_interrupt_reply_comes_on_the_control_channel(kernel):
    msg_id = start_blocking_run(kernel)
    sent_at = time.perf_counter()
    interrupt = kernel.send("interrupt_request", {}, channel="control")
    assert_interrupted_in_time(kernel, msg_id, sent_at)
    reply = kernel.wait(interrupt)
    assert reply.reply["msg_type"] == "interrupt_reply" and reply.status == "ok"


def test_sigint_stops_a_blocking_run_instead_of_ending_the_jvm(kernel):
    msg_id = start_blocking_run(kernel)
    sent_at = time.perf_counter()
    os.kill(kernel.pid, signal.SIGINT)
    assert_interrupted_in_time(kernel, msg_id, sent_at)
    assert_still_usable(kernel)


def test_sigint_while_idle_leaves_the_kernel_running(kernel):
    os.kill(kernel.pid, signal.SIGINT)
    time.sleep(0.3)
    assert kernel.manager.is_alive()
    assert_still_usable(kernel)


@pytest.mark.parametrize("how", ["message", "signal"])
def test_an_interrupt_while_idle_does_not_stop_the_next_cell(kernel, how):
    if how == "message":
        kernel.manager.interrupt_kernel()
    else:
        os.kill(kernel.pid, signal.SIGINT)
    time.sleep(0.3)
    done = kernel.execute("total = 0\nfor i in range(10000):\n    total += i\ntotal\n")
    assert done.status == "ok", done.visible_text()
    assert done.data("text/plain") == ["49995000"]
