"""The cell bank file: its header, every row check with its line number, and the comparison
with the bank already held (new, changed with old -> new, unchanged)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maestro_desktop.domain.cellbank import (
    CSV_COLUMNS,
    BankVial,
    RowProblem,
    bank_changes,
    format_bank_csv,
    gtin_ok,
    parse_bank_csv,
    parse_bank_rows,
    vial_id_kind,
)

HEADER = ",".join(CSV_COLUMNS)
GOOD = "G123426000001,L24A,2027-03-01,released,1e8,10,01-001,1,,"
VIAL = BankVial("G123426000001", "L24A", date(2027, 3, 1), "released", 1e8, 10.0, "01-001", 1)


def parse(*rows: str, header: str = HEADER) -> tuple[list[BankVial], list[str]]:
    vials, problems = parse_bank_csv("\n".join([header, *rows]) + "\n")
    return vials, [str(p) for p in problems]


def test_a_good_file():
    vials, problems = parse(GOOD, "0950600013435,L2,2027-03-01T18:30,quarantine,\"1,5\",\"2,5\","
                                  ",,09506000134352,S1234V00")
    assert problems == []
    assert vials == [VIAL, BankVial("0950600013435", "L2", datetime(2027, 3, 1, 18, 30),
                                    "quarantine", 1.5, 2.5, None, None, "09506000134352",
                                    "S1234V00")]


def test_columns_in_any_order_and_semicolons_from_a_french_spreadsheet():
    header = ";".join(reversed(CSV_COLUMNS))
    row = ";".join(reversed(GOOD.split(",")))
    assert parse(row, header=header) == ([VIAL], [])


def test_wrong_header_is_one_problem_on_line_1_naming_the_columns():
    header = HEADER.replace("volume_ml", "volume").replace(",gtin", ",gtin,comment")
    vials, problems = parse(GOOD, "garbage", header=header)
    assert vials == []
    assert len(problems) == 1
    assert problems[0].startswith("line 1: the header is not the cell bank's (missing: "
                                  "volume_ml; unknown: volume, comment)")
    assert problems[0].endswith(HEADER)


def test_a_column_twice_is_a_wrong_header():
    (problem,) = parse(GOOD, header=HEADER + ",lot")[1]
    assert "given twice: lot" in problem


@pytest.mark.parametrize("text", ["", "\n\n", "   \nG123426000001"])
def test_an_empty_file(text):
    assert parse_bank_csv(text) == ([], [RowProblem(1, "the file is empty: the first line "
                                                       f"must be the header {HEADER}")])


def test_every_problem_is_reported_with_its_line():
    _, problems = parse(
        GOOD,
        "G123426000002,,2027-13-01,quarantined,-1,abc,01-001,,12345678901234,",
        "",                                                        # blank lines are skipped
        "G123426000003,L24A,2027-02-30T10:00,released,0,1,1-1,4,,",
        "bad id with spaces,L24A,2027-03-01,released,1,1,,,,",
        "G123426000004,L24A,01/03/2027,released,1,1,,1,,",
        "G123426000005,L24A,2027-03-01,released,1,1",
    )
    assert problems == [
        "line 3: lot is missing",
        "line 3: expiry '2027-13-01' is not a valid date (YYYY-MM-DD)",
        "line 3: release_status 'quarantined' must be one of released, quarantine, rejected",
        "line 3: cells_per_vial must be more than 0 (got '-1')",
        "line 3: volume_ml 'abc' is not a number",
        "line 3: allocated_subject and allocated_visit must be given together",
        "line 3: gtin '12345678901234' is not a GTIN-14 (14 digits, last one the check digit)",
        "line 5: expiry '2027-02-30T10:00' is not a valid date and time (YYYY-MM-DDTHH:MM)",
        "line 5: cells_per_vial must be more than 0 (got '0')",
        "line 5: allocated_visit '4' must be 1, 2 or 3",
        "line 5: allocated_subject '1-1' must be a subject code like 01-003",
        "line 6: vial_id 'bad id with spaces' is neither an ISBT 128 DIN (13 characters, e.g. "
        "G123426000001) nor a GS1 serial (1-20 letters, digits or -./_ etc., no spaces)",
        "line 7: expiry '01/03/2027' is not a valid date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM in "
        "local time)",
        "line 7: allocated_subject and allocated_visit must be given together",
        "line 8: has 6 values; the header names 10 columns",
    ]


def test_the_brief_example_of_a_bad_month():
    rows = [GOOD.replace("000001", f"{n:06d}") for n in range(1, 6)]
    rows.append("G123426000099,L24A,2027-13-01,released,1,1,,,,")
    assert parse(*rows)[1] == ["line 7: expiry '2027-13-01' is not a valid date (YYYY-MM-DD)"]


def test_duplicate_vial_id_is_reported_on_the_second_line_naming_the_first():
    vials, problems = parse(GOOD, GOOD.replace("000001", "000002"), GOOD)
    assert problems == ["line 4: vial_id 'G123426000001' is already on line 2"]
    assert [v.vial_id for v in vials] == ["G123426000001", "G123426000002"]


def test_quoted_values_spanning_lines_keep_the_line_numbers_right():
    vials, problems = parse(GOOD + '"two\nlines"',
                            "G123426000002,L24A,2027-13-01,released,1,1,,,,")
    assert problems == ["line 4: expiry '2027-13-01' is not a valid date (YYYY-MM-DD)"]
    assert vials[0].product_code == "two\nlines"


def test_trailing_empty_cells_from_a_spreadsheet_are_tolerated():
    assert parse(GOOD + ",,,", ",,,,,,,,,,,,")[1] == []


def test_status_words_are_accepted_in_any_case():
    assert parse(GOOD.replace("released", "Released"))[0][0].release_status == "released"


def test_rows_keep_their_line_numbers():
    rows, _ = parse_bank_rows(f"{HEADER}\n\n{GOOD}\n")
    assert rows == [(3, VIAL)]


@pytest.mark.parametrize(("text", "kind"), [
    ("G123426000001", "DIN"), ("W000026123456", "DIN"), ("1234526000001", "DIN"),
    ("O123426000001", "serial"),     # O is not a DIN facility letter, still a valid serial
    ("ASC-24-0001", "serial"), ("a" * 20, "serial"),
    ("a" * 21, None), ("A B", None), ("AB|C", None), ("", None), ("é1", None),
])
def test_vial_id_kinds(text, kind):
    assert vial_id_kind(text) == kind


@pytest.mark.parametrize(("gtin", "ok"), [
    ("09506000134352", True), ("00012345600012", True), ("09506000134353", False),
    ("9506000134352", False), ("0950600013435X", False),
])
def test_gtin_check_digit(gtin, ok):
    assert gtin_ok(gtin) is ok


def test_bank_changes():
    quarantined = replace(VIAL, vial_id="G123426000002", release_status="quarantine")
    other = replace(VIAL, vial_id="G123426000003")
    existing = {v.vial_id: v for v in (VIAL, quarantined)}
    new, changed, unchanged = bank_changes(existing, [
        replace(VIAL, administered_session="ignored: not a file column"),
        replace(quarantined, release_status="released", lot="L24B"),
        other,
    ])
    assert new == [other]
    assert changed == [(replace(quarantined, release_status="released", lot="L24B"),
                        {"lot": ("L24A", "L24B"), "release_status": ("quarantine", "released")})]
    assert unchanged == 1


def test_usable_until():
    assert VIAL.usable_until() == datetime(2027, 3, 2, 0, 0)
    assert replace(VIAL, expiry=datetime(2027, 3, 1, 18, 30)).usable_until() == \
        datetime(2027, 3, 1, 18, 30)


serials = st.text(alphabet="ABCxyz0123456789-./_,\"", min_size=1, max_size=20)
vials = st.builds(
    BankVial, vial_id=serials, lot=st.text(alphabet="L0123456789 ", min_size=1, max_size=20)
    .map(str.strip).filter(bool),
    expiry=st.one_of(st.dates(), st.datetimes().map(lambda d: d.replace(second=0,
                                                                        microsecond=0))),
    release_status=st.sampled_from(["released", "quarantine", "rejected"]),
    cells_per_vial=st.floats(min_value=1e-3, max_value=1e12),
    volume_ml=st.floats(min_value=1e-3, max_value=1e3),
    allocated_subject=st.none(), allocated_visit=st.none(),
    gtin=st.sampled_from([None, "09506000134352"]),
    product_code=st.sampled_from([None, "S1234V00", 'a "quoted", value']))


@given(st.lists(vials, max_size=5, unique_by=lambda v: v.vial_id))
def test_format_then_parse_gives_the_same_vials(bank):
    assert parse_bank_csv(format_bank_csv(bank)) == (bank, [])
