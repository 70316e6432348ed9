"""Shutdown, restart and heartbeat: the kernel exits promptly on request and a restarted kernel
binds the same ports (DESIGN §7)."""

from __future__ import annotations

import time

import zmq

from harness import raw_socket, received


def test_shutdown_request_is_answered_and_the_process_exits_promptly(kernel):
    process = kernel.manager.provisioner.process
    msg_id = kernel.send("shutdown_request", {"restart": False}, channel="control")
    reply = kernel.wait_reply(msg_id, timeout=5)
    assert reply["content"]["status"] == "ok" and reply["content"]["restart"] is False
    started = time.monotonic()
    assert process.wait(timeout=3) == 0
    assert time.monotonic() - started < 2.0


def test_restart_binds_the_same_ports_and_starts_a_fresh_session(kernel):
    assert kernel.execute("%threads 3").status == "ok"
    ports_before = {k: v for k, v in kernel.manager.get_connection_info().items() if k.endswith("_port")}
    old_process = kernel.manager.provisioner.process

    started = time.monotonic()
    kernel.manager.restart_kernel(now=False)
    elapsed = time.monotonic() - started

    assert old_process.returncode == 0, "the old kernel must exit by itself, not be killed"
    assert elapsed < 4.0, f"restart took {elapsed:.1f} s (jupyter_client kills after 5 s)"
    ports_after = {k: v for k, v in kernel.manager.get_connection_info().items() if k.endswith("_port")}
    assert ports_after == ports_before
    kernel.client.wait_for_ready(timeout=60)
    assert kernel.manager.provisioner.process.pid != old_process.pid
    assert kernel.settings()["threads"] == 1, "a restarted kernel starts from the defaults"


def test_heartbeat_echoes(kernel):
    socket = raw_socket(kernel, "hb", zmq.REQ)
    try:
        socket.send(b"ping \xf0\x9f\x98\x80")
        assert received(socket, 2.0)[:1] == [[b"ping \xf0\x9f\x98\x80"]]
    finally:
        socket.close()
