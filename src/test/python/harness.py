"""A Jupyter client for the end-to-end tests.

A ``Kernel`` is started the way JupyterLab and nbclient start one: jupyter_client's
KernelManager reads the installed kernel.json (found through JUPYTER_PATH, see conftest.py),
launches its argv and talks to it over real ZeroMQ. Each request is followed by gathering its
reply and the IOPub messages that name it as parent, up to its ``idle`` status, so that a test
sees exactly what a front end would see for that request.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Iterable

import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

KERNEL_NAME = "gilsim"
SETTINGS_MIME = "application/vnd.gilsim.settings+json"
START_TIMEOUT = 60.0
REPLY_TIMEOUT = 30.0


@dataclass
class Exchange:
    """One request, its reply and its IOPub messages (up to and including ``idle``)."""

    request_id: str
    reply: dict | None = None
    iopub: list[dict] = field(default_factory=list)
    idle_seen: bool = False

    @property
    def content(self) -> dict:
        assert self.reply is not None, "no reply"
        return self.reply["content"]

    @property
    def status(self) -> str:
        return self.content["status"]

    def of_type(self, *msg_types: str) -> list[dict]:
        return [m for m in self.iopub if m["msg_type"] in msg_types]

    def statuses(self) -> list[str]:
        return [m["content"]["execution_state"] for m in self.of_type("status")]

    def outputs(self) -> list[dict]:
        """IOPub messages a notebook would show as cell output."""
        return self.of_type("stream", "display_data", "execute_result", "error", "update_display_data")

    def data(self, mimetype: str) -> list[Any]:
        """Every ``mimetype`` value of the display_data and execute_result messages."""
        return [
            m["content"]["data"][mimetype]
            for m in self.of_type("display_data", "execute_result")
            if mimetype in m["content"]["data"]
        ]

    def pages(self) -> list[str]:
        """text/plain of every pager payload of an execute_reply."""
        return [
            p["data"]["text/plain"]
            for p in self.content.get("payload", [])
            if p.get("source") == "page" and "text/plain" in p.get("data", {})
        ]

    def visible_text(self) -> str:
        """All text a user would read: streams, text/plain, errors, pager payloads."""
        parts: list[str] = []
        for m in self.outputs():
            c = m["content"]
            if m["msg_type"] == "stream":
                parts.append(c["text"])
            elif m["msg_type"] == "error":
                parts.extend([c["ename"], c["evalue"], *c["traceback"]])
            else:
                parts.append(str(c.get("data", {}).get("text/plain", "")))
        if self.reply is not None:
            parts.extend(self.pages())
            if self.status == "error":
                parts.extend([self.content.get("ename", ""), self.content.get("evalue", "")])
                parts.extend(self.content.get("traceback", []))
        return "\n".join(parts)

    def settings(self) -> dict:
        """The settings JSON object of a %config output (exactly one expected)."""
        found = self.data(SETTINGS_MIME)
        assert len(found) == 1, f"expected one {SETTINGS_MIME} output, got {len(found)}: {self.iopub}"
        assert isinstance(found[0], dict), f"{SETTINGS_MIME} must be a JSON object, got {found[0]!r}"
        return found[0]


class Kernel:
    """A started kernel and a client connected to all its channels."""

    def __init__(self, manager: KernelManager):
        self.manager = manager
        self.client = manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=START_TIMEOUT)
        self._replies: dict[str, dict] = {}
        self._iopub: dict[str, list[dict]] = {}
        self._poller = zmq.Poller()
        self._channels = {
            self.client.shell_channel.socket: self.client.shell_channel,
            self.client.control_channel.socket: self.client.control_channel,
            self.client.iopub_channel.socket: self.client.iopub_channel,
        }
        for socket in self._channels:
            self._poller.register(socket, zmq.POLLIN)

    @classmethod
    def start(cls, env: dict[str, str] | None = None, **manager_options: Any) -> "Kernel":
        """Starts the installed kernel; ``env`` replaces the kernel's environment."""
        manager = KernelManager(kernel_name=KERNEL_NAME, **manager_options)
        if env is None:
            manager.start_kernel()
        else:
            manager.start_kernel(env=env)
        try:
            return cls(manager)
        except BaseException:
            manager.shutdown_kernel(now=True)
            raise

    @property
    def session(self) -> Session:
        return self.client.session

    # --- sending ---------------------------------------------------------------------------

    def send(self, msg_type: str, content: dict | None = None, channel: str = "shell") -> str:
        """Sends a request on ``channel`` (shell or control); returns its msg_id."""
        msg = self.session.msg(msg_type, content or {})
        getattr(self.client, f"{channel}_channel").send(msg)
        return msg["header"]["msg_id"]

    def send_execute(self, code: str, **options: Any) -> str:
        content = {
            "code": code,
            "silent": False,
            "store_history": True,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        content.update(options)
        return self.send("execute_request", content)

    # --- receiving -------------------------------------------------------------------------

    def _pump(self, timeout: float) -> bool:
        """Reads whatever arrives within ``timeout`` seconds; True if anything did."""
        events = dict(self._poller.poll(max(0, int(timeout * 1000))))
        for socket in events:
            channel = self._channels[socket]
            while True:
                try:
                    msg = channel.get_msg(timeout=0)
                except Exception:  # queue.Empty: nothing more on this socket
                    break
                msg["received_at"] = time.perf_counter()
                parent = msg.get("parent_header", {}).get("msg_id")
                if channel is self.client.iopub_channel:
                    self._iopub.setdefault(parent, []).append(msg)
                else:
                    self._replies[parent] = msg
        return bool(events)

    def wait(self, msg_id: str, timeout: float = REPLY_TIMEOUT) -> Exchange:
        """Waits for the reply to ``msg_id`` and for its IOPub ``idle`` status."""
        deadline = time.monotonic() + timeout
        exchange = Exchange(msg_id)
        while True:
            exchange.reply = self._replies.get(msg_id)
            exchange.iopub = list(self._iopub.get(msg_id, []))
            exchange.idle_seen = "idle" in exchange.statuses()
            if exchange.reply is not None and exchange.idle_seen:
                return exchange
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"request {msg_id}: reply={'yes' if exchange.reply else 'no'}, "
                    f"idle={'yes' if exchange.idle_seen else 'no'} after {timeout} s; "
                    f"iopub so far: {[m['msg_type'] for m in exchange.iopub]}"
                )
            self._pump(min(remaining, 0.05))

    def wait_reply(self, msg_id: str, timeout: float = REPLY_TIMEOUT) -> dict:
        """Waits for the reply to ``msg_id`` only (for requests after which the kernel may
        no longer publish, such as shutdown)."""
        deadline = time.monotonic() + timeout
        while msg_id not in self._replies:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no reply to {msg_id} within {timeout} s")
            self._pump(min(remaining, 0.05))
        return self._replies[msg_id]

    def wait_for_iopub(self, msg_id: str, predicate, timeout: float = REPLY_TIMEOUT) -> dict:
        """Waits for the first IOPub message of ``msg_id`` for which ``predicate`` holds."""
        deadline = time.monotonic() + timeout
        while True:
            for msg in self._iopub.get(msg_id, []):
                if predicate(msg):
                    return msg
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no matching IOPub message for {msg_id} within {timeout} s")
            self._pump(min(remaining, 0.01))

    def anything_for(self, msg_id: str, seconds: float) -> list[dict]:
        """Listens for ``seconds``; returns every reply or IOPub message naming ``msg_id``."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            self._pump(min(remaining, 0.05))
        found = list(self._iopub.get(msg_id, []))
        if msg_id in self._replies:
            found.append(self._replies[msg_id])
        return found

    def request(self, msg_type: str, content: dict | None = None, channel: str = "shell",
                timeout: float = REPLY_TIMEOUT) -> Exchange:
        return self.wait(self.send(msg_type, content, channel), timeout)

    def execute(self, code: str, timeout: float = REPLY_TIMEOUT, **options: Any) -> Exchange:
        return self.wait(self.send_execute(code, **options), timeout)

    def complete(self, code: str, cursor_pos: int | None = None) -> Exchange:
        pos = len(code) if cursor_pos is None else cursor_pos
        return self.request("complete_request", {"code": code, "cursor_pos": pos})

    def inspect(self, code: str, cursor_pos: int | None = None, detail_level: int = 0) -> Exchange:
        pos = len(code) if cursor_pos is None else cursor_pos
        return self.request("inspect_request", {"code": code, "cursor_pos": pos, "detail_level": detail_level})

    def is_complete(self, code: str) -> Exchange:
        return self.request("is_complete_request", {"code": code})

    def runs_python(self) -> bool:
        """False while the kernel answers Python code with NotImplementedError (before the
        language lands, issue 3); any other answer, error or not, counts as running it."""
        probe = self.execute("x = 1")
        return not (probe.status == "error" and probe.content.get("ename") == "NotImplementedError")

    def settings(self) -> dict:
        result = self.execute("%config")
        assert result.status == "ok", result.visible_text()
        return result.settings()

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def pid(self) -> int:
        return self.manager.provisioner.process.pid

    def close(self) -> None:
        self.client.stop_channels()
        if self.manager.has_kernel:
            self.manager.shutdown_kernel(now=False)


def raw_socket(kernel: Kernel, channel: str, socket_type: int = zmq.DEALER, **curve: bytes) -> zmq.Socket:
    """A plain ZeroMQ socket connected to one of the kernel's ports, with no help from
    jupyter_client: to send what a well-behaved client never would."""
    info = kernel.manager.get_connection_info()
    socket = zmq.Context.instance().socket(socket_type)
    socket.linger = 0
    # A socket whose handshake the kernel refuses (CURVE) may have no peer to queue to: a send
    # then raises zmq.Again after a second instead of blocking the test.
    socket.sndtimeo = 1000
    for option, value in curve.items():
        setattr(socket, option, value)
    socket.connect(f"{info['transport']}://{info['ip']}:{info[f'{channel}_port']}")
    return socket


def sent(socket: zmq.Socket, frames: list[bytes]) -> bool:
    """Sends ``frames``; False when ZeroMQ had no peer to queue them to within a second."""
    try:
        socket.send_multipart(frames)
        return True
    except zmq.Again:
        return False


def received(socket: zmq.Socket, seconds: float) -> list[list[bytes]]:
    """Everything ``socket`` receives within ``seconds``."""
    frames = []
    deadline = time.monotonic() + seconds
    while (remaining := deadline - time.monotonic()) > 0:
        if socket.poll(int(remaining * 1000) + 1):
            frames.append(socket.recv_multipart())
    return frames


def median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
