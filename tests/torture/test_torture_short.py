"""Crash torture, short version of `make torture`: the scripted driver (driver.py) is SIGKILLed
8 times at random moments; after each kill the database must pass SQLite's integrity check,
keep its hash chain intact, hold every event the driver acknowledged, and reopen on the session
that was open, which the next run continues (harness.py does the checking)."""

from __future__ import annotations

import pytest
from harness import run

KILLS = 8
SEED = 20260309          # fixed: the same kill moments (give or take the machine) every run


@pytest.mark.slow
def test_acknowledged_events_survive_random_kills(tmp_path):
    figures = run(KILLS, seed=SEED, db_dir=tmp_path, rebuild_every=4, say=lambda _line: None)
    report = figures.report()
    assert figures.kills == KILLS, report
    assert figures.acknowledged > 0 and figures.found == figures.acknowledged, report
    assert not figures.lost, report
    assert figures.integrity_failures == figures.chain_failures == 0, report
    assert figures.ack_order_failures == figures.driver_failures == 0, report
    assert figures.resume_failures == 0 and figures.resumes_checked > 0, report
    assert figures.projection_checks >= 2 and figures.projection_failures == 0, report
    assert figures.ok, report
