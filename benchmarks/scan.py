"""Bedside vial scan, raw text to verdict, through `vials.scan` on a 10 000-vial cell bank.

One session is at GO; each timed scan is a vial picked at random from the bank (accepted, or
refused with VialRefused: quarantine, expired, allocated elsewhere). An accepted first scan is
simply replaced by the next. Everything `scan` does is counted: the GO gate re-evaluated, the
label parsed, the bank lookup, the verification and the journalled `vial.scanned` event.

The floor is one bare `Clinic.record` on the same database (a kind no projection handles, a
payload the size of a scan event), alternated in blocks with the scans: the ratio is what
verification adds beyond the durable write it cannot avoid. The target is absolute.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from .common import Result, percentile, work_dir

N, QUICK_N = 300, 100
VIALS = 10_000
BLOCK = 10     # alternate scans and floor writes every BLOCK so disk hiccups hit both
WARMUP = 10
MEDIAN_TARGET_MS = 10.0
CODE = "01-001"
OTHERS = [f"01-{n:03d}" for n in range(2, 21)]
GTIN = "09506000134352"
PASSWORD = "bench password 42"


def _din(i: int) -> str:
    return f"G123425{i:06d}"


def _bank(today: date) -> list:
    """Seven in ten usable (released, unallocated or allocated to CODE's first injection);
    the rest quarantined, expired or allocated to another subject. One in four is a GS1 vial
    (serial number), the rest ISBT 128 (DIN)."""
    from maestro_desktop.domain.cellbank import BankVial

    vials = []
    for i in range(1, VIALS + 1):
        gs1 = (i // 10) % 4 == 0
        vial_id, gtin = (f"SN{i:06d}", GTIN) if gs1 else (_din(i), None)
        status, expiry, subject, visit = "released", today + timedelta(days=365), None, None
        kind = i % 10
        if kind == 6:
            status = "quarantine"
        elif kind == 7:
            expiry = today - timedelta(days=1)
        elif kind == 8:
            subject, visit = OTHERS[i % len(OTHERS)], 1 + i % 3
        elif kind == 9:
            subject, visit = CODE, 1
        vials.append(BankVial(vial_id, f"L{i % 50:03d}", expiry, status, 1e8, 10.0, subject,
                              visit, gtin))
    return vials


def _label(vial) -> str:  # noqa: ANN001 - BankVial
    """What the scanner types for this vial's label."""
    from maestro_desktop.domain.labels import isbt_checksum

    if vial.gtin:
        return f"]d201{vial.gtin}17{vial.expiry:%y%m%d}10{vial.lot}|21{vial.vial_id}\r\n"
    return f"={vial.vial_id}{60 + isbt_checksum(vial.vial_id)}\r\n"


def _setup(path: Path):  # noqa: ANN202 - (clinic, nurse, session id, labels, import seconds)
    from maestro_desktop.domain.eligibility import EligibilityAnswers
    from maestro_desktop.domain.roles import Role
    from maestro_desktop.domain.subjects import Subject
    from maestro_desktop.domain.vitals import VitalSigns
    from maestro_desktop.services import accounts, cellbank, checks, eligibility, sessions, subjects
    from maestro_desktop.services.clinic import Clinic
    from maestro_desktop.settings import load_protocol
    from maestro_desktop.store.database import open_store

    clinic = Clinic(open_store(path), load_protocol())
    doctor = accounts.create_account(clinic, None, username="dr.bench", display_name="Dr Bench",
                                     role=Role.INVESTIGATOR, password=PASSWORD)
    nurse, coordinator = (accounts.create_account(clinic, doctor, username=u, display_name=u,
                                                  role=r, password=PASSWORD)
                          for u, r in (("nurse.bench", Role.NURSE),
                                       ("coord.bench", Role.COORDINATOR)))
    today = clinic.today()
    born = today.year - 45
    for code in (CODE, *OTHERS):
        subjects.register_subject(clinic, coordinator, Subject(code, "BEN", born, "M", False,
                                                               today))
    screening = today - timedelta(days=14)
    eligibility.save_eligibility(clinic, doctor, CODE, EligibilityAnswers(
        screening_date=screening, birth_date=date(born, 6, 15), edss=4.5,
        ppms_mcdonald_2017=True, progression_independent_of_relapse_2y=True,
        csf_oligoclonal_bands=True, consent_date=screening - timedelta(days=7),
        social_security=True, inflammatory_activity_12m=False, dmd_12m=False,
        high_dose_corticosteroids_30d=False, lp_contraindication=False, other_trial_6m=False,
        legal_protection=False, deprived_of_liberty=False))
    eligibility.sign_eligibility(clinic, doctor, CODE, PASSWORD)
    bank = _bank(today)
    started = time.perf_counter()
    cellbank.import_rows(clinic, coordinator, bank, file_name="bench bank")
    import_s = time.perf_counter() - started
    session = sessions.open_session(clinic, doctor, CODE, "V1").id
    for field, value in {"raised_icp": False, "puncture_site_infection": False,
                         "platelets_g_per_l": 180,
                         "platelets_sampled_on": today - timedelta(days=2),
                         "antithrombotic": False, "high_dose_corticosteroids": False,
                         "relapse_or_new_t2": False, "new_dmd": False, "other_trial": False,
                         "consent_valid": True}.items():
        checks.answer(clinic, nurse, session, field, value)
    checks.record_vitals(clinic, nurse, session, VitalSigns(122, 76, 72, 14, 98, False, 36.8,
                                                            "A"))
    checks.record_verdict(clinic, doctor, session, "GO")
    return clinic, nurse, session, [_label(v) for v in bank], import_s


def _timed(once: Callable[[], None], count: int, into: list[float]) -> None:
    for _ in range(count):
        t0 = time.perf_counter_ns()
        once()
        into.append((time.perf_counter_ns() - t0) / 1e6)


def run(quick: bool) -> list[Result]:
    from maestro_desktop.services import vials

    n = QUICK_N if quick else N
    rng = random.Random(4)
    outcomes = {"accepted": 0, "refused": 0}
    with work_dir() as tmp:
        clinic, nurse, session, labels, import_s = _setup(Path(tmp) / "scan.sqlite")
        picks = iter([rng.choice(labels) for _ in range(WARMUP + n)])

        def scan() -> None:
            try:
                vials.scan(clinic, nurse, session, next(picks))
                outcomes["accepted"] += 1
            except vials.VialRefused:
                outcomes["refused"] += 1

        def floor() -> None:
            clinic.record("bench.event", {"raw": labels[0], "role": "first", "manual": False,
                                          "vial_id": "G123425000001", "outcome": "accepted",
                                          "label": {"DIN": "G123425000001", "Flags": "60"}},
                          actor=nurse.username, subject=CODE, session=session)

        times: dict[str, list[float]] = {"scan": [], "floor": []}
        try:
            _timed(scan, WARMUP, [])
            _timed(floor, WARMUP, [])
            outcomes.update(accepted=0, refused=0)
            for block, start in enumerate(range(0, n, BLOCK)):
                count = min(BLOCK, n - start)
                order = ["scan", "floor"] if block % 2 == 0 else ["floor", "scan"]
                for name in order:
                    _timed(scan if name == "scan" else floor, count, times[name])
        finally:
            clinic.close()

    def stats(name: str) -> dict:
        return {"p50": percentile(times[name], 50), "p95": percentile(times[name], 95),
                "max": max(times[name])}

    details = {"n": n, "vials": VIALS, "import_s": round(import_s, 2), **outcomes,
               "scan": stats("scan"), "floor": stats("floor")}
    return [
        Result("vial scan to verdict p50", "ms", details["scan"]["p50"],
               details["floor"]["p50"], target=MEDIAN_TARGET_MS, absolute=True,
               details=details),
        Result("vial scan to verdict p95", "ms", details["scan"]["p95"],
               details["floor"]["p95"], details=details),
    ]
