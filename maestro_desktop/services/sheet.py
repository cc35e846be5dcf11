"""The procedure sheet of one session: every record read back from the store, formatted in
the workstation's zone, and handed to export.sheet (reportlab) to lay out."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, tzinfo
from pathlib import Path

from ..domain.adverse_events import choice_words, term_words
from ..domain.checks import ITEM_LABELS, PREGNANCY_RESULT_WORDS
from ..domain.i18n import Text, as_recorded, decimal, join, language, tr
from ..domain.news2 import BAND_WORDS
from ..domain.procedure import INCIDENT_LABELS, STAMP_LABELS, VIAL_FATE_WORDS, describe_details
from ..domain.verdict import OUTCOME_WORDS
from ..domain.vitals import FIELD_LABELS
from ..export.sheet_model import Amendment, SheetData, Signature, VitalsPoint, VitalsRow
from .adverse_events import list_aes
from .checks import evaluation_at, get_checks
from .clinic import Clinic
from .errors import InvalidInput
from .procedure import ProcedureState, procedure_state
from .sessions import get_session
from .signoff import MEANING_WORDS, history, session_hash, signatures, status
from .vials import vial_state


def site() -> Text:
    return tr("sheet", "Rennes University Hospital, Neurology")


def _number(value: object) -> str:
    """A recorded number as stored (36.0 stays 36.0), with the language's decimal mark."""
    text = str(value)
    if isinstance(value, float):
        return Text(text.replace(".", ",") if language() == "fr" else text, text)
    return text


def _vital(field: str, value: object) -> str:
    if field == "oxygen":
        return tr("sheet", "on oxygen") if value else tr("sheet", "air")
    unit = FIELD_LABELS[field][1]
    return join(" ", (_number(value), unit)).strip() if unit else _number(value)


def _answer(value: object) -> str:
    if value is True:
        return tr("sheet", "Yes")
    if value is False:
        return tr("sheet", "No")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if value is None:
        return tr("sheet", "not answered")
    if isinstance(value, str):
        return PREGNANCY_RESULT_WORDS.get(value, value)
    return _number(value)


def _changed_value(value: object, tz: tzinfo) -> str:
    """An amended value as the sheet shows times elsewhere: a journal timestamp (ISO text with
    its offset) in the workstation's zone, anything else as is."""
    if isinstance(value, str) and "T" in value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            return f"{moment.astimezone(tz):%d/%m/%Y %H:%M:%S}"
    return str(value)


def _vitals_rows(clinic: Clinic,
                 session_id: str) -> tuple[list[VitalsRow], list, VitalsPoint | None]:
    tz, rows, points, baseline = clinic.tz, [], [], None
    end = procedure_state(clinic, session_id).stamp("infusion_end")
    for r in clinic.db["vital_signs"].rows_where("session = ?", [session_id], order_by="taken_at"):
        v, extras = json.loads(r["vitals"]), json.loads(r["extras"] or "{}")
        taken = datetime.fromisoformat(r["taken_at"])
        check = (tr("sheet", "Baseline") if r["purpose"] == "baseline"
                 else (r["check_key"] or tr("sheet", "extra")))
        band = r["news2_band"] or ""
        rows.append(VitalsRow(
            f"{taken.astimezone(tz):%H:%M}", check, str(v["systolic_bp"]), str(v["diastolic_bp"]),
            str(v["heart_rate"]), str(v["respiratory_rate"]), str(v["spo2"]),
            tr("sheet", "oxygen") if v["oxygen"] else tr("sheet", "air"),
            decimal(v["temperature"], 1), v["consciousness"],
            "" if extras.get("pain") is None else str(extras["pain"]),
            "" if r["news2_total"] is None else str(r["news2_total"]),
            BAND_WORDS.get(band, band), r["recorded_by"]))
        minutes = (taken - end.at).total_seconds() / 60 if end else math.nan
        point = VitalsPoint(minutes, v["systolic_bp"], v["heart_rate"], v["temperature"])
        if r["purpose"] == "baseline":
            baseline = point
        elif end:
            points.append(point)
    return rows, points, baseline


def sheet_data(clinic: Clinic, session_id: str, *, now: datetime | None = None) -> SheetData:
    """Everything the sheet shows for `session_id`, as display text."""
    try:
        session = get_session(clinic, session_id)
    except InvalidInput:
        raise InvalidInput(tr("sheet", "There is no session {session}: see `maestro "
                              "sessions`.", session=session_id)) from None
    tz, protocol = clinic.tz, clinic.protocol
    checks_state = get_checks(clinic, session_id)
    state = procedure_state(clinic, session_id)
    vial = vial_state(clinic, session_id)
    rows, points, baseline = _vitals_rows(clinic, session_id)
    signed = signatures(clinic, session_id)
    closed = clinic.db.execute("SELECT payload, clinical_time FROM journal WHERE session = ? AND "
                               "kind = 'session.closed' ORDER BY seq DESC LIMIT 1",
                               [session_id]).fetchone()
    reasons = json.loads(closed[0]).get("reasons", []) if closed else []
    if reasons:
        # Recorded in English: shown in the current language where the same findings come out
        # again (the checks as they stood when the session closed, an abandoned procedure).
        then = evaluation_at(clinic, checks_state, datetime.fromisoformat(closed[1]))
        again = [r.text for r in (*then.reasons, *then.missing)] + [
            tr("procedure", "Procedure abandoned: {reason}", reason=i.details.get("reason"))
            for i in state.incidents if i.kind == "abandoned"]
        reasons = [as_recorded(text, again) for text in reasons]
    when = lambda text: datetime.fromisoformat(text).astimezone(tz).strftime(  # noqa: E731
        "%d/%m/%Y %H:%M %Z")
    verdict = checks_state.verdict
    infusion = state.infusion
    session_row = clinic.db.execute("SELECT discharged_at, discharged_by FROM sessions WHERE "
                                    "id = ?", [session_id]).fetchone()
    return SheetData(
        trial_title=protocol.trial.title, registry_id=protocol.trial.registry_id,
        protocol_code=protocol.trial.protocol_code, site=site(),
        subject_code=session.subject, initials=session.initials, visit=session.visit_label,
        session_date=when(session.opened_at)[:10], session_id=session.id,
        status=status(clinic, session), training=clinic.store.training,
        checks=[(ITEM_LABELS[f], _answer(getattr(checks_state.answers, f)))
                for f in checks_state.applicable],
        verdict=(tr("sheet", "{outcome} recorded by {user}",
                    outcome=OUTCOME_WORDS.get(verdict, verdict), user=checks_state.verdict_by)
                 if verdict else checks_state.evaluation.summary()),
        verdict_reasons=[r.text for r in checks_state.evaluation.reasons],
        hold_table_source=f"{clinic.hold_table.source} ({clinic.hold_table.version})",
        baseline=[(FIELD_LABELS[k][0], _vital(k, v))
                  for k, v in (checks_state.baseline.__dict__.items()
                               if checks_state.baseline else [])],
        vial=[*vial.label.items(),
              *([(tr("sheet", "Thawed at"), f"{vial.thawed_at.astimezone(tz):%d/%m/%Y %H:%M}")]
                if vial.thawed_at else []),
              (tr("sheet", "Scanned by"), vial.scanned_by or ""),
              (tr("sheet", "Confirmed by"), vial.confirmed_by or "")]
        if vial.vial_id else [],
        timeline=[(STAMP_LABELS[s.kind], f"{s.at.astimezone(tz):%H:%M:%S}",
                   tr("sheet", "{details} (late: {reason})", details=describe_details(s.details),
                      reason=s.reason) if s.retrospective else describe_details(s.details))
                  for s in state.stamps],
        infusion=_infusion(state) if infusion else "",
        incidents=[tr("sheet", "{time} {incident}: {details}",
                      time=f"{i.at.astimezone(tz):%H:%M}",
                      incident=INCIDENT_LABELS.get(i.kind, i.kind),
                      details=join(", ", (VIAL_FATE_WORDS.get(v, v) if k == "vial_fate" else str(v)
                                          for k, v in i.details.items())))
                   for i in state.incidents],
        vitals=rows, vitals_points=points, baseline_point=baseline,
        adverse_events=[[term_words(a.event.term),
                         f"{a.event.onset.astimezone(tz):%d/%m/%Y %H:%M}",
                         str(a.event.grade), tr("sheet", "yes") if a.event.serious
                         else tr("sheet", "no"),
                         choice_words(a.event.relation_lp), choice_words(a.event.relation_product),
                         choice_words(a.event.action), choice_words(a.event.outcome),
                         f"{a.event.end.astimezone(tz):%d/%m/%Y %H:%M}" if a.event.end else ""]
                        for a in list_aes(clinic, session_id)],
        discharge=(tr("sheet", "Discharged {when} by {user}", when=when(session_row[0]),
                      user=session_row[1]) if session_row and session_row[0] else ""),
        signatures=[Signature(s.printed_name, s.username, when(s.signed_at.isoformat()),
                              MEANING_WORDS.get(s.meaning, s.meaning), s.covers_hash)
                    for s in signed],
        amendments=[Amendment(when(h["when"]), h["who"], h["what"],
                              _changed_value(h["old"], tz), _changed_value(h["new"], tz),
                              h["reason"]) for h in history(clinic, session_id)],
        not_performed_reasons=reasons if session.status == "not performed" else [],
        journal_hash=signed[-1].covers_hash if signed else session_hash(clinic, session_id)[0],
        generated_at=(now or clinic.now()).astimezone(tz).strftime("%d/%m/%Y %H:%M %Z"),
    )


def _infusion(state: ProcedureState) -> Text:
    """'Duration 10.0 min, 10 mL, 1.00 mL/min; within the protocol' (or its deviations)."""
    infusion = state.infusion
    assert infusion is not None
    if infusion.deviations:
        verdict = tr("sheet", "{deviations} (acknowledged by {user})",
                     deviations=join("; ", (r.text for r in infusion.deviations)),
                     user=state.acknowledged_by)
    else:
        verdict = tr("sheet", "within the protocol")
    return tr("sheet", "Duration {duration} min, {volume} mL, {rate} mL/min; {verdict}",
              duration=decimal(infusion.duration.total_seconds() / 60, 1),
              volume=decimal(float(f"{infusion.volume_ml:g}")),
              rate=decimal(infusion.rate_ml_per_min, 2), verdict=verdict)


def write_sheet(clinic: Clinic, session_id: str, out: Path) -> Path:
    """Build and write the PDF (to a temporary file, renamed when complete)."""
    from ..export.sheet import render_sheet

    return render_sheet(sheet_data(clinic, session_id), Path(out))


