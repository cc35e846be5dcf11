"""The six steps of an injection session and how each is shown on the rail."""

from __future__ import annotations

from enum import StrEnum

from .i18n import tr_table

STEPS = ("patient", "checks", "vial", "procedure", "observation", "signoff")
STEP_LABELS = tr_table("steps", {
    "patient": "Patient and visit",
    "checks": "Pre-procedure checks",
    "vial": "Vial identity",
    "procedure": "Procedure",
    "observation": "Observation",
    "signoff": "Sign-off and sheet",
})


class StepState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    LOCKED = "locked"


STEP_STATE_WORDS = tr_table("steps", {"done": "done", "current": "current", "locked": "locked"})


def step_states(completed: set[str]) -> dict[str, StepState]:
    """Steps run in order: the first not completed is current, everything after is locked."""
    states: dict[str, StepState] = {}
    current_found = False
    for step in STEPS:
        if step in completed and not current_found:
            states[step] = StepState.DONE
        elif not current_found:
            states[step] = StepState.CURRENT
            current_found = True
        else:
            states[step] = StepState.LOCKED
    return states
