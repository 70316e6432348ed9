"""complete, inspect and the pager, with positions in Unicode code points (DESIGN §7)."""

from __future__ import annotations

import pytest


def test_magic_name_completion_includes_the_percent_sign(kernel):
    reply = kernel.complete("%thr").content
    assert reply["status"] == "ok"
    assert "%threads" in reply["matches"]
    assert reply["cursor_start"] == 0 and reply["cursor_end"] == 4


def test_magic_argument_completion_offers_the_matching_values(kernel):
    reply = kernel.complete("%gil o").content
    assert set(reply["matches"]) >= {"on", "off"}
    assert "legacy" not in reply["matches"]
    assert reply["cursor_start"] == 5 and reply["cursor_end"] == 6


@pytest.mark.parametrize("before", ["# 😀\n", "%seed 1  # 😀 🧵\n", "# 𝔊𝔦𝔩 and é\n"])
def test_positions_count_code_points_after_astral_characters(kernel, before):
    """Python's len() counts code points, as the protocol does; UTF-16 would count each
    emoji twice and shift every position after it."""
    code = before + "%thr"
    reply = kernel.complete(code).content
    assert "%threads" in reply["matches"]
    assert reply["cursor_start"] == len(before)
    assert reply["cursor_end"] == len(code)


def test_completion_in_the_middle_of_a_cell(kernel):
    code = "%gil o\n%threads 4\n"
    reply = kernel.complete(code, cursor_pos=len("%gil o")).content
    assert set(reply["matches"]) >= {"on", "off"}
    assert reply["cursor_start"] == 5 and reply["cursor_end"] == 6


def test_inspect_of_a_magic_gives_its_help(kernel):
    reply = kernel.inspect("%gil").content
    assert reply["status"] == "ok" and reply["found"] is True
    text = reply["data"]["text/plain"]
    for value in ("on", "legacy", "off", "per-interpreter"):
        assert value in text


def test_inspect_with_the_cursor_inside_a_magic_name(kernel):
    reply = kernel.inspect("%threads 4", cursor_pos=3).content
    assert reply["found"] is True
    assert "threads" in reply["data"]["text/plain"]


@pytest.mark.parametrize("cell,magic", [("%gil?", "gil"), ("?%threads", "threads"), ("%cores?", "cores")])
def test_question_mark_shows_help_in_the_pager(kernel, cell, magic):
    shown = kernel.execute(cell)
    assert shown.status == "ok"
    pages = shown.pages()
    assert len(pages) == 1, shown.content
    assert magic in pages[0]


def test_help_magic_shows_the_help_of_a_magic(kernel):
    shown = kernel.execute("%help gil")
    assert shown.status == "ok"
    text = shown.visible_text()
    for value in ("on", "legacy", "off", "per-interpreter"):
        assert value in text
