"""Visit-day checks before a lumbar puncture: GO only when every item is answered and none is
against it. Public API for validation scripts: see `evaluate`.

Pure: `now` and `tz` are arguments; calendar days are counted in `tz`, the site's time zone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from datetime import date, datetime, tzinfo

from .antithrombotics import HoldTable, hold_finding
from .i18n import Text, tr, tr_table, trn
from .protocol import Protocol
from .verdict import (
    FieldError,
    Reason,
    Verdict,
    days_ago,
    format_date,
    format_number,
    require_aware,
)

PREGNANCY_RESULTS = ("negative", "positive")
PREGNANCY_RESULT_WORDS = tr_table("checks", {"negative": "negative", "positive": "positive"})
PLATELETS_MAX_G_PER_L = 2000   # above this, a typing error


@dataclass(frozen=True)
class VisitDayAnswers:
    """The answers given on the day; None means not answered yet."""

    raised_icp: bool | None = None                 # signs of raised intracranial pressure
    puncture_site_infection: bool | None = None
    platelets_g_per_l: float | None = None
    platelets_sampled_on: date | None = None
    antithrombotic: bool | None = None             # anticoagulant, antiplatelet or fibrinolytic
    antithrombotic_drug: str | None = None         # HoldTable key
    antithrombotic_last_dose: datetime | None = None   # aware datetime
    antithrombotic_condition_met: bool | None = None   # only asked when the rule has one
    pregnancy_test: str | None = None              # only for childbearing potential
    breastfeeding: bool | None = None              # only for childbearing potential
    high_dose_corticosteroids: bool | None = None  # within the lookback, or unsure
    corticosteroid_last_dose: date | None = None   # when high_dose_corticosteroids is True
    relapse_or_new_t2: bool | None = None          # since the previous visit
    new_dmd: bool | None = None
    other_trial: bool | None = None
    consent_valid: bool | None = None


ITEM_LABELS = tr_table("checks", {
    "raised_icp": "Signs of raised intracranial pressure?",
    "puncture_site_infection": "Infection at the puncture site?",
    "platelets_g_per_l": "Platelet count (G/L)",
    "platelets_sampled_on": "Platelet sample date",
    "antithrombotic": "Anticoagulant, antiplatelet or fibrinolytic treatment?",
    "antithrombotic_drug": "Antithrombotic drug",
    "antithrombotic_last_dose": "Last antithrombotic dose (date and time)",
    "antithrombotic_condition_met": "Condition on the day met?",
    "pregnancy_test": "Pregnancy test result",
    "breastfeeding": "Breastfeeding?",
    "high_dose_corticosteroids": "High-dose corticosteroids in the last 30 days?",
    "corticosteroid_last_dose": "Last high-dose corticosteroid dose (date)",
    "relapse_or_new_t2": "Relapse or new T2 lesion since the previous visit?",
    "new_dmd": "New disease-modifying drug since the previous visit?",
    "other_trial": "Taking part in another trial?",
    "consent_valid": "Consent still valid?",
})

ITEM_HINTS = tr_table("checks", {
    "raised_icp": "Altered consciousness, focal deficit, papilloedema or new seizures call for "
                  "imaging before a lumbar puncture (guidance, not protocol).",
    "antithrombotic_drug": "A drug not in the hold-time table gives a NO-GO for the "
                           "investigator to resolve.",
    "high_dose_corticosteroids": "Answer yes if unsure.",
})

_YES_NO = ("raised_icp", "puncture_site_infection", "antithrombotic",
           "antithrombotic_condition_met", "breastfeeding", "high_dose_corticosteroids",
           "relapse_or_new_t2", "new_dmd", "other_trial", "consent_valid")

_AGAINST = {   # field: the answer that is against the puncture
    "raised_icp": True, "puncture_site_infection": True, "breastfeeding": True,
    "relapse_or_new_t2": True, "new_dmd": True, "other_trial": True, "consent_valid": False,
}
_BOOL_REASONS = tr_table("checks", {   # field: what to say when the answer is against
    "raised_icp": "Signs of raised intracranial pressure",
    "puncture_site_infection": "Infection at the puncture site",
    "breastfeeding": "Breastfeeding",
    "relapse_or_new_t2": "Relapse or new T2 lesion since the previous visit",
    "new_dmd": "New disease-modifying drug",
    "other_trial": "Taking part in another trial",
    "consent_valid": "Consent no longer valid",
})


def statement(label: Text) -> Text:
    """A question label as a statement: 'Consent still valid' (no '?', whatever the language's
    spacing before it)."""
    return label.map(lambda words: words.rstrip("? \u00a0\u202f"))


def applicable_items(answers: VisitDayAnswers, *, childbearing_potential: bool,
                     table: HoldTable, female: bool | None = None) -> tuple[str, ...]:
    """The fields to answer given the answers so far, in display order.

    The drug and its last dose only when `antithrombotic` is True; the condition only when the
    drug's rule has one; the corticosteroid date only when `high_dose_corticosteroids` is True;
    the pregnancy test only for childbearing potential; breastfeeding for every female subject
    (or, when `female` is not given, for childbearing potential).
    """
    skip: set[str] = set()
    if answers.antithrombotic is not True:
        skip |= {"antithrombotic_drug", "antithrombotic_last_dose"}
    rule = table.get(answers.antithrombotic_drug) if answers.antithrombotic_drug else None
    if answers.antithrombotic is not True or rule is None or rule.condition is None:
        skip.add("antithrombotic_condition_met")
    if answers.high_dose_corticosteroids is not True:
        skip.add("corticosteroid_last_dose")
    if not childbearing_potential:
        skip.add("pregnancy_test")
    if not (childbearing_potential if female is None else female):
        skip.add("breastfeeding")
    return tuple(f.name for f in fields(VisitDayAnswers) if f.name not in skip)


def validate_visit_day(answers: VisitDayAnswers, *, now: datetime,
                       tz: tzinfo) -> list[FieldError]:
    """Bad input, refused before storing: an impossible platelet count, a date in the future
    (calendar date in `tz`), a last dose after `now` or without its time zone, an unknown
    pregnancy test result, a blank drug name."""
    require_aware(now)
    today = now.astimezone(tz).date()
    errors = [FieldError(f.name, tr("checks", "{item}: answer yes or no, found {value}.",
                                    item=statement(ITEM_LABELS[f.name]),
                                    value=repr(getattr(answers, f.name))))
              for f in fields(answers) if f.name in _YES_NO
              and getattr(answers, f.name) is not None
              and not isinstance(getattr(answers, f.name), bool)]
    count = answers.platelets_g_per_l
    if count is not None:
        if isinstance(count, bool) or not isinstance(count, int | float):
            errors.append(FieldError("platelets_g_per_l", tr(
                "checks", "Platelet count must be a number, found {value}.", value=repr(count))))
        elif not math.isfinite(count) or not 0 <= count <= PLATELETS_MAX_G_PER_L:
            shown = format_number(count) if math.isfinite(count) else str(count)
            errors.append(FieldError("platelets_g_per_l", tr(
                "checks", "Platelet count {count} G/L is impossible (allowed 0-{limit}): check "
                "the value.", count=shown, limit=PLATELETS_MAX_G_PER_L)))
    sampled, steroid = answers.platelets_sampled_on, answers.corticosteroid_last_dose
    if sampled is not None and sampled > today:
        errors.append(FieldError("platelets_sampled_on", tr(
            "checks", "The platelet sample date {day} is in the future.",
            day=format_date(sampled))))
    if steroid is not None and steroid > today:
        errors.append(FieldError("corticosteroid_last_dose", tr(
            "checks", "The last corticosteroid dose {day} is in the future.",
            day=format_date(steroid))))
    dose = answers.antithrombotic_last_dose
    if dose is not None:
        if dose.tzinfo is None or dose.utcoffset() is None:
            errors.append(FieldError("antithrombotic_last_dose", tr(
                "checks", "The last antithrombotic dose must carry its time zone.")))
        elif dose > now:
            errors.append(FieldError("antithrombotic_last_dose", tr(
                "checks", "The last antithrombotic dose is after now: check the date and "
                "time.")))
    if answers.antithrombotic_drug is not None and not answers.antithrombotic_drug.strip():
        errors.append(FieldError("antithrombotic_drug",
                                 tr("checks", "Name the antithrombotic drug.")))
    if answers.pregnancy_test is not None and answers.pregnancy_test not in PREGNANCY_RESULTS:
        errors.append(FieldError("pregnancy_test", tr(
            "checks", "Pregnancy test result must be negative or positive, found {value}.",
            value=repr(answers.pregnancy_test))))
    return errors


def not_answered(item: str) -> Reason:
    """Reason(item, 'Platelet count (G/L) not answered')."""
    return Reason(item, tr("checks", "{item} not answered", item=statement(ITEM_LABELS[item])))


def evaluate(answers: VisitDayAnswers, *, childbearing_potential: bool, now: datetime,
             tz: tzinfo, protocol: Protocol, table: HoldTable,
             female: bool | None = None) -> Verdict:
    """The visit-day verdict: NO-GO lists every reason, INCOMPLETE every missing item; never GO
    with a missing answer. Invalid input (see `validate_visit_day`) counts as a reason, never
    as fine. `now` must carry its time zone; calendar days are counted in `tz`. `female`
    decides whether breastfeeding is asked (see `applicable_items`).

    >>> from datetime import date, datetime
    >>> from zoneinfo import ZoneInfo
    >>> from maestro_desktop.settings import load_hold_table, load_protocol
    >>> paris = ZoneInfo("Europe/Paris")
    >>> now = datetime(2026, 11, 24, 9, 30, tzinfo=paris)
    >>> rules = dict(childbearing_potential=False, now=now, tz=paris,
    ...              protocol=load_protocol(), table=load_hold_table())
    >>> print(evaluate(VisitDayAnswers(), **rules).summary())
    INCOMPLETE: 10 items unanswered
    >>> answers = VisitDayAnswers(
    ...     raised_icp=False, puncture_site_infection=False,
    ...     platelets_g_per_l=42, platelets_sampled_on=date(2026, 11, 20),
    ...     antithrombotic=True, antithrombotic_drug="clopidogrel",
    ...     antithrombotic_last_dose=datetime(2026, 11, 21, 8, 0, tzinfo=paris),
    ...     high_dose_corticosteroids=False, relapse_or_new_t2=False, new_dmd=False,
    ...     other_trial=False, consent_valid=True)
    >>> verdict = evaluate(answers, **rules)
    >>> verdict.outcome
    <Outcome.NO_GO: 'NO-GO'>
    >>> for reason in verdict.reasons:  # doctest: +NORMALIZE_WHITESPACE
    ...     print(reason.text)
    Platelets 42 G/L (< 50 G/L) on 20/11/2026
    Clopidogrel last taken 21/11/2026 08:00, 3 days ago: hold at least 7 days
    before a lumbar puncture (ABN-2018 v1, 2026-11-24)
    >>> from dataclasses import replace
    >>> fine = replace(answers, platelets_g_per_l=180,
    ...                antithrombotic_last_dose=datetime(2026, 11, 15, 8, 0, tzinfo=paris))
    >>> verdict = evaluate(fine, **rules)
    >>> verdict.go, verdict.summary()
    (True, 'GO')
    >>> [note.text for note in verdict.notes]
    ['Clopidogrel held 9 days (>= 7 days, ABN-2018 v1, 2026-11-24)']
    """
    require_aware(now)
    today = now.astimezone(tz).date()
    items = applicable_items(answers, childbearing_potential=childbearing_potential, table=table,
                             female=female)
    reasons: list[Reason] = []
    missing: list[Reason] = []
    notes: list[Reason] = []
    errors = validate_visit_day(answers, now=now, tz=tz)
    invalid = {e.field for e in errors}
    reasons += [Reason(e.field, e.message) for e in errors if e.field in items]
    for item in items:
        if getattr(answers, item) is None:
            if item == "antithrombotic_condition_met":
                rule = table.get(str(answers.antithrombotic_drug))
                missing.append(Reason(item, tr("checks", "{drug}: {condition} not answered",
                                               drug=rule.name, condition=rule.condition)
                                      if rule else not_answered(item).text))
            else:
                missing.append(not_answered(item))
        elif item in _AGAINST and getattr(answers, item) is _AGAINST[item]:
            reasons.append(Reason(item, _BOOL_REASONS[item]))
    if not invalid & {"platelets_g_per_l", "platelets_sampled_on"}:
        _platelets(answers, today, protocol, reasons, missing)
    if answers.antithrombotic is True and "antithrombotic_drug" not in invalid:
        dose_ok = "antithrombotic_last_dose" not in invalid
        _antithrombotic(answers, now, tz, table, reasons, notes, check_hold=dose_ok)
    if childbearing_potential and answers.pregnancy_test == "positive":
        reasons.append(Reason("pregnancy_test", tr("checks", "Positive pregnancy test")))
    if (answers.high_dose_corticosteroids is True and answers.corticosteroid_last_dose
            and "corticosteroid_last_dose" not in invalid):
        _corticosteroids(answers.corticosteroid_last_dose, today, protocol, reasons, notes)
    order = {name: i for i, name in enumerate(items)}
    return Verdict.from_findings(sorted(reasons, key=lambda r: order.get(r.item, -1)),
                                 sorted(missing, key=lambda r: order.get(r.item, -1)), notes)


def _platelets(answers: VisitDayAnswers, today: date, protocol: Protocol,
               reasons: list[Reason], missing: list[Reason]) -> None:
    count, sampled = answers.platelets_g_per_l, answers.platelets_sampled_on
    if count is None or sampled is None:
        return   # already listed as not answered
    validity = protocol.site.lab_validity_days
    if (today - sampled).days > validity:
        missing.append(Reason("platelets_sampled_on", trn(
            "checks", "Platelet count of {day} is older than {count} day: a new count is needed",
            "Platelet count of {day} is older than {count} days: a new count is needed",
            validity, day=format_date(sampled))))
        return
    minimum = protocol.platelets_min_g_per_l
    if not count >= minimum:
        reasons.append(Reason("platelets_g_per_l", tr(
            "checks", "Platelets {count} G/L (< {minimum} G/L) on {day}",
            count=format_number(count), minimum=format_number(minimum),
            day=format_date(sampled))))


def _antithrombotic(answers: VisitDayAnswers, now: datetime, tz: tzinfo, table: HoldTable,
                    reasons: list[Reason], notes: list[Reason], *, check_hold: bool) -> None:
    drug = answers.antithrombotic_drug
    if drug is None:
        return
    rule = table.get(drug)
    if rule is None:
        reasons.append(Reason("antithrombotic_drug", tr(
            "checks", "{drug} is not in the hold-time reference table ({version}): the "
            "investigator must decide", drug=drug.strip(), version=table.version)))
        return
    if check_hold and answers.antithrombotic_last_dose is not None:
        held, finding = hold_finding(rule, last_dose=answers.antithrombotic_last_dose, now=now,
                                     tz=tz, version=table.version)
        (notes if held else reasons).append(finding)
    if rule.condition is not None and answers.antithrombotic_condition_met is not None:
        met = answers.antithrombotic_condition_met is True
        words = (tr("checks", "{drug}: {condition} is met", drug=rule.name,
                    condition=rule.condition) if met else
                 tr("checks", "{drug}: {condition} is not met", drug=rule.name,
                    condition=rule.condition))
        finding = Reason("antithrombotic_condition_met", words)
        (notes if met else reasons).append(finding)


def _corticosteroids(last_dose: date, today: date, protocol: Protocol,
                     reasons: list[Reason], notes: list[Reason]) -> None:
    lookback = protocol.eligibility.high_dose_corticosteroid_lookback_days
    days = (today - last_dose).days
    when, ago = format_date(last_dose), days_ago(days)
    if days <= lookback:
        reasons.append(Reason("corticosteroid_last_dose", tr(
            "checks", "High-dose corticosteroids on {day}, {ago} (within the {lookback}-day "
            "rule)", day=when, ago=ago, lookback=lookback)))
    else:
        notes.append(Reason("corticosteroid_last_dose", tr(
            "checks", "High-dose corticosteroids on {day}, {ago} (more than {lookback} days)",
            day=when, ago=ago, lookback=lookback)))
