"""A full disk fails the action with a message, leaves nothing half-written, and can be retried."""

from __future__ import annotations

import pytest

from maestro_desktop.domain.subjects import Subject
from maestro_desktop.services import accounts, subjects
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.store.errors import WriteFailed


def _fill_disk(clinic: Clinic) -> None:
    """SQLite's page limit behaves exactly like a full disk (SQLITE_FULL)."""
    pages = clinic.db.execute("PRAGMA page_count").fetchone()[0]
    clinic.db.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_refuses_the_action_and_keeps_everything(tmp_path):
    clinic = Clinic.open(tmp_path / "full.sqlite")
    try:
        investigator = accounts.create_account(clinic, None, username="dr.a", display_name="Dr A",
                                              role="investigator", password="password-1")
        count = clinic.db.execute("SELECT count(*) FROM journal").fetchone()[0]
        _fill_disk(clinic)
        # Enough data to need a new page.
        big = Subject("01-001", "AB", 1980, "M", False,
                      clinic.now().date())
        filler = "x" * 8000
        with pytest.raises(WriteFailed, match="full"):
            with clinic.transaction():
                subjects.register_subject(clinic, investigator, big)
                clinic.record("note", {"text": filler}, actor="dr.a")
        assert clinic.db.execute("SELECT count(*) FROM journal").fetchone()[0] == count
        assert clinic.db.execute("SELECT count(*) FROM subjects").fetchone()[0] == 0

        clinic.db.execute("PRAGMA max_page_count = 1073741823")
        subjects.register_subject(clinic, investigator, big)
        assert clinic.db.execute("SELECT count(*) FROM subjects").fetchone()[0] == 1
    finally:
        clinic.close()
