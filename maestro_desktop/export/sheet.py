"""The procedure sheet as PDF: `render_sheet(data, out)`.

One A4 document per session: identity header, then the record in the order of the day
(checks and verdict, vial, timeline, incidents, vital signs with NEWS2 and a chart, adverse
events, discharge), then signatures and amendments. Every page repeats who it is about, whether
it is a training record, whether the data changed after signature, the journal hash the
signature covers, when it was generated, and "Page x of y".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.flowables import Flowable

from .files import atomic_write
from .sheet_chart import chartable, vitals_chart
from .sheet_model import (
    CHANGED_AFTER_SIGNATURE,
    NOT_PERFORMED,
    OPEN,
    PERFORMED,
    SIGNED,
    SheetData,
)
from .sheet_parts import (
    ALERT,
    FRAME_WIDTH,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    WATERMARK,
    CountingCanvas,
    PageFurniture,
    Styles,
    boxed,
    bullets,
    pairs_table,
    para,
    sheet_styles,
    table,
    text,
)

STATUS_WORDS = {
    PERFORMED: "Procedure performed, not signed",
    NOT_PERFORMED: "PROCEDURE NOT PERFORMED",
    OPEN: "Open: not finished, not signed",
    SIGNED: "Signed",
    CHANGED_AFTER_SIGNATURE: "CHANGED AFTER SIGNATURE",
}
VITALS_HEADER = ("Time", "Check", "SBP\nmmHg", "DBP\nmmHg", "HR\n/min", "RR\n/min",
                 "SpO₂\n%", "O₂", "Temp\n°C", "ACVPU", "Pain", "NEWS2", "Band", "By")
VITALS_WIDTHS = (30, 44, 34, 34, 26, 26, 28, 30, 30, 36, 26, 37, 56, 73)
VITALS_TITLE = "Vital signs and NEWS2"
KEEP_WITH_HEADING = 110  # points of room the vitals heading needs below it
AE_HEADER = ("Term", "Onset", "Grade", "Serious", "Relation to LP", "Relation to cells",
             "Action", "Outcome", "End")
AE_WIDTHS = (80, 52, 34, 38, 52, 52, 70, 70, 62)


def render_sheet(data: SheetData, out: Path) -> Path:
    """Write the sheet of `data` to `out` (whole or not at all: see files.atomic_write)."""
    styles = sheet_styles()
    furniture = page_furniture(data)

    def write(path: Path) -> None:
        doc = BaseDocTemplate(
            str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
            rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=f"Procedure sheet {data.subject_code} {data.visit} {data.session_date}",
            author=data.site, subject=f"{data.registry_id} {data.protocol_code}",
            creator="maestro-desktop", initialFontName=styles.regular)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH,
                      PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("sheet", [frame], onPage=furniture.on_page,
                                           onPageEnd=furniture.on_page_end)])
        doc.build(build_story(data, styles), canvasmaker=CountingCanvas)

    return atomic_write(out, write)


def status_words(data: SheetData) -> str:
    if data.not_performed:
        return STATUS_WORDS[NOT_PERFORMED]
    if data.status == PERFORMED and data.signed:
        return "Procedure performed, signed"
    return STATUS_WORDS.get(data.status, data.status)


def page_furniture(data: SheetData) -> PageFurniture:
    alerts = [label for flag, label in ((data.training, "TRAINING RECORD, NOT CLINICAL DATA"),
                                        (data.not_performed, "PROCEDURE NOT PERFORMED"),
                                        (data.changed_after_signature,
                                         "CHANGED AFTER SIGNATURE"))
              if flag]
    if data.signed:
        footer = [("Journal hash covered by the signature:", data.journal_hash)]
    else:
        footer = [("Journal hash covered by the signature: not signed", ""),
                  ("Journal hash at export:", data.journal_hash)]
    footer.append((f"Generated {data.generated_at} by maestro-desktop", ""))
    return PageFurniture(
        left=f"{data.registry_id} · procedure sheet",
        right=(f"Subject {data.subject_code} ({data.initials}) · {data.visit} · "
               f"{data.session_date}"),
        alert=" · ".join(alerts),
        footer=tuple(footer),
        training=data.training)


def build_story(data: SheetData, styles: Styles, chart: bool = True) -> list[Flowable]:
    """Every flowable of the sheet, in order (the benchmark builds them on other fonts)."""
    story: list[Flowable] = [
        Paragraph("Intrathecal injection: procedure sheet", styles.title),
        para(data.trial_title, styles.body),
        pairs_table([("Subject", data.subject_code), ("Initials", data.initials),
                     ("Visit", data.visit), ("Date", data.session_date),
                     ("Status", status_words(data)), ("Site", data.site),
                     ("Registry", data.registry_id), ("Protocol", data.protocol_code),
                     ("Session", data.session_id), ("Signature", _signed_words(data))],
                    styles, columns=2, label_share=0.24),
    ]
    story += _banners(data, styles)
    sections = [
        ("Pre-procedure checks and verdict", _checks(data, styles), True),
        ("Vial identity", _vial(data, styles), bool(data.vial)),
        ("Procedure timeline and infusion", _timeline(data, styles),
         bool(data.timeline or data.infusion)),
        ("Incidents", _listed(data.incidents, "No incident recorded.", styles),
         bool(data.incidents)),
        (VITALS_TITLE, _vitals(data, styles, chart), bool(data.vitals)),
        ("Adverse events", _adverse_events(data, styles), bool(data.adverse_events)),
        ("Discharge", [para(data.discharge or "Discharge not recorded.", styles.body)],
         bool(data.discharge)),
        ("Signatures", _signatures(data, styles), True),
        ("Amendments after entry", _amendments(data, styles), True),
    ]
    number = 0
    for title, flowables, recorded in sections:
        if data.not_performed and not recorded:
            continue   # a session stopped early shows what was recorded, not empty sections
        number += 1
        heading = Paragraph(f"{number}. {text(title)}", styles.heading)
        if title == VITALS_TITLE:
            # Pages of vitals: split freely, but a heading never ends a page.
            story += [CondPageBreak(KEEP_WITH_HEADING), heading, *flowables]
        else:
            # A short section moves whole to the next page rather than leave an orphan row.
            story.append(KeepTogether([heading, *flowables]))
    return story


def _signed_words(data: SheetData) -> str:
    if not data.signatures:
        return "Not signed"
    last = data.signatures[-1]
    return f"{last.printed_name}, {last.signed_at}"


def _banners(data: SheetData, styles: Styles) -> list[Flowable]:
    found: list[Flowable] = []
    if data.not_performed:
        found += [Spacer(1, 6), boxed([
            Paragraph("PROCEDURE NOT PERFORMED", styles.banner),
            para("Reasons recorded:", styles.body),
            *bullets(data.not_performed_reasons or ["No reason recorded."], styles)], styles)]
    if data.changed_after_signature:
        count = len(data.amendments)
        found += [Spacer(1, 6), boxed([
            Paragraph("CHANGED AFTER SIGNATURE", styles.banner),
            para(f"Data were changed after the last signature ({count} amendment"
                 f"{'' if count == 1 else 's'}, listed at the end). The signature covers the "
                 "record as it was when signed; the changes fall outside it.", styles.body)],
            styles)]
    if data.training:
        found += [Spacer(1, 6), boxed(
            [para("TRAINING: made on the training database, not a clinical record.",
                  styles.body)], styles, border=WATERMARK, fill=HEADER_FILL)]
    return found


def _listed(items: list[str], empty: str, styles: Styles) -> list[Flowable]:
    return bullets(items, styles) if items else [para(empty, styles.body)]


def _checks(data: SheetData, styles: Styles) -> list[Flowable]:
    found: list[Flowable] = []
    if data.checks:
        found.append(table(("Question", "Answer"), data.checks, (330, 180), styles))
    else:
        found.append(para("No check answered.", styles.body))
    if data.baseline:
        found += [Spacer(1, 4), para("Baseline vital signs", styles.cell_head), Spacer(1, 2),
                  pairs_table(data.baseline, styles, columns=2, label_share=0.45)]
    found += [Spacer(1, 4),
              Paragraph(f"<b>Verdict:</b> {text(data.verdict or 'no verdict recorded')}",
                        styles.body)]
    found += bullets(data.verdict_reasons, styles)
    if data.hold_table_source:
        found.append(para(f"Antithrombotic hold times: {data.hold_table_source}",
                          styles.small))
    return found


def _vial(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.vial:
        return [para("No vial scanned.", styles.body)]
    return [pairs_table(data.vial, styles, columns=1, label_share=0.3)]


def _timeline(data: SheetData, styles: Styles) -> list[Flowable]:
    found: list[Flowable] = []
    if data.timeline:
        found.append(table(("Step", "Time", "Details"), data.timeline, (130, 60, 320), styles))
    else:
        found.append(para("No step recorded.", styles.body))
    found.append(Spacer(1, 4))
    found.append(Paragraph(f"<b>Infusion:</b> {text(data.infusion or 'not recorded')}",
                           styles.body))
    return found


def _vitals(data: SheetData, styles: Styles, chart: bool) -> list[Flowable]:
    if not data.vitals:
        return [para("No vital signs recorded.", styles.body)]
    rows = [[r.time, r.check, r.sbp, r.dbp, r.hr, r.rr, r.spo2, r.oxygen, r.temp, r.acvpu,
             r.pain, r.news2, r.band, r.by] for r in data.vitals]
    flagged = [("TEXTCOLOR", (11, i), (12, i), ALERT)
               for i, r in enumerate(data.vitals, start=1)
               if any(word in r.band.lower() for word in ("medium", "high"))]
    found: list[Flowable] = [table(VITALS_HEADER, rows, VITALS_WIDTHS, styles, extra=flagged)]
    if chart and chartable(data.vitals_points):
        found += [Spacer(1, 6),
                  vitals_chart(data.vitals_points, data.baseline_point, FRAME_WIDTH, styles)]
    elif chart:
        found.append(para("No vital signs after the infusion end to chart.", styles.small))
    return found


def _adverse_events(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.adverse_events:
        return [para("No adverse event recorded.", styles.body)]
    rows = [(list(row) + [""] * len(AE_HEADER))[:len(AE_HEADER)] for row in data.adverse_events]
    return [table(AE_HEADER, rows, AE_WIDTHS, styles)]


def _signatures(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.signatures:
        return [para("Not signed.", styles.body)]
    rows: list[list] = []
    spans = []
    for signature in data.signatures:
        rows.append([signature.printed_name, signature.username, signature.signed_at,
                     signature.meaning])
        rows.append([Paragraph(f"Covers journal hash <font face='{styles.mono}'>"
                               f"{text(signature.covers_hash)}</font>", styles.cell),
                     "", "", ""])
        spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
    return [table(("Printed name", "User", "Date and time", "Meaning"), rows,
                  (120, 70, 100, 220), styles, extra=spans)]


def _amendments(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.amendments:
        return [para("No amendment.", styles.body)]
    rows = [[a.when, a.who, a.what, a.old, a.new, a.reason] for a in data.amendments]
    return [table(("When", "Who", "What", "Old value", "New value", "Reason"), rows,
                  (62, 60, 80, 80, 80, 148), styles)]
