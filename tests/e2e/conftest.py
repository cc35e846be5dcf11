"""End-to-end fixtures: databases prepared with the services, for the real application run as a
separate process (procedure_driver.py). No Qt in this process."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from visit_day import reach_go

from maestro_desktop.domain.labels import isbt_checksum
from maestro_desktop.domain.vitals import VitalSigns
from maestro_desktop.services import accounts, vials
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.demo import build_demo, demo_din

DOCTOR, NURSE, CODE = "dr.martin", "nurse.leroy", "01-001"


def isbt(sequence: int) -> str:
    """The DIN barcode of demo vial `sequence`, as the scanner reads it."""
    din = demo_din(sequence)
    return f"={din}{60 + isbt_checksum(din)}"


@pytest.fixture(scope="session")
def at_procedure_step(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A training database (the demo) with 01-001's injection 1 at GO and vial 1 scanned by the
    nurse, thawed 10 minutes ago and confirmed by the investigator: at the procedure step, on
    the real clock. Closed; copy it before use. -> (path, passwords)."""
    path = tmp_path_factory.mktemp("e2e") / "training.sqlite"
    clinic = Clinic.open(path, training=True)
    try:
        passwords = build_demo(clinic).passwords
        doctor = accounts.login(clinic, DOCTOR, passwords[DOCTOR])
        nurse = accounts.login(clinic, NURSE, passwords[NURSE])
        session = reach_go(clinic, doctor, doctor,
                           VitalSigns(124, 78, 72, 14, 98, False, 36.8, "A"), code=CODE)
        vials.scan(clinic, nurse, session, isbt(1))
        vials.set_thaw_time(clinic, nurse, session, clinic.now() - timedelta(minutes=10))
        state = vials.confirm(clinic, session, DOCTOR, passwords[DOCTOR], isbt(1))
        assert state.verified and state.session.step == "procedure"
    finally:
        clinic.close()
    return path, passwords
