"""CurveZMQ transport encryption, as jupyter_client 8.10 provisions it when the operator sets
KernelManager.transport_encryption to "auto" or "required" (DESIGN §7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import zmq

from harness import Kernel, raw_socket, received, sent

pytestmark = pytest.mark.skipif(not zmq.has("curve"), reason="this pyzmq has no CurveZMQ")


@pytest.fixture(params=["auto", "required"])
def curve_kernel(request):
    started = Kernel.start(transport_encryption=request.param)
    yield started
    started.close()


def test_connection_file_carries_the_kernel_keypair(curve_kernel):
    info = json.loads(Path(curve_kernel.manager.connection_file).read_text())
    assert len(info["curve_publickey"]) == 40 and len(info["curve_secretkey"]) == 40  # Z85


def test_an_encrypted_client_talks_to_the_kernel(curve_kernel):
    assert curve_kernel.client.curve_publickey, "the client must be using CURVE"
    info = curve_kernel.request("kernel_info_request")
    assert info.status == "ok" and info.content["implementation"] == "gilsim"
    assert curve_kernel.execute("%threads 2").status == "ok"
    assert curve_kernel.settings()["threads"] == 2
    assert curve_kernel.complete("%thr").content["matches"]


def test_heartbeat_is_encrypted_too(curve_kernel):
    server_key = curve_kernel.client.curve_publickey
    public, secret = zmq.curve_keypair()
    encrypted = raw_socket(curve_kernel, "hb", zmq.REQ, curve_serverkey=server_key,
                           curve_publickey=public, curve_secretkey=secret)
    plain = raw_socket(curve_kernel, "hb", zmq.REQ)
    try:
        encrypted.send(b"ping")
        assert received(encrypted, 2.0) == [[b"ping"]]
        if sent(plain, [b"ping"]):
            assert received(plain, 1.0) == [], "a plain-text heartbeat must not be answered"
    finally:
        encrypted.close()
        plain.close()


@pytest.mark.parametrize("channel", ["shell", "control"])
def test_a_plain_text_client_with_the_right_hmac_key_is_not_answered(curve_kernel, channel):
    socket = raw_socket(curve_kernel, channel)
    try:
        request = curve_kernel.session.msg("kernel_info_request", {})
        frames = curve_kernel.session.serialize(request)
        if sent(socket, frames):
            assert received(socket, 1.0) == []
    finally:
        socket.close()
    assert curve_kernel.request("kernel_info_request").status == "ok"


def test_without_encryption_no_keys_are_provisioned(kernel):
    info = json.loads(Path(kernel.manager.connection_file).read_text())
    assert "curve_secretkey" not in info
