"""Time stamps of the procedure: each order rule, each boundary, each refusal in plain words."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maestro_desktop.domain.procedure import (
    CSF_APPEARANCES,
    INCIDENT_LABELS,
    INCIDENTS,
    STAMP_LABELS,
    STAMPS,
    VIAL_FATES,
    Stamp,
    is_late,
    validate_incident,
    validate_stamp,
)
from maestro_desktop.domain.protocol import ProcedureSettings

PARIS = ZoneInfo("Europe/Paris")
OPENED = datetime(2026, 11, 24, 9, 5, tzinfo=PARIS)
SETTINGS = ProcedureSettings(
    infusion_min_minutes=5, infusion_max_minutes=30, infusion_max_rate_ml_per_min=2.0,
    csf_max_ml=20, spinal_levels=("L2-L3", "L3-L4", "L4-L5", "L5-S1"),
    needle_gauges=("20G atraumatic", "22G atraumatic", "25G atraumatic", "22G Quincke"),
    max_attempts=6, late_after_minutes=10, clock_jump_seconds=120,
)
DETAILS = {
    "needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic", "attempts": 1},
    "csf_obtained": {"volume_ml": 5, "appearance": "clear"},
    "infusion_end": {"volume_ml": 10},
}
TIMES = {"positioned": "09:40", "needle_in": "09:42", "csf_obtained": "09:44",
         "infusion_start": "09:45", "infusion_end": "09:52", "needle_out": "09:53",
         "lying_flat": "09:54"}


def t(hhmm: str, second: int = 0) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2026, 11, 24, hour, minute, second, tzinfo=PARIS)


def stamp(kind: str, hhmm: str | None = None) -> Stamp:
    return Stamp(kind, t(hhmm or TIMES[kind]), dict(DETAILS.get(kind, {})))


def stamps_before(kind: str) -> list[Stamp]:
    """Every stamp that comes before `kind` in the usual procedure, at the usual times."""
    return [stamp(k) for k in STAMPS[:STAMPS.index(kind)]]


def check(kind, at, details=None, *, stamps=(), reason=None, now=None, go=True,
          vial_verified=True, vial_volume_ml=10.0, settings=SETTINGS, opened=OPENED):
    """validate_stamp with everything fine unless said; `now` one minute after `at`."""
    return validate_stamp(
        kind, at, dict(DETAILS.get(kind, {})) if details is None else details, reason=reason,
        stamps=list(stamps), session_opened_at=opened,
        now=at + timedelta(minutes=1) if now is None else now, tz=PARIS, go=go,
        vial_verified=vial_verified, vial_volume_ml=vial_volume_ml, settings=settings)


def words(errors) -> list[tuple[str, str]]:
    return [(e.field, e.message) for e in errors]


def test_the_usual_procedure_is_accepted_stamp_by_stamp():
    recorded: list[Stamp] = []
    for kind in STAMPS:
        assert check(kind, t(TIMES[kind]), stamps=recorded) == [], kind
        recorded.append(stamp(kind))


def test_labels_and_choices():
    assert set(STAMP_LABELS) == set(STAMPS)
    assert STAMP_LABELS["needle_in"] == "Needle inserted"
    assert STAMP_LABELS["lying_flat"] == "Lying flat started"
    assert CSF_APPEARANCES == ("clear", "blood-stained", "other")


def test_an_unknown_kind_is_refused():
    assert words(check("coffee", t("09:40"))) == [
        ("kind", "Unknown time stamp 'coffee': expected one of positioned, needle_in, "
                 "csf_obtained, infusion_start, infusion_end, needle_out, lying_flat")]


@pytest.mark.parametrize("kind", STAMPS)
def test_each_stamp_is_recorded_once(kind):
    recorded = stamps_before(kind) + [stamp(kind)]
    errors = check(kind, t(TIMES[kind]), stamps=recorded)
    assert words(errors) == [("kind", f"{STAMP_LABELS[kind]} is already recorded at "
                                      f"{TIMES[kind]}: correct it as an amendment")]


def test_naive_times_are_a_programming_error():
    naive = datetime(2026, 11, 24, 9, 40)
    with pytest.raises(ValueError, match="'at' must carry its time zone"):
        check("positioned", naive, now=t("09:41"))
    with pytest.raises(ValueError, match="'now' must carry its time zone"):
        check("positioned", t("09:40"), now=naive)
    with pytest.raises(ValueError, match="'session_opened_at'"):
        check("positioned", t("09:40"), opened=naive)
    with pytest.raises(ValueError):
        Stamp("positioned", naive, {})
    with pytest.raises(ValueError, match="unknown time stamp"):
        Stamp("coffee", t("09:40"), {})


def test_a_time_in_the_future_is_refused_and_now_itself_is_fine():
    assert words(check("positioned", t("09:41"), now=t("09:40"))) == [
        ("at", "Patient positioned at 09:41 is in the future")]
    assert check("positioned", t("09:40"), now=t("09:40")) == []


def test_a_time_before_the_session_opened_is_refused_and_the_opening_itself_is_fine():
    assert words(check("positioned", t("09:04"))) == [
        ("at", "Patient positioned at 09:04 is before the session opened (09:05)")]
    assert check("positioned", t("09:05")) == []


def test_another_day_is_shown_with_its_date():
    yesterday = t("09:40") - timedelta(days=1)
    errors = check("positioned", yesterday, now=t("09:41"), reason="forgot")
    assert ("at", "Patient positioned at 23/11/2026 09:40 is before the session opened "
                  "(09:05)") in words(errors)


def test_times_are_shown_in_the_site_zone_whatever_zone_they_come_in():
    at = t("09:04").astimezone(UTC)
    assert words(check("positioned", at)) == [
        ("at", "Patient positioned at 09:04 is before the session opened (09:05)")]


# --- order ---------------------------------------------------------------------------------------

NO_INFUSION = "No infusion before a GO and a vial verified by two people"


@pytest.mark.parametrize(("go", "vial_verified"), [(False, True), (True, False), (False, False)])
def test_no_infusion_without_a_go_and_a_verified_vial(go, vial_verified):
    errors = check("infusion_start", t("09:45"), stamps=stamps_before("infusion_start"),
                   go=go, vial_verified=vial_verified)
    assert words(errors) == [("kind", NO_INFUSION)]


@pytest.mark.parametrize(("kind", "message"), [
    ("csf_obtained", "Record the needle insertion before the CSF"),
    ("infusion_start", "Record the needle insertion before the infusion start"),
    ("infusion_end", "Record the infusion start before its end"),
    ("needle_out", "Record the needle insertion before its removal"),
    ("lying_flat", "Record the needle removal before lying flat"),
])
def test_a_stamp_needs_the_one_before_it(kind, message):
    assert ("kind", message) in words(check(kind, t(TIMES[kind]), stamps=[stamp("positioned")]))


def test_csf_is_optional_before_the_infusion():
    recorded = [stamp("positioned"), stamp("needle_in")]
    assert check("infusion_start", t("09:45"), stamps=recorded) == []


def test_positioning_is_optional_before_the_needle():
    assert check("needle_in", t("09:42")) == []


def test_the_infusion_end_at_or_after_its_start():
    recorded = [stamp("needle_in"), stamp("infusion_start", "09:55")]
    assert words(check("infusion_end", t("09:50"), stamps=recorded, now=t("09:56"))) == [
        ("at", "Infusion end 09:50 is before its start 09:55")]
    assert check("infusion_end", t("09:55"), stamps=recorded) == []


def test_needle_removed_after_a_started_infusion_needs_its_end():
    recorded = stamps_before("infusion_end")
    assert words(check("needle_out", t("09:53"), stamps=recorded)) == [
        ("kind", "Record the infusion end before removing the needle")]


def test_needle_removed_without_an_infusion_is_the_failed_tap_path():
    recorded = [stamp("positioned"), stamp("needle_in")]
    assert check("needle_out", t("09:53"), stamps=recorded) == []
    assert check("lying_flat", t("09:54"), stamps=recorded + [stamp("needle_out")]) == []


def test_no_infusion_after_the_needle_is_out():
    recorded = [stamp("needle_in"), stamp("needle_out", "09:50")]
    errors = check("infusion_start", t("09:49"), stamps=recorded)
    assert words(errors) == [("kind", "The needle was removed at 09:50: no infusion after it")]


@pytest.mark.parametrize(("kind", "at", "message"), [
    ("needle_in", "09:39", "Needle inserted 09:39 is before patient positioned 09:40"),
    ("csf_obtained", "09:41", "CSF obtained 09:41 is before needle inserted 09:42"),
    ("infusion_start", "09:43", "Infusion started 09:43 is before CSF obtained 09:44"),
    ("needle_out", "09:51", "Needle removed 09:51 is before infusion ended 09:52"),
    ("lying_flat", "09:52", "Lying flat started 09:52 is before needle removed 09:53"),
])
def test_each_stamp_at_or_after_the_previous_one(kind, at, message):
    recorded = stamps_before(kind)
    assert words(check(kind, t(at), stamps=recorded)) == [("at", message)]
    assert check(kind, recorded[-1].at, stamps=recorded) == []


def test_the_previous_stamp_is_the_nearest_one_recorded():
    recorded = [stamp("positioned"), stamp("needle_in")]     # no CSF recorded
    assert words(check("infusion_start", t("09:41"), stamps=recorded)) == [
        ("at", "Infusion started 09:41 is before needle inserted 09:42")]


def test_a_stamp_recorded_afterwards_goes_before_the_next_one():
    recorded = [stamp("needle_in"), stamp("infusion_start")]
    assert words(check("positioned", t("09:43"), stamps=recorded, now=t("09:46"))) == [
        ("at", "Patient positioned 09:43 is after needle inserted 09:42")]
    assert words(check("csf_obtained", t("09:46"), stamps=recorded, now=t("09:47"))) == [
        ("at", "CSF obtained 09:46 is after infusion started 09:45")]
    assert check("csf_obtained", t("09:44"), stamps=recorded, now=t("09:47")) == []


def test_times_in_the_same_minute_are_told_apart_by_their_seconds():
    recorded = [Stamp("positioned", t("09:42", 30), {})]
    assert words(check("needle_in", t("09:42", 10), stamps=recorded)) == [
        ("at", "Needle inserted 09:42:10 is before patient positioned 09:42:30")]


# --- late stamps ---------------------------------------------------------------------------------

LATE = "Recorded more than 10 minutes after the fact: give the reason"


def test_exactly_late_after_minutes_is_not_late():
    now = t("09:50")
    assert not is_late(t("09:40"), now=now, settings=SETTINGS)
    assert is_late(t("09:39", 59), now=now, settings=SETTINGS)
    assert not is_late(t("09:51"), now=now, settings=SETTINGS)       # in the future
    assert check("positioned", t("09:40"), now=now) == []


def test_a_late_stamp_needs_a_reason():
    now = t("09:50", 1)
    assert words(check("positioned", t("09:40"), now=now)) == [("reason", LATE)]
    assert words(check("positioned", t("09:40"), now=now, reason="  ")) == [("reason", LATE)]
    assert check("positioned", t("09:40"), now=now, reason="Entered after the emergency") == []


def test_the_late_limit_comes_from_the_settings():
    from dataclasses import replace
    short = replace(SETTINGS, late_after_minutes=1)
    errors = check("positioned", t("09:40"), now=t("09:42"), settings=short)
    assert words(errors) == [("reason", "Recorded more than 1 minute after the fact: "
                                        "give the reason")]


def test_late_counts_real_minutes_across_a_clock_change():
    # 29/03/2026 in Paris: 02:00 CET becomes 03:00 CEST; 01:55 to 03:04 is 9 minutes.
    before = datetime(2026, 3, 29, 1, 55, tzinfo=PARIS)
    after = datetime(2026, 3, 29, 3, 4, tzinfo=PARIS)
    assert not is_late(before, now=after, settings=SETTINGS)
    assert is_late(before, now=after + timedelta(minutes=2), settings=SETTINGS)


def test_every_problem_is_returned_together():
    errors = check("infusion_end", t("10:20"), {"volume_ml": 0, "colour": "red"},
                   now=t("10:00"), opened=t("10:30"))
    fields = [e.field for e in errors]
    assert fields.count("at") == 2
    assert {"kind", "volume_ml", "colour"} <= set(fields)


# --- details -------------------------------------------------------------------------------------

NEEDLE = DETAILS["needle_in"]
CSF = DETAILS["csf_obtained"]


@pytest.mark.parametrize(("details", "field", "message"), [
    ({**NEEDLE, "spinal_level": None}, "spinal_level", "Give the spinal level"),
    ({**NEEDLE, "spinal_level": "T12-L1"}, "spinal_level",
     "Spinal level must be one of L2-L3, L3-L4, L4-L5, L5-S1, found 'T12-L1'"),
    ({k: v for k, v in NEEDLE.items() if k != "needle_gauge"}, "needle_gauge",
     "Give the needle gauge"),
    ({**NEEDLE, "needle_gauge": "18G"}, "needle_gauge",
     "Needle gauge must be one of 20G atraumatic, 22G atraumatic, 25G atraumatic, "
     "22G Quincke, found '18G'"),
    ({**NEEDLE, "attempts": None}, "attempts", "Give the number of attempts"),
    ({**NEEDLE, "attempts": 0}, "attempts", "Number of attempts must be at least 1, found 0"),
    ({**NEEDLE, "attempts": 7}, "attempts",
     "Number of attempts 7 is above the maximum of 6: check the value"),
    ({**NEEDLE, "attempts": True}, "attempts",
     "Number of attempts must be a whole number, found True"),
    ({**NEEDLE, "attempts": 2.0}, "attempts",
     "Number of attempts must be a whole number, found 2.0"),
    ({**NEEDLE, "attempts": "2"}, "attempts",
     "Number of attempts must be a whole number, found '2'"),
    ({**NEEDLE, "side": "left"}, "side", "Needle inserted takes no detail 'side'"),
])
def test_needle_details_refused(details, field, message):
    assert words(check("needle_in", t("09:42"), details)) == [(field, message)]


def test_the_most_attempts_allowed_is_fine():
    assert check("needle_in", t("09:42"), {**NEEDLE, "attempts": 6}) == []


@pytest.mark.parametrize(("details", "field", "message"), [
    ({**CSF, "volume_ml": 45}, "volume_ml",
     "CSF volume 45 mL is above the sane maximum of 20 mL: check the value"),
    ({**CSF, "volume_ml": 20.5}, "volume_ml",
     "CSF volume 20.5 mL is above the sane maximum of 20 mL: check the value"),
    ({**CSF, "volume_ml": 0}, "volume_ml", "CSF volume must be more than 0 mL, found 0 mL"),
    ({**CSF, "volume_ml": -2.5}, "volume_ml",
     "CSF volume must be more than 0 mL, found -2.5 mL"),
    ({**CSF, "volume_ml": math.nan}, "volume_ml", "CSF volume must be a number of mL, found nan"),
    ({**CSF, "volume_ml": math.inf}, "volume_ml", "CSF volume must be a number of mL, found inf"),
    ({**CSF, "volume_ml": True}, "volume_ml", "CSF volume must be a number of mL, found True"),
    ({**CSF, "volume_ml": "5"}, "volume_ml", "CSF volume must be a number of mL, found '5'"),
    ({"appearance": "clear"}, "volume_ml", "Give the CSF volume"),
    ({**CSF, "appearance": None}, "appearance", "Give the CSF appearance"),
    ({**CSF, "appearance": "cloudy"}, "appearance",
     "CSF appearance must be one of clear, blood-stained, other, found 'cloudy'"),
    ({**CSF, "appearance": "other"}, "appearance_other", "Describe the CSF appearance in words"),
    ({**CSF, "appearance": "other", "appearance_other": "  "}, "appearance_other",
     "Describe the CSF appearance in words"),
    ({**CSF, "appearance_other": "pinkish"}, "appearance_other",
     "Describe the CSF appearance in words only when it is 'other'"),
    ({**CSF, "pressure": 18}, "pressure", "CSF obtained takes no detail 'pressure'"),
])
def test_csf_details_refused(details, field, message):
    assert words(check("csf_obtained", t("09:44"), details,
                       stamps=stamps_before("csf_obtained"))) == [(field, message)]


@pytest.mark.parametrize("details", [
    {**CSF, "volume_ml": 20}, {**CSF, "volume_ml": 0.5},
    {**CSF, "appearance": "blood-stained"},
    {**CSF, "appearance": "other", "appearance_other": "xanthochromic"},
    {**CSF, "appearance_other": ""}, {**CSF, "appearance_other": None},
])
def test_csf_details_accepted(details):
    assert check("csf_obtained", t("09:44"), details, stamps=stamps_before("csf_obtained")) == []


@pytest.mark.parametrize(("details", "vial", "message"), [
    ({"volume_ml": 15}, 10.0, "Infused volume 15 mL is more than the vial holds (10 mL)"),
    ({"volume_ml": 10.5}, 10, "Infused volume 10.5 mL is more than the vial holds (10 mL)"),
    ({"volume_ml": 0}, 10.0, "Infused volume must be more than 0 mL, found 0 mL"),
    ({"volume_ml": False}, 10.0, "Infused volume must be a number of mL, found False"),
    ({}, 10.0, "Give the infused volume"),
])
def test_infusion_end_details_refused(details, vial, message):
    errors = check("infusion_end", t("09:52"), details, stamps=stamps_before("infusion_end"),
                   vial_volume_ml=vial)
    assert words(errors) == [("volume_ml", message)]


@pytest.mark.parametrize(("volume", "vial"), [(10, 10.0), (9.5, 10.0), (15, None)])
def test_infusion_end_volume_up_to_what_the_vial_holds(volume, vial):
    assert check("infusion_end", t("09:52"), {"volume_ml": volume},
                 stamps=stamps_before("infusion_end"), vial_volume_ml=vial) == []


@pytest.mark.parametrize("kind", ["positioned", "infusion_start", "needle_out", "lying_flat"])
def test_stamps_without_details_take_none(kind):
    errors = check(kind, t(TIMES[kind]), {"note": "x"}, stamps=stamps_before(kind))
    assert words(errors) == [("note", f"{STAMP_LABELS[kind]} takes no detail 'note'")]


# --- the property: accepted stamps keep their order ----------------------------------------------

def valid_details(kind: str) -> dict:
    return dict(DETAILS.get(kind, {}))


ATTEMPT = st.tuples(st.sampled_from(STAMPS), st.integers(-600, 3 * 3600))
# The whole procedure at sorted times, so that many stamps get accepted, in order, in any order,
# or shuffled among stray attempts; and plain random attempts.
IN_ORDER = st.lists(st.integers(0, 3 * 3600), min_size=7, max_size=7).map(
    lambda seconds: list(zip(STAMPS, sorted(seconds), strict=True)))
ATTEMPTS = st.one_of(
    st.lists(ATTEMPT, max_size=25),
    IN_ORDER,
    IN_ORDER.flatmap(st.permutations),
    st.tuples(IN_ORDER, st.lists(ATTEMPT, max_size=10)).flatmap(
        lambda both: st.permutations(both[0] + both[1])),
)


@settings(max_examples=400)
@given(ATTEMPTS)
def test_stamps_accepted_one_by_one_are_in_order(attempts):
    now = OPENED + timedelta(hours=3)
    recorded: list[Stamp] = []
    for kind, seconds in attempts:
        at = OPENED + timedelta(seconds=seconds)
        if not validate_stamp(kind, at, valid_details(kind), reason="entered afterwards",
                              stamps=recorded, session_opened_at=OPENED, now=now, tz=PARIS,
                              go=True, vial_verified=True, vial_volume_ml=10.0,
                              settings=SETTINGS):
            recorded.append(Stamp(kind, at, valid_details(kind),
                                  retrospective=is_late(at, now=now, settings=SETTINGS)))
    kinds = [s.kind for s in recorded]
    assert len(kinds) == len(set(kinds))
    times = [s.at for s in sorted(recorded, key=lambda s: STAMPS.index(s.kind))]
    assert times == sorted(times)
    assert all(OPENED <= at <= now for at in times)
    if "needle_out" in kinds and "infusion_start" in kinds:
        assert "infusion_end" in kinds
    for kind, needed in (("infusion_start", "needle_in"), ("lying_flat", "needle_out"),
                         ("infusion_end", "infusion_start")):
        if kind in kinds:
            assert needed in kinds


# --- incidents -----------------------------------------------------------------------------------

def incident(kind, details, *, at=None, now=None, opened=OPENED, tz=PARIS):
    at = t("09:50") if at is None else at
    return validate_incident(kind, details, at=at, session_opened_at=opened,
                             now=at if now is None else now, tz=tz)


def test_incident_labels():
    assert set(INCIDENT_LABELS) == set(INCIDENTS)
    assert INCIDENT_LABELS["paraesthesia"] == "Paraesthesia or radicular pain"
    assert VIAL_FATES == ("opened, not injected", "partly injected", "not opened")


@pytest.mark.parametrize("kind", [k for k in INCIDENTS if k != "abandoned"])
def test_incidents_take_an_optional_note(kind):
    assert incident(kind, {}) == []
    assert incident(kind, {"note": "second attempt at L4-L5"}) == []
    assert words(incident(kind, {"note": 3})) == [("note", "The note must be text, found 3")]
    assert words(incident(kind, {"vial_fate": "not opened"})) == [
        ("vial_fate", f"{INCIDENT_LABELS[kind]} takes no detail 'vial_fate'")]


@pytest.mark.parametrize("fate", VIAL_FATES)
def test_an_abandoned_procedure_says_why_and_what_became_of_the_vial(fate):
    assert incident("abandoned", {"reason": "Vasovagal, patient refused", "vial_fate": fate}) == []


def test_an_abandoned_procedure_without_its_details_is_refused():
    fates = "'opened, not injected', 'partly injected' or 'not opened'"
    assert words(incident("abandoned", {"reason": " "})) == [
        ("reason", "Give the reason the procedure was abandoned"),
        ("vial_fate", f"Say what became of the vial: {fates}")]
    assert words(incident("abandoned", {"reason": "dry tap", "vial_fate": "lost"})) == [
        ("vial_fate", f"What became of the vial must be {fates}, found 'lost'")]


def test_an_incident_follows_the_time_rules():
    assert words(incident("vasovagal", {}, now=t("09:49"))) == [
        ("at", "Vasovagal reaction at 09:50 is in the future")]
    assert words(incident("vasovagal", {}, at=t("09:00"))) == [
        ("at", "Vasovagal reaction at 09:00 is before the session opened (09:05)")]
    assert words(incident("coffee", {})) == [
        ("kind", "Unknown incident 'coffee': expected one of failed_attempt, paraesthesia, "
                 "vasovagal, traumatic_tap, abandoned")]
    with pytest.raises(ValueError):
        incident("vasovagal", {}, at=datetime(2026, 11, 24, 9, 50))


def test_an_incident_without_a_zone_is_shown_in_the_zone_of_its_time():
    errors = validate_incident("vasovagal", {}, at=t("09:00"), session_opened_at=OPENED,
                               now=t("09:10"))
    assert words(errors) == [("at", "Vasovagal reaction at 09:00 is before the session opened "
                                    "(09:05)")]
