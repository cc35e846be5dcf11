"""Fixtures of the sync tests: workstations (clinical databases) registered at the real
central store of tests/central_server.py (helpers in sync_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from maestro_desktop.services.clinic import Clinic
from maestro_desktop.store.database import open_store


@pytest.fixture
def ws_dsn(clinic: Clinic, central) -> str:
    """The `clinic` fixture's workstation, registered at site 01."""
    return central.register(clinic.store.workstation)


@pytest.fixture
def open_workstation(tmp_path: Path, protocol, clock) -> Iterator[Callable[[str], Clinic]]:
    """Open (or create) another clinical database under tmp_path by name."""
    opened: list[Clinic] = []

    def open_one(name: str) -> Clinic:
        clinic = Clinic(open_store(tmp_path / f"{name}.sqlite"), protocol, clock=clock)
        opened.append(clinic)
        return clinic

    yield open_one
    for clinic in opened:
        if clinic.store._lock is not None:  # noqa: SLF001 - still open
            clinic.close()
