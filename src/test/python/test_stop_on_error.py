"""After an error, queued execute requests are aborted unless stop_on_error is false: how
"Run All" stops and how nbclient's raises-exception tag works (DESIGN §7)."""

from __future__ import annotations


def send_three_at_once(kernel, stop_on_error: bool) -> list[str]:
    return [
        kernel.send_execute("%gil maybe", stop_on_error=stop_on_error),
        kernel.send_execute("%threads 2"),
        kernel.send_execute("%cores 8"),
    ]


def test_requests_queued_behind_an_error_are_aborted(kernel):
    first, second, third = (kernel.wait(msg_id) for msg_id in send_three_at_once(kernel, True))
    assert first.status == "error"
    assert second.status == "aborted" and third.status == "aborted"
    settings = kernel.settings()
    assert settings["threads"] == 1 and settings["cores"] == 4, "aborted cells must not run"


def test_with_stop_on_error_false_the_queued_requests_run(kernel):
    first, second, third = (kernel.wait(msg_id) for msg_id in send_three_at_once(kernel, False))
    assert first.status == "error"
    assert second.status == "ok" and third.status == "ok"
    settings = kernel.settings()
    assert settings["threads"] == 2 and settings["cores"] == 8


def test_requests_sent_after_the_error_was_answered_run(kernel):
    assert kernel.execute("%gil maybe").status == "error"
    assert kernel.execute("%threads 2").status == "ok"
    assert kernel.settings()["threads"] == 2
