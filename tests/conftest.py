"""Shared fixtures for the non-GUI tests. No Qt here: GUI fixtures live in tests/gui/conftest.py.

Every test gets its own MAESTRO_DATA_DIR, so nothing ever touches the real user folder, and
clinics run on a fixed clock that a test moves forward explicitly. Every test runs in English
(the language of the messages the tests assert), whatever the machine's locale or settings
file: a test in another language installs it itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from subject_answers import eligible_answers

from maestro_desktop import translations
from maestro_desktop.domain.eligibility import EligibilityAnswers
from maestro_desktop.domain.protocol import Protocol
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.vitals import VitalSigns
from maestro_desktop.services import accounts, checks, eligibility, subjects
from maestro_desktop.services.clinic import Clinic, User
from maestro_desktop.services.demo import DemoAccounts, build_demo
from maestro_desktop.settings import load_protocol
from maestro_desktop.store.database import open_store

# Noon UTC: the same calendar day in every workstation time zone from UTC-11 to UTC+11.
START = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse 42"


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime = START) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("MAESTRO_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _english(tmp_path_factory: pytest.TempPathFactory,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English for every test, and no settings file of the real user: the `maestro` command
    installs the chosen language at start, which is then the system's, made English here."""
    monkeypatch.setenv("MAESTRO_CONFIG_DIR", str(tmp_path_factory.mktemp("user-config")))
    monkeypatch.setattr(translations, "system_language", lambda: "en")
    translations.install("en")
    yield
    translations.install("en")


@pytest.fixture(scope="session")
def protocol() -> Protocol:
    return load_protocol()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def tmp_db_path(tmp_path: Path) -> Path:
    return tmp_path / "maestro.sqlite"


@pytest.fixture
def clinic(tmp_db_path: Path, protocol: Protocol, clock: FixedClock) -> Iterator[Clinic]:
    """An empty clinical database on the fixed clock."""
    opened = Clinic(open_store(tmp_db_path), protocol, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def password() -> str:
    """The password of every `staff` account."""
    return PASSWORD


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, at the lowest cost: for tests about accounts, not about the KDF's cost
    (tests/services/test_accounts.py checks the real parameters)."""
    from argon2 import PasswordHasher, Type

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)
    monkeypatch.setattr(accounts, "_hasher", lambda: cheap)


@pytest.fixture
def staff(clinic: Clinic, cheap_argon2: None) -> dict[Role, User]:
    """One account per role, all with the password PASSWORD (hashed cheaply)."""
    people = {}
    investigator = accounts.create_account(clinic, None, username="dr.house",
                                           display_name="Dr Ann House",
                                           role=Role.INVESTIGATOR, password=PASSWORD)
    people[Role.INVESTIGATOR] = investigator
    for username, name, role in (("nurse.joy", "Joy Nurse", Role.NURSE),
                                 ("coord.amy", "Amy Coord", Role.COORDINATOR)):
        people[role] = accounts.create_account(clinic, investigator, username=username,
                                               display_name=name, role=role,
                                               password=PASSWORD)
    return people


@pytest.fixture
def eligibility_answers(clinic: Clinic) -> Callable[[str], EligibilityAnswers]:
    """code -> the eligible answers of that registered subject (see `eligible_answers`)."""
    return lambda code: eligible_answers(subjects.get_subject(clinic, code))


@pytest.fixture
def eligible(clinic: Clinic, staff: dict[Role, User],
             eligibility_answers: Callable[[str], EligibilityAnswers],
             ) -> Callable[[str], eligibility.EligibilityState]:
    """code -> save a complete eligible record and sign it as the investigator, as visit 1
    requires. Journals eligibility.saved, login.succeeded and eligibility.signed."""
    def sign(code: str) -> eligibility.EligibilityState:
        investigator = staff[Role.INVESTIGATOR]
        eligibility.save_eligibility(clinic, investigator, code, eligibility_answers(code))
        state = eligibility.sign_eligibility(clinic, investigator, code, PASSWORD)
        assert state.signed_and_eligible, state.evaluation.summary()
        return state
    return sign


@pytest.fixture
def normal_vitals() -> VitalSigns:
    """A complete baseline set inside every usual range (nothing to confirm)."""
    return VitalSigns(systolic_bp=122, diastolic_bp=76, heart_rate=72, respiratory_rate=14,
                      spo2=98, oxygen=False, temperature=36.8, consciousness="A")


@pytest.fixture
def all_clear(normal_vitals: VitalSigns) -> Callable[..., checks.ChecksState]:
    """(clinic, actor, session id) -> answer every visit-day check with a passing answer
    (platelets 180 G/L sampled 2 days ago, no antithrombotic, no corticosteroids, consent valid,
    a negative pregnancy test for childbearing potential) and record normal baseline vitals
    unless vitals=False."""
    def answer_all(target: Clinic, actor: User, session_id: str, *,
                   vitals: bool = True) -> checks.ChecksState:
        state = checks.get_checks(target, session_id)
        answers = {"raised_icp": False, "puncture_site_infection": False,
                   "platelets_g_per_l": 180,
                   "platelets_sampled_on": target.today() - timedelta(days=2),
                   "antithrombotic": False, "high_dose_corticosteroids": False,
                   "relapse_or_new_t2": False, "new_dmd": False, "other_trial": False,
                   "consent_valid": True}
        if state.childbearing_potential:
            answers |= {"pregnancy_test": "negative", "breastfeeding": False}
        for field, value in answers.items():
            state = checks.answer(target, actor, session_id, field, value)
        if vitals:
            state = checks.record_vitals(target, actor, session_id, normal_vitals)
            assert state.evaluation.go, state.evaluation.summary()
        return state
    return answer_all


@pytest.fixture
def demo(tmp_path: Path, protocol: Protocol,
         clock: FixedClock) -> Iterator[tuple[Clinic, DemoAccounts]]:
    """A training database filled by services.demo.build_demo, still open."""
    opened = Clinic(open_store(tmp_path / "training.sqlite", training=True), protocol,
                    clock=clock)
    made = build_demo(opened)
    yield opened, made
    opened.close()


@pytest.fixture
def demo_file(demo: tuple[Clinic, DemoAccounts]) -> Path:
    """The same training database, closed, for tools that open the file themselves."""
    opened, _ = demo
    opened.close()
    return opened.store.path


@pytest.fixture
def journal_count() -> Callable[[Clinic], int]:
    def count(target: Clinic) -> int:
        return target.db.execute("SELECT count(*) FROM journal").fetchone()[0]
    return count


@pytest.fixture
def journal_kinds() -> Callable[[Clinic], list[str]]:
    def kinds(target: Clinic) -> list[str]:
        return [row[0] for row in target.db.execute("SELECT kind FROM journal ORDER BY seq")]
    return kinds


@pytest.fixture
def raw_sqlite() -> Iterator[Callable[[Path], sqlite3.Connection]]:
    """A plain sqlite3 connection, as someone editing the file behind the app's back would use."""
    opened: list[sqlite3.Connection] = []

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.close()


# The real PostgreSQL server of the sync tests (tests/central_server.py).
from central_server import central, central_server  # noqa: E402, F401
from secure_server import secure_server  # noqa: E402, F401
