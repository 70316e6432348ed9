"""The latency a learner feels: after the first execute, a trivial cell's execute round trip and
a completion reply within 10 ms (DESIGN §7). Medians, so that one GC pause or a busy CI core
does not decide; a transport that sleeps between polls misses by a wide margin."""

from __future__ import annotations

import time

from harness import median

BUDGET = 0.010
WARM_UP = 10
SAMPLES = 21


def round_trip(kernel, send) -> float:
    sent_at = time.perf_counter()
    msg_id = send()
    exchange = kernel.wait(msg_id)
    assert exchange.status == "ok"
    return exchange.reply["received_at"] - sent_at


def test_trivial_execute_round_trip_is_within_10_ms(kernel):
    def send():
        return kernel.send_execute("%seed 1")

    for _ in range(WARM_UP):
        round_trip(kernel, send)
    observed = median(round_trip(kernel, send) for _ in range(SAMPLES))
    assert observed < BUDGET, f"median execute round trip {observed * 1000:.1f} ms"


def test_completion_reply_is_within_10_ms(kernel):
    def send():
        return kernel.send("complete_request", {"code": "%gil o", "cursor_pos": 6})

    for _ in range(WARM_UP):
        round_trip(kernel, send)
    observed = median(round_trip(kernel, send) for _ in range(SAMPLES))
    assert observed < BUDGET, f"median completion round trip {observed * 1000:.1f} ms"
