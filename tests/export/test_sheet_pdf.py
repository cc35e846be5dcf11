"""The procedure sheet PDF, read back with poppler as a monitor or an inspector would read it:
every recorded value is there, every page says whose record it is, which page, whether it was
changed after signature, and the fonts are embedded DejaVu (no Helvetica)."""

from __future__ import annotations

import errno
import math
import os
from dataclasses import replace
from pathlib import Path

import pdf_tools
import pytest
import sheet_fixtures
from pdf_tools import flat

from maestro_desktop.export import files
from maestro_desktop.export.files import ExportError, atomic_write
from maestro_desktop.export.sheet import render_sheet
from maestro_desktop.export.sheet_model import SIGNED, Amendment, VitalsPoint

BASE_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


# --- content ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["signed", "not performed", "training"])
def test_every_recorded_value_is_printed(all_sheets, name):
    data, pdf = all_sheets[name]
    printed = flat(pdf_tools.text(pdf))
    missing = [value for value in sheet_fixtures.displayed_values(data)
               if flat(value) not in printed]
    assert not missing, f"not on the {name} sheet: {missing}"


def test_identity_is_in_the_header_block(signed):
    data, pdf = signed
    printed = flat(pdf_tools.text(pdf, page=1))
    for label, value in (("Subject", data.subject_code), ("Initials", data.initials),
                         ("Visit", data.visit), ("Date", data.session_date),
                         ("Registry", "NCT06592703"), ("Protocol", "35RC21_9806_MAESTRO-4MS"),
                         ("Site", data.site), ("Session", data.session_id)):
        assert f"{label} {value}" in printed
    assert data.trial_title in printed


def test_each_check_reads_with_its_answer(signed):
    data, pdf = signed
    printed = flat(pdf_tools.text(pdf))
    for question, answer in data.checks:
        assert f"{question} {answer}" in printed
    assert f"Verdict: {data.verdict}" in printed
    assert data.hold_table_source in printed


def test_each_stamp_reads_with_its_time_and_details(signed):
    data, pdf = signed
    printed = flat(pdf_tools.text(pdf))
    for stamp, time, details in data.timeline:
        assert f"{stamp} {time} {details}" in printed
    assert f"Infusion: {data.infusion}" in printed


def test_vitals_rows_are_whole_in_order_baseline_first(signed):
    data, pdf = signed
    printed = flat(pdf_tools.text(pdf))
    where = []
    for row in data.vitals:
        line = " ".join([row.time, row.check, row.sbp, row.dbp, row.hr, row.rr, row.spo2,
                         row.oxygen, row.temp, row.acvpu, row.pain, row.news2, row.band,
                         row.by])
        assert line in printed
        where.append(printed.index(line))
    assert data.vitals[0].check == "Baseline"
    assert where == sorted(where)


def test_the_vitals_table_runs_over_pages_with_its_header_repeated(signed):
    data, pdf = signed
    header = "Time Check SBP mmHg DBP mmHg HR /min RR /min SpO₂ % O₂ Temp °C ACVPU Pain NEWS2"
    pages_with_header = [page for page in range(1, pdf_tools.pages(pdf) + 1)
                         if header in flat(pdf_tools.text(pdf, page))]
    assert len(pages_with_header) >= 2
    assert pages_with_header == list(range(pages_with_header[0], pages_with_header[-1] + 1))


def test_adverse_events_signatures_and_amendments_read_as_rows(signed):
    data, pdf = signed
    printed = flat(pdf_tools.text(pdf))
    for event in data.adverse_events:
        assert " ".join(event) in printed
    for signature in data.signatures:
        assert (f"{signature.printed_name} {signature.username} {signature.signed_at} "
                f"{signature.meaning}") in printed
        assert f"Covers journal hash {signature.covers_hash}" in printed
    for a in data.amendments:
        assert f"{a.when} {a.who} {a.what} {a.old} {a.new} {a.reason}" in printed


def test_accents_symbols_and_markup_characters_round_trip(signed, not_performed):
    printed = flat(pdf_tools.text(signed[1]))
    assert sheet_fixtures.ACCENTED in printed            # é, è, à and °C
    for sample in ("36.7 °C", "212 (≥ 50 required)", "SpO₂", "1.0 × 10⁸ ASCs",
                   "INR < 1.5 & APTT ratio <= 1.4 on the day?", "temperature < 38 °C"):
        assert sample in printed
    assert "Fièvre à 38,4 °C le matin même" in flat(pdf_tools.text(not_performed[1]))
    assert "(MPé)" in flat(pdf_tools.text(not_performed[1]))


# --- every page ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["signed", "not performed", "training"])
def test_every_page_says_whose_which_page_and_what_the_signature_covers(all_sheets, name):
    data, pdf = all_sheets[name]
    total = pdf_tools.pages(pdf)
    for page in range(1, total + 1):
        printed = flat(pdf_tools.text(pdf, page))
        assert f"Page {page} of {total}" in printed
        assert f"Subject {data.subject_code} ({data.initials}) · {data.visit}" in printed
        assert f"Generated {data.generated_at}" in printed
        if data.signatures:
            assert f"Journal hash covered by the signature: {data.journal_hash}" in printed
        else:
            assert "Journal hash covered by the signature: not signed" in printed
            assert f"Journal hash at export: {data.journal_hash}" in printed


def test_the_signed_sheet_has_pages_of_vitals(signed):
    assert pdf_tools.pages(signed[1]) >= 3


def test_changed_after_signature_is_prominent_on_every_page(signed):
    data, pdf = signed
    assert data.changed_after_signature
    for page in range(1, pdf_tools.pages(pdf) + 1):
        assert "CHANGED AFTER SIGNATURE" in pdf_tools.text(pdf, page)
    assert "Data were changed after the last signature (2 amendments" in flat(
        pdf_tools.text(pdf, 1))


def test_a_signed_unchanged_sheet_does_not_say_changed(sheet_dir):
    data = replace(sheet_fixtures.signed_session(rows=4), status=SIGNED, amendments=[])
    printed = flat(pdf_tools.text(render_sheet(data, sheet_dir / "unchanged.pdf")))
    assert "CHANGED" not in printed
    assert "Status Signed" in printed
    assert "No amendment." in printed


def test_training_watermark_on_every_page_and_only_in_training(training, signed):
    data, pdf = training
    for page in range(1, pdf_tools.pages(pdf) + 1):
        compact = "".join(pdf_tools.text(pdf, page).split())
        # The diagonal watermark is drawn last, just before the page number.
        assert f"TRAININGPage{page}of" in compact
        assert "TRAINING RECORD, NOT CLINICAL DATA" in pdf_tools.text(pdf, page)
    assert "TRAINING" not in pdf_tools.text(signed[1])


def test_an_unsigned_sheet_says_so_and_empty_sections_say_none(training):
    printed = flat(pdf_tools.text(training[1]))
    for words in ("Status Open: not finished, not signed", "Signature Not signed",
                  "Signatures Not signed.", "No adverse event recorded.",
                  "Discharge not recorded.", "No amendment."):
        assert words in printed


def test_not_performed_sheet_lists_reasons_and_what_was_recorded(not_performed):
    data, pdf = not_performed
    printed = flat(pdf_tools.text(pdf))
    assert "PROCEDURE NOT PERFORMED Reasons recorded:" in printed
    for reason in data.not_performed_reasons:
        assert f"• {reason}" in printed
    assert "Status PROCEDURE NOT PERFORMED" in printed
    assert f"Verdict: {data.verdict}" in printed
    for question, answer in data.checks:
        assert f"{question} {answer}" in printed
    # Steps never reached are left out rather than shown empty.
    for section in ("Vial identity", "Procedure timeline", "Vital signs and NEWS2"):
        assert section not in printed
    assert "1. Pre-procedure checks and verdict" in printed
    assert "2. Signatures" in printed and "3. Amendments after entry" in printed


# --- fonts and layout ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["signed", "not performed", "training"])
def test_only_embedded_dejavu_fonts(all_sheets, name):
    found = pdf_tools.fonts(all_sheets[name][1])
    assert {f.name.split("+")[-1] for f in found} == {"DejaVuSans", "DejaVuSans-Bold",
                                                        "DejaVuSansMono"}
    assert all(f.embedded for f in found), found
    assert not [f for f in found if any(base in f.name for base in BASE_14)]


@pytest.mark.parametrize("name", ["signed", "not performed", "training"])
def test_nothing_outside_the_margins(all_sheets, name):
    (width, height), found = pdf_tools.words(all_sheets[name][1])
    margin = 15 * 72 / 25.4 - 0.5
    outside = [w for w in found if w.x_min < margin or w.x_max > width - margin
               or w.y_min < 0 or w.y_max > height]
    assert found and not outside, outside[:5]


def test_awkward_chart_data_still_renders(sheet_dir):
    nan = math.nan
    for number, (points, baseline) in enumerate([
            ([VitalsPoint(15, 120, 70, 36.8)], None),
            ([VitalsPoint(0, nan, nan, nan), VitalsPoint(30, 130, None, nan)],
             VitalsPoint(-30, 125, nan, 36.5)),
            ([VitalsPoint(-5, 250, 180, 41.2), VitalsPoint(900, 60, 35, 34.0),
              VitalsPoint(nan, 120, 70, 37.0)], VitalsPoint(nan, 118, 64, 36.6))]):
        data = replace(sheet_fixtures.signed_session(rows=2), vitals_points=points,
                       baseline_point=baseline)
        out = render_sheet(data, sheet_dir / f"chart-{number}.pdf")
        assert "Minutes after the end of the infusion" in pdf_tools.text(out)


def test_no_chartable_point_says_so(sheet_dir):
    data = replace(sheet_fixtures.signed_session(rows=2),
                   vitals_points=[VitalsPoint(math.nan, 120, 70, 36.8),
                                  VitalsPoint(10, math.nan, math.nan, math.nan)])
    printed = flat(pdf_tools.text(render_sheet(data, sheet_dir / "no-chart.pdf")))
    assert "No vital signs after the infusion end to chart." in printed
    assert "Minutes after the end of the infusion" not in printed


def test_text_longer_than_a_page_flows_over_pages(sheet_dir):
    reason = " ".join(f"word{i}" for i in range(3000))
    data = replace(sheet_fixtures.training_session(),
                   amendments=[Amendment("when", "who", "what", "old", "new", reason)],
                   discharge=" ".join(f"note{i}" for i in range(2500)))
    out = render_sheet(data, sheet_dir / "long.pdf")
    printed = flat(pdf_tools.text(out))
    # Page furniture interrupts the text where it runs over a page: look for words in order.
    where = [printed.index(f" {word} ") for word in ("word0", "word1500", "word2999",
                                                      "note0", "note1200", "note2499")]
    assert where[:3] == sorted(where[:3]) and where[3:] == sorted(where[3:])
    assert pdf_tools.pages(out) > 4


# --- writing the file ------------------------------------------------------------------------

def test_render_replaces_an_earlier_file_and_leaves_no_temporary(tmp_path):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"old")
    assert render_sheet(sheet_fixtures.training_session(), out) == out
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def _half_then_disk_full(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4 half a document")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_full_disk_leaves_nothing_behind(tmp_path):
    with pytest.raises(ExportError, match="disk holding .* is full; nothing was written"):
        atomic_write(tmp_path / "sheet.pdf", _half_then_disk_full)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_earlier_file(tmp_path):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"earlier sheet")
    with pytest.raises(ExportError):
        atomic_write(out, _half_then_disk_full)
    assert out.read_bytes() == b"earlier sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_missing_folder_is_refused_in_words(tmp_path):
    with pytest.raises(ExportError, match=r"The folder .*nowhere does not exist; nothing was "
                                          r"written\. Choose another folder\."):
        render_sheet(sheet_fixtures.training_session(), tmp_path / "nowhere" / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_refused_in_words(tmp_path, monkeypatch):
    # Tests run as root, who may write anywhere: the refusal is what the OS says to a user.
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path))

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="No permission to write in the folder"):
        render_sheet(sheet_fixtures.training_session(), tmp_path / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a mode 0555 folder")
def test_a_really_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    with pytest.raises(ExportError, match="No permission to write in the folder"):
        atomic_write(folder / "sheet.pdf", lambda path: path.write_bytes(b"x"))


def test_a_read_only_disk_and_a_permission_error_mid_write_are_explained(tmp_path):
    def read_only_disk(path: Path) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    def denied(path: Path) -> None:
        path.write_bytes(b"%PDF")
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    with pytest.raises(ExportError, match="read-only disk"):
        atomic_write(tmp_path / "a.pdf", read_only_disk)
    with pytest.raises(ExportError, match="No permission"):
        atomic_write(tmp_path / "b.pdf", denied)
    assert list(tmp_path.iterdir()) == []


def test_a_bug_in_the_writer_is_not_disguised_but_cleaned_up(tmp_path):
    def broken(path: Path) -> None:
        path.write_bytes(b"%PDF")
        raise ValueError("layout bug")

    with pytest.raises(ValueError, match="layout bug"):
        atomic_write(tmp_path / "sheet.pdf", broken)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_the_target_is_refused(tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        atomic_write(tmp_path, lambda path: None)
