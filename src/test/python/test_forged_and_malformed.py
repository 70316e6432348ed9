"""Messages a well-behaved client never sends: a bad signature is dropped without a reply and
changes nothing; malformed frames are survived; the kernel keeps answering (DESIGN §7,
../shared/BASEKERNEL.md: one such message used to end basekernel's shell thread)."""

from __future__ import annotations

import json

import pytest
from jupyter_client.session import Session

from harness import raw_socket, received

DELIMITER = b"<IDS|MSG>"


def forger_of(kernel, key: bytes) -> Session:
    return Session(key=key, signature_scheme=kernel.session.signature_scheme, username="mallory")


def execute_content(code: str) -> dict:
    return {"code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True}


def assert_answers_everything(kernel) -> None:
    assert kernel.request("kernel_info_request").status == "ok"
    assert kernel.request("kernel_info_request", channel="control").status == "ok"
    assert kernel.execute("%cores 2").status == "ok"
    assert kernel.settings()["cores"] == 2


@pytest.mark.parametrize("key", [b"not-the-key", b""], ids=["wrong-key", "unsigned"])
def test_execute_with_a_bad_signature_gets_no_reply_and_changes_nothing(kernel, key):
    forged = forger_of(kernel, key).send(kernel.client.shell_channel.socket, "execute_request",
                                         execute_content("%threads 3"))
    heard = kernel.anything_for(forged["header"]["msg_id"], 1.0)
    assert heard == [], "a forged request must not be answered, nor even marked busy"
    assert kernel.settings()["threads"] == 1
    assert_answers_everything(kernel)


def test_many_forged_messages_in_a_row_do_not_stop_the_shell(kernel):
    forger = forger_of(kernel, b"not-the-key")
    ids = [forger.send(kernel.client.shell_channel.socket, kind, content)["header"]["msg_id"]
           for kind, content in [("execute_request", execute_content("%gil off")),
                                 ("kernel_info_request", {}),
                                 ("complete_request", {"code": "%thr", "cursor_pos": 4})] * 5]
    kernel.anything_for(ids[-1], 0.5)
    assert all(kernel.anything_for(msg_id, 0) == [] for msg_id in ids)
    assert kernel.settings()["gil"] == "on"
    assert_answers_everything(kernel)


def test_forged_shutdown_on_the_control_channel_is_ignored(kernel):
    forger_of(kernel, b"not-the-key").send(kernel.client.control_channel.socket, "shutdown_request",
                                           {"restart": False})
    kernel.anything_for("", 1.0)
    assert kernel.manager.is_alive()
    assert_answers_everything(kernel)


def signed(kernel, header: bytes, parent: bytes = b"{}", metadata: bytes = b"{}",
           content: bytes = b"{}") -> list[bytes]:
    """Frames whose HMAC is right, whatever they contain."""
    parts = [header, parent, metadata, content]
    return [DELIMITER, kernel.session.sign(parts), *parts]


def header(kernel, msg_type: object = "kernel_info_request") -> bytes:
    """A header; msg_type None leaves the field out."""
    fields = {"msg_id": "m-1", "session": kernel.session.session, "username": "test",
              "date": "2025-01-01T00:00:00Z", "version": "5.3"}
    if msg_type is not None:
        fields["msg_type"] = msg_type
    return json.dumps(fields).encode()


MALFORMED = {
    "no delimiter": lambda k: [b"hello"],
    "delimiter only": lambda k: [DELIMITER],
    "too few frames": lambda k: [DELIMITER, b"0" * 64, b"{}"],
    "signed non-JSON header": lambda k: signed(k, b"{not json"),
    "signed non-UTF-8 header": lambda k: signed(k, b"\xff\xfe\xfa"),
    "signed JSON array as header": lambda k: signed(k, b"[1, 2, 3]"),
    "signed header without msg_type": lambda k: signed(k, header(k, None)),
    "signed msg_type of the wrong type": lambda k: signed(k, header(k, 42)),
    "signed execute without code": lambda k: signed(k, header(k, "execute_request")),
    "signed execute with array content": lambda k: signed(k, header(k, "execute_request"), content=b"[]"),
    "signed complete with a string cursor": lambda k: signed(
        k, header(k, "complete_request"), content=b'{"code": "%thr", "cursor_pos": "four"}'),
    "signed non-JSON content": lambda k: signed(k, header(k, "execute_request"), content=b"{{{"),
    "a megabyte of noise": lambda k: [DELIMITER, b"f" * 64, b"\x00" * (1 << 20)],
}


@pytest.mark.parametrize("channel", ["shell", "control", "stdin"])
def test_malformed_frames_do_not_stop_any_channel(kernel, channel):
    socket = raw_socket(kernel, channel)
    try:
        for frames in MALFORMED.values():
            socket.send_multipart(frames(kernel))
        received(socket, 0.5)  # whatever it answers (error replies are fine), it must go on
    finally:
        socket.close()
    assert kernel.manager.is_alive()
    assert_answers_everything(kernel)
