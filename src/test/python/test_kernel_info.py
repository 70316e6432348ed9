"""kernel_info and the busy/idle status that front ends wait for (DESIGN §2, §7)."""

from __future__ import annotations

import pytest

PYTHON_CODEMIRROR_MODES = {"python", "ipython"}
PYTHON_LEXERS = {"python", "python3", "ipython", "ipython3"}


def test_kernel_info_names_the_implementation_and_its_version(kernel):
    info = kernel.request("kernel_info_request")
    assert info.status == "ok"
    assert info.content["implementation"] == "gilsim"
    assert info.content["implementation_version"]
    assert info.content["protocol_version"].startswith("5.")
    assert info.content["banner"].strip()
    assert isinstance(info.content.get("help_links", []), list)


def test_language_info_is_gilsim_highlighted_as_python(kernel):
    language = kernel.request("kernel_info_request").content["language_info"]
    assert language["name"] == "gilsim", "'python' would make tools send real Python to it"
    mode = language["codemirror_mode"]
    mode_name = mode["name"] if isinstance(mode, dict) else mode
    assert mode_name in PYTHON_CODEMIRROR_MODES
    assert language["pygments_lexer"] in PYTHON_LEXERS
    assert language["file_extension"] == ".py"
    assert language["nbconvert_exporter"] == "script", "the python exporter rewrites % magics"


REQUESTS = [
    ("kernel_info_request", {}),
    ("execute_request", {"code": "%threads 2", "silent": False, "store_history": True,
                         "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}),
    ("complete_request", {"code": "%thr", "cursor_pos": 4}),
    ("inspect_request", {"code": "%gil", "cursor_pos": 4, "detail_level": 0}),
    ("is_complete_request", {"code": "%threads 4"}),
    ("history_request", {"output": False, "raw": True, "hist_access_type": "tail", "n": 10}),
    ("comm_info_request", {}),
]


@pytest.mark.parametrize("msg_type,content", REQUESTS, ids=[r[0] for r in REQUESTS])
def test_every_request_is_framed_by_busy_then_idle(kernel, msg_type, content):
    exchange = kernel.request(msg_type, content)
    assert exchange.reply["msg_type"] == msg_type.replace("_request", "_reply")
    states = exchange.statuses()
    assert states[0] == "busy" and states[-1] == "idle" and states.count("idle") == 1, states
    assert exchange.iopub[0]["msg_type"] == "status", "busy comes before anything else"
