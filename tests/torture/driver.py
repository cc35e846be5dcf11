"""The child of the crash torture: scripted bedside work through the services, until killed.

    python tests/torture/driver.py --db PATH --seed N [--passwords FILE] [--max-actions N]

Opens the database as the app does (Clinic.open), prints `RESUME <session id | ->` for the
session left open on this workstation, logs the three demo people in once, then loops: each
step reads where the work stands from the services and makes one service call, so a run
started on a database killed at any moment carries on from there:

  no open session  the next due visit of a subject with a usable vial is opened (V1 needs the
                   signed eligibility); when none is left a new subject is registered, its
                   eligibility saved and signed and three vials imported for it, for ever
  checks           every applicable answer, baseline vital signs (sometimes a second set),
                   then GO (NO-GO with a reason if the checks somehow do not pass)
  vial             the nurse scans the allocated vial, enters the thawing time, the
                   investigator confirms it
  procedure        the seven stamps, ~1-7 minutes apart (a deviation would be acknowledged)
  observation      every scheduled set (a missed one recorded as not done), now and then an
                   unscheduled set or an adverse event and its follow-up, then the discharge
  signoff          the investigator's signature; the session closes

Output, one line each, flushed after every call:
  CALL <what>          just before a service call
  ACK <seq> <id>       every journal event committed since the previous ACK, read back from
                       the database after the call returned (or raised after committing)
  STATE <id | ->       the session open on this workstation after the call
  DONE                 --max-actions calls made; the process exits 0

Time is simulated so that a 6-hour observation takes milliseconds: the clinic's clock starts
just after the latest time in the journal (or now, if later) and moves forward only as the
script says (clinical minutes between stamps, the observation schedule). A run restarted
after a kill therefore continues the same timeline.

Anything unexpected (a refused call, an exception) is printed on stderr with `DRIVER FAILED`
and ends the process with code 3: the harness counts it as a failure.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from maestro_desktop.domain.adverse_events import AdverseEvent
from maestro_desktop.domain.cellbank import BankVial
from maestro_desktop.domain.labels import isbt_checksum
from maestro_desktop.domain.observation import CheckStatus, Extras
from maestro_desktop.domain.procedure import STAMPS
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.domain.visits import visit_plan
from maestro_desktop.domain.vitals import VitalSigns

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # tests/: shared answers
from subject_answers import eligible_answers  # noqa: E402

from maestro_desktop.services import (
    accounts,
    adverse_events,
    cellbank,
    checks,
    eligibility,
    observation,
    procedure,
    sessions,
    signoff,
    subjects,
    vials,
)
from maestro_desktop.services.clinic import Clinic, User
from maestro_desktop.services.sessions import SessionInfo
from maestro_desktop.store import journal

DOCTOR, NURSE, COORDINATOR = "dr.martin", "nurse.leroy", "coord.bernard"
DEMO_SITE = "01"                  # the demo's own subjects; the driver registers 02-001 onwards
TORTURE_FACILITY = "T9876"        # DINs of the vials the driver imports for its subjects
VIAL_VOLUME_ML = 10.0

BASELINE = VitalSigns(124, 78, 72, 14, 98, False, 36.8, "A")
OBSERVED = VitalSigns(122, 76, 70, 15, 97, False, 36.9, "A")
ANSWERS: dict[str, Any] = {
    "raised_icp": False, "puncture_site_infection": False, "platelets_g_per_l": 180,
    "antithrombotic": False, "high_dose_corticosteroids": False, "relapse_or_new_t2": False,
    "new_dmd": False, "other_trial": False, "consent_valid": True,
    "pregnancy_test": "negative", "breastfeeding": False,
}
DETAILS: dict[str, dict[str, Any]] = {
    "needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic", "attempts": 1},
    "csf_obtained": {"volume_ml": 5, "appearance": "clear"},
    "infusion_end": {"volume_ml": VIAL_VOLUME_ML},
}
# Clinical minutes from the previous stamp: a 7-minute infusion of 10 mL (1.43 mL/min).
STAMP_GAP_MINUTES = {"positioned": 1, "needle_in": 2, "csf_obtained": 2, "infusion_start": 1,
                     "infusion_end": 7, "needle_out": 1, "lying_flat": 1}
CLOSED_CHECK = (CheckStatus.DONE, CheckStatus.MISSED)
TICK = timedelta(seconds=20)       # a person's pace between two calls


class DriverFailed(Exception):
    """The script met a state it does not expect."""


class SimClock:
    """The clinic's clock: moves only forward, and only when the script says so."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def tick(self, delta: timedelta = TICK) -> None:
        self.moment += delta

    def at_least(self, moment: datetime) -> None:
        self.moment = max(self.moment, moment)


def latest_journal_time(clinic: Clinic) -> datetime | None:
    row = clinic.db.execute("SELECT max(recorded_time), max(clinical_time) FROM journal").fetchone()
    times = [datetime.fromisoformat(text) for text in row if text]
    return max(times) if times else None


def isbt_label(din: str) -> str:
    """The DIN barcode as the scanner reads it."""
    return f"={din}{60 + isbt_checksum(din)}"


def torture_din(subject_number: int, injection: int) -> str:
    return f"{TORTURE_FACILITY}26{subject_number * 3 + injection:06d}"


def subject_code(number: int) -> str:
    """02-001 for 0, ... 02-999, 03-001 ..."""
    return f"{2 + number // 999:02d}-{number % 999 + 1:03d}"


def subject_number(code: str) -> int:
    site, serial = code.split("-")
    return (int(site) - 2) * 999 + int(serial) - 1


class Driver:
    def __init__(self, clinic: Clinic, clock: SimClock, rng: random.Random,
                 passwords: dict[str, str], max_actions: int | None) -> None:
        self.clinic, self.clock, self.rng = clinic, clock, rng
        self.passwords = passwords
        self.max_actions = max_actions
        self.actions = 0
        self.seq = journal.head(clinic.db)[0]
        self.users: dict[str, User] = {}

    # --- output --------------------------------------------------------------------------

    @staticmethod
    def say(lines: list[str]) -> None:
        sys.stdout.write("".join(f"{line}\n" for line in lines))
        sys.stdout.flush()

    def call(self, what: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One service call between CALL and its ACK lines; events committed before an
        exception are acknowledged too (they are on disk), then the exception goes on."""
        if self.max_actions is not None and self.actions >= self.max_actions:
            self.say(["DONE"])
            raise SystemExit(0)
        self.say([f"CALL {what}"])
        self.clock.tick()
        before = self.seq
        try:
            result = fn(*args, **kwargs)
        finally:
            self.actions += 1
            self.acknowledge()
        if self.seq == before:      # every scripted call writes: never loop on a no-op
            raise DriverFailed(f"{what} wrote nothing to the journal")
        return result

    def acknowledge(self) -> None:
        if self.clinic.db.conn.in_transaction:
            raise DriverFailed("a transaction is still open after a service call")
        lines = []
        for event in journal.events(self.clinic.db, after_seq=self.seq):
            lines.append(f"ACK {event.seq} {event.id}")
            self.seq = event.seq
        current = sessions.open_on_workstation(self.clinic)
        lines.append(f"STATE {current.id if current else '-'}")
        self.say(lines)

    # --- the loop ------------------------------------------------------------------------

    def log_in(self) -> None:
        for username in (DOCTOR, NURSE, COORDINATOR):
            self.users[username] = self.call(f"login {username}", accounts.login, self.clinic,
                                             username, self.passwords[username])

    def run(self) -> None:
        current = sessions.open_on_workstation(self.clinic)
        self.say([f"RESUME {current.id if current else '-'}"])
        self.log_in()
        while True:
            self.step()

    def step(self) -> None:
        session = sessions.open_on_workstation(self.clinic)
        if session is None:
            self.start_work()
            return
        steps = {"checks": self.checks_step, "vial": self.vial_step,
                 "procedure": self.procedure_step, "observation": self.observation_step,
                 "signoff": self.signoff_step}
        if session.step not in steps:
            raise DriverFailed(f"session {session.id} is at an unknown step {session.step!r}")
        steps[session.step](session)

    @property
    def doctor(self) -> User:
        return self.users[DOCTOR]

    @property
    def nurse(self) -> User:
        return self.users[NURSE]

    # --- between sessions ----------------------------------------------------------------

    def usable_vial(self, code: str, injection: int) -> str | None:
        today = self.clinic.now().astimezone(self.clinic.tz).date().isoformat()
        row = self.clinic.db.execute(
            "SELECT vial_id FROM vials WHERE allocated_subject = ? AND allocated_visit = ? "
            "AND administered_session IS NULL AND release_status = 'released' "
            "AND substr(expiry, 1, 10) >= ? ORDER BY vial_id LIMIT 1",
            [code, injection, today]).fetchone()
        return row[0] if row else None

    def start_work(self) -> None:
        """One call towards the next session: open it, or prepare a subject for it."""
        clinic = self.clinic
        for row in clinic.db["subjects"].rows_where(order_by="code"):
            subject = subjects.subject_from_row(row)
            ours = not subject.code.startswith(f"{DEMO_SITE}-")
            done = subjects.completed_visits(clinic, subject.code)
            due = next((v for v in visit_plan(subject.enrolment_date, clinic.protocol)
                        if v.injection and v.key not in done), None)
            if due is None:
                continue
            if due.injection == 1:
                state = eligibility.get_eligibility(clinic, subject.code)
                if not state.signed_and_eligible:
                    if not ours:
                        continue
                    self.prepare_eligibility(subject, state)
                    return
            if self.usable_vial(subject.code, due.injection) is None:
                if not ours:
                    continue
                self.import_vials(subject)
                return
            self.call(f"open_session {subject.code} {due.key}", sessions.open_session, clinic,
                      self.doctor, subject.code, due.key)
            return
        self.register_subject()

    def register_subject(self) -> None:
        codes = [row[0] for row in self.clinic.db.execute(
            "SELECT code FROM subjects WHERE code NOT LIKE ?", [f"{DEMO_SITE}-%"])]
        number = max((subject_number(code) for code in codes), default=-1) + 1
        today = self.clinic.now().astimezone(self.clinic.tz).date()
        female = self.rng.random() < 0.5
        subject = Subject(subject_code(number), self.rng.choice(("ABC", "DEF", "GHK", "LM")),
                          today.year - 40, "F" if female else "M",
                          female and self.rng.random() < 0.5, today)
        self.call(f"register_subject {subject.code}", subjects.register_subject, self.clinic,
                  self.users[COORDINATOR], subject)

    def prepare_eligibility(self, subject: Subject, state: eligibility.EligibilityState) -> None:
        if state.signed_by is None and state.answers != eligible_answers(subject):
            self.call(f"save_eligibility {subject.code}", eligibility.save_eligibility,
                      self.clinic, self.doctor, subject.code, eligible_answers(subject))
        elif state.signed_by is None or state.changed_after_signature:
            self.call(f"sign_eligibility {subject.code}", eligibility.sign_eligibility,
                      self.clinic, self.doctor, subject.code, self.passwords[DOCTOR])
        else:
            raise DriverFailed(f"{subject.code} is signed but not eligible: "
                               f"{state.evaluation.summary()}")

    def import_vials(self, subject: Subject) -> None:
        number = subject_number(subject.code)
        expiry = subject.enrolment_date + timedelta(days=365)
        bank = [BankVial(torture_din(number, injection), "TRT1", expiry, "released", 1.0e8,
                         VIAL_VOLUME_ML, subject.code, injection)
                for injection in (1, 2, 3)]
        self.call(f"import_vials {subject.code}", cellbank.import_rows, self.clinic,
                  self.users[COORDINATOR], bank, file_name=f"torture bank {subject.code}")

    # --- the session's steps -------------------------------------------------------------

    def checks_step(self, session: SessionInfo) -> None:
        clinic, sid = self.clinic, session.id
        state = checks.get_checks(clinic, sid)
        if state.verdict is not None:
            raise DriverFailed(f"verdict {state.verdict} recorded but the step is still checks")
        missing = [f for f in state.applicable if getattr(state.answers, f) is None]
        if missing:
            field = missing[0]
            if field not in ANSWERS and field != "platelets_sampled_on":
                raise DriverFailed(f"no scripted answer for {field}")
            value = (clinic.today() - timedelta(days=2) if field == "platelets_sampled_on"
                     else ANSWERS[field])
            self.call(f"answer {field}", checks.answer, clinic, self.nurse, sid, field, value)
        elif state.baseline is None or self.rng.random() < 0.15:
            self.call("record_vitals baseline", checks.record_vitals, clinic, self.nurse, sid,
                      BASELINE)
        elif state.evaluation.go:
            self.call("verdict GO", checks.record_verdict, clinic, self.doctor, sid, "GO")
        else:
            print(f"torture driver: checks of {sid} do not pass: "
                  f"{state.evaluation.summary()}; NO-GO", file=sys.stderr, flush=True)
            self.call("verdict NO-GO", checks.record_verdict, clinic, self.doctor, sid, "NO-GO",
                      reason="torture driver: the checks do not pass")

    def injection(self, session: SessionInfo) -> int:
        subject = subjects.get_subject(self.clinic, session.subject)
        plan = {v.key: v for v in visit_plan(subject.enrolment_date, self.clinic.protocol)}
        return plan[session.visit].injection or 0

    def vial_step(self, session: SessionInfo) -> None:
        clinic, sid = self.clinic, session.id
        state = vials.vial_state(clinic, sid)
        if state.vial_id is None:
            vial_id = self.usable_vial(session.subject, self.injection(session))
            if vial_id is None:
                raise DriverFailed(f"no usable vial for {session.subject} {session.visit}")
            self.call(f"scan {vial_id}", vials.scan, clinic, self.nurse, sid,
                      isbt_label(vial_id))
        elif state.thawed_at is None:
            self.call("set_thaw_time", vials.set_thaw_time, clinic, self.nurse, sid,
                      clinic.now() - timedelta(minutes=10))
        elif not state.verified:
            self.call(f"confirm {state.vial_id}", vials.confirm, clinic, sid, DOCTOR,
                      self.passwords[DOCTOR], isbt_label(state.vial_id))
        else:
            raise DriverFailed(f"vial of {sid} verified but the step is still vial")

    def procedure_step(self, session: SessionInfo) -> None:
        clinic, sid = self.clinic, session.id
        state = procedure.procedure_state(clinic, sid)
        kind = next((k for k in STAMPS if state.stamp(k) is None), None)
        if kind is None:
            if state.needs_acknowledgement:
                self.call("acknowledge_deviation", procedure.acknowledge_deviation, clinic,
                          self.doctor, sid, "torture driver: acknowledged")
                return
            raise DriverFailed(f"every stamp of {sid} is in but the step is still procedure")
        done = [s for s in state.stamps if s.kind in STAMPS]
        if done:
            last = max(done, key=lambda s: STAMPS.index(s.kind))
            self.clock.at_least(last.at + timedelta(minutes=STAMP_GAP_MINUTES[kind]))
        self.call(f"stamp {kind}", procedure.stamp, clinic, self.nurse, sid, kind,
                  details=dict(DETAILS.get(kind, {})))

    def observation_step(self, session: SessionInfo) -> None:
        clinic, sid = self.clinic, session.id
        state = observation.observation_state(clinic, sid)
        pending = [s for s in state.states if s.status not in CLOSED_CHECK]
        if pending and self.rng.random() < 0.2 and self.extra(session, state, pending[0]):
            return
        if not pending:
            self.clock.at_least(state.infusion_end + timedelta(
                minutes=clinic.protocol.site.discharge_after_minutes + 1))
            criteria = {name: True for name in state.criteria}
            self.call("discharge", observation.discharge, clinic, self.doctor, sid, criteria)
            return
        check = pending[0].check
        plan = sorted(state.plan, key=lambda c: c.due)
        later = [c for c in plan if c.due > check.due]
        if later and clinic.now() >= later[0].due:
            # Its window has passed (cannot happen unless the clock jumped): not done.
            self.call(f"missed {check.key}", observation.record_missed, clinic, self.nurse,
                      sid, check.key, "torture driver: window passed")
            return
        self.clock.at_least(check.due + timedelta(minutes=1))
        self.call(f"observation {check.key}", observation.record_observation, clinic,
                  self.nurse, sid, OBSERVED, Extras(pain=0, headache=False))

    def extra(self, session: SessionInfo, state: observation.ObservationState,
              next_check: Any) -> bool:
        """A small extra transaction between two checks; False when none fits now."""
        clinic, sid = self.clinic, session.id
        opens = next_check.check.opens or next_check.check.due
        if clinic.now() + 2 * TICK >= opens:
            return False
        aes = adverse_events.list_aes(clinic, sid)
        open_ae = next((ae for ae in aes if ae.event.outcome != "recovered"), None)
        choice = self.rng.random()
        if open_ae is not None and choice < 0.4:
            followed = replace(open_ae.event, outcome="recovered", end=clinic.now())
            self.call("update_ae", adverse_events.update_ae, clinic, self.doctor, open_ae.id,
                      followed, "torture driver: follow-up")
        elif not aes and choice < 0.4:
            event = AdverseEvent(term="headache", onset=clinic.now() - timedelta(minutes=5),
                                 grade=1, serious=False, serious_criteria=(),
                                 relation_lp="possible", relation_product="unlikely",
                                 action="none", outcome="recovering")
            self.call("record_ae", adverse_events.record_ae, clinic, self.nurse, sid, event)
        else:
            self.call("observation unscheduled", observation.record_observation, clinic,
                      self.nurse, sid, OBSERVED, Extras(pain=1, headache=False))
        return True

    def signoff_step(self, session: SessionInfo) -> None:
        self.call("sign_session", signoff.sign_session, self.clinic, self.doctor, session.id,
                  self.passwords[DOCTOR], "performed by")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--passwords", type=Path,
                        help="JSON username -> password (default: <db>.passwords.json)")
    parser.add_argument("--max-actions", type=int, default=None)
    args = parser.parse_args(argv)

    passwords = json.loads((args.passwords or Path(f"{args.db}.passwords.json")).read_text())
    clinic = Clinic.open(args.db, create=False)
    try:
        latest = latest_journal_time(clinic)
        start = datetime.now(UTC)
        if latest is not None and latest + timedelta(seconds=1) > start:
            start = latest + timedelta(seconds=1)
        clinic.clock = SimClock(start)
        Driver(clinic, clinic.clock, random.Random(args.seed), passwords,
               args.max_actions).run()
    except SystemExit as stop:
        clinic.close()
        return int(stop.code or 0)
    except BaseException:
        print("DRIVER FAILED:\n" + traceback.format_exc(), file=sys.stderr, flush=True)
        return 3
    clinic.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
