"""Line magics over the wire: settings that persist, errors that say what is allowed (DESIGN §5)."""

from __future__ import annotations

import re

import pytest

from harness import SETTINGS_MIME

DEFAULTS = {
    "threads": 1,
    "cores": 4,
    "gil": "on",
    "refcount": "plain",
    "python": "3.11",
    "switch_interval_ns": 5_000_000,
    "seed": 0,
}


def assert_error_reply(exchange):
    """An error as front ends show it: in the reply and as an IOPub ``error`` message."""
    assert exchange.status == "error", exchange.visible_text()
    for where in (exchange.content, exchange.of_type("error")[0]["content"]):
        assert where["ename"], "ename must name the error"
        assert isinstance(where["evalue"], str)
        assert where["traceback"] and all(isinstance(line, str) for line in where["traceback"])


def test_config_shows_the_default_settings_in_text_html_and_json(kernel):
    shown = kernel.execute("%config")
    assert shown.status == "ok"
    settings = shown.settings()
    for key, value in DEFAULTS.items():
        assert settings[key] == value, key
    assert "immortal" in settings
    assert isinstance(settings["cost"], dict) and settings["cost"]
    assert isinstance(settings["limit"], dict) and settings["limit"]
    bundle = next(m["content"]["data"] for m in shown.of_type("display_data", "execute_result")
                  if SETTINGS_MIME in m["content"]["data"])
    assert "text/plain" in bundle and "text/html" in bundle


def test_threads_magic_persists_into_later_cells(kernel):
    assert kernel.execute("%threads 4").status == "ok"
    shown = kernel.execute("%config")
    assert shown.settings()["threads"] == 4
    text = "\n".join(shown.data("text/plain"))
    assert re.search(r"threads\W+4\b", text), text


def test_several_magics_in_one_cell_apply_in_order(kernel):
    assert kernel.execute("%gil off\n%cores 8\n%gil legacy\n").status == "ok"
    settings = kernel.settings()
    assert settings["gil"] == "legacy" and settings["cores"] == 8


def test_switchinterval_accepts_units(kernel):
    assert kernel.execute("%switchinterval 500us").status == "ok"
    assert kernel.settings()["switch_interval_ns"] == 500_000
    assert kernel.execute("%switchinterval 0.002").status == "ok"
    assert kernel.settings()["switch_interval_ns"] == 2_000_000


def test_reset_restores_the_defaults(kernel):
    kernel.execute("%threads 3\n%gil off")
    assert kernel.execute("%reset").status == "ok"
    settings = kernel.settings()
    assert settings["threads"] == 1 and settings["gil"] == "on"


BAD_ARGUMENTS = {
    "%threads 0": ["1"],
    "%threads lots": ["1"],
    "%threads 100000": ["1"],
    "%gil maybe": ["on", "legacy", "off", "per-interpreter"],
    "%cores -1": ["1", "64"],
    "%refcount sometimes": ["plain", "locked", "global-lock", "atomic", "biased"],
    "%switchinterval abc": ["ms"],
}


@pytest.mark.parametrize("cell", BAD_ARGUMENTS)
def test_bad_argument_is_an_error_naming_the_allowed_values_and_changes_nothing(kernel, cell):
    before = kernel.settings()
    failed = kernel.execute(cell)
    assert_error_reply(failed)
    message = failed.visible_text()
    for allowed in BAD_ARGUMENTS[cell]:
        assert allowed in message, f"{cell!r}: the error should name {allowed!r}:\n{message}"
    assert kernel.settings() == before


def test_unknown_magic_suggests_the_close_match(kernel):
    failed = kernel.execute("%thread 4")
    assert_error_reply(failed)
    assert "%threads" in failed.visible_text()


@pytest.mark.parametrize("cell", ["", "   \n\n", "# just a comment", "# one\n   # two\n"])
def test_empty_and_comment_only_cells_succeed_silently(kernel, cell):
    done = kernel.execute(cell)
    assert done.status == "ok"
    assert done.outputs() == []


def test_lsmagic_lists_every_required_magic(kernel):
    listed = kernel.execute("%lsmagic")
    assert listed.status == "ok"
    text = listed.visible_text()
    for name in ("threads", "cores", "gil", "refcount", "immortal", "python", "switchinterval",
                 "seed", "cost", "watch", "timeline", "report", "limit", "config", "reset",
                 "lsmagic", "help", "compare"):
        assert f"%{name}" in text, name
