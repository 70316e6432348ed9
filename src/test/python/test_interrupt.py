"""Kernel > Interrupt: stops any run within 0.5 s with KeyboardInterrupt and leaves the kernel
usable, by interrupt_request (interrupt_mode "message") and by SIGINT (DESIGN §7)."""

from __future__ import annotations

import os
import signal
import time

import pytest

from harness import Kernel

# Runs that only an interrupt ends: the kernel's test hook %%block (GILSIM_TEST_HOOKS=1) waits
# for the interrupt flag; a Python busy loop must stop just as fast once the language runs.
BLOCKING_CELLS = {"hook": "%%block", "python": "while True:\n    pass\n"}
INTERRUPT_DEADLINE = 0.5


@pytest.fixture
def kernel(spec_dir):
    """A kernel with the test hooks on, started as Jupyter starts it."""
    started = Kernel.start(env=dict(os.environ, GILSIM_TEST_HOOKS="1"))
    yield started
    started.close()


@pytest.fixture(params=list(BLOCKING_CELLS))
def blocking_cell(request, kernel):
    if request.param == "python" and not kernel.runs_python():
        pytest.skip("the kernel does not run Python code yet (issue 3)")
    return BLOCKING_CELLS[request.param]


def start_blocking_run(kernel, cell: str) -> str:
    msg_id = kernel.send_execute(cell)
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


def test_interrupt_request_stops_a_blocking_run_within_half_a_second(kernel, blocking_cell):
    assert kernel.manager.kernel_spec.interrupt_mode == "message"
    msg_id = start_blocking_run(kernel, blocking_cell)
    sent_at = time.perf_counter()
    kernel.manager.interrupt_kernel()
    assert_interrupted_in_time(kernel, msg_id, sent_at)
    assert_still_usable(kernel)


def test_interrupt_reply_comes_on_the_control_channel(kernel, blocking_cell):
    msg_id = start_blocking_run(kernel, blocking_cell)
    sent_at = time.perf_counter()
    interrupt = kernel.send("interrupt_request", {}, channel="control")
    assert_interrupted_in_time(kernel, msg_id, sent_at)
    reply = kernel.wait(interrupt)
    assert reply.reply["msg_type"] == "interrupt_reply" and reply.status == "ok"


def test_sigint_stops_a_blocking_run_instead_of_ending_the_jvm(kernel, blocking_cell):
    msg_id = start_blocking_run(kernel, blocking_cell)
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
def test_an_interrupt_while_idle_does_not_stop_the_next_run(kernel, how, blocking_cell):
    if how == "message":
        kernel.manager.interrupt_kernel()
    else:
        os.kill(kernel.pid, signal.SIGINT)
    time.sleep(0.3)
    msg_id = start_blocking_run(kernel, blocking_cell)  # fails if a stale interrupt ends it
    sent_at = time.perf_counter()
    kernel.manager.interrupt_kernel()
    assert_interrupted_in_time(kernel, msg_id, sent_at)
