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

from ..domain.i18n import Text, tr, tr_table, trn
from ..domain.news2 import BAND_WORDS
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

# Every word of the sheet is in the current language (domain/i18n.py): render a sheet after
# `translations.install(language)`. The data arrive as display text already.
STATUS_WORDS = tr_table("sheet", {
    PERFORMED: "Procedure performed, not signed",
    NOT_PERFORMED: "PROCEDURE NOT PERFORMED",
    OPEN: "Open: not finished, not signed",
    SIGNED: "Signed",
    CHANGED_AFTER_SIGNATURE: "CHANGED AFTER SIGNATURE",
})
_HEADERS = tr_table("sheet", {
    "vitals": ("Time", "Check", "SBP\nmmHg", "DBP\nmmHg", "HR\n/min", "RR\n/min", "SpO₂\n%",
               "O₂", "Temp\n°C", "ACVPU", "Pain", "NEWS2", "Band", "By"),
    "ae": ("Term", "Onset", "Grade", "Serious", "Relation to LP", "Relation to cells", "Action",
           "Outcome", "End"),
    "checks": ("Question", "Answer"),
    "timeline": ("Step", "Time", "Details"),
    "signatures": ("Printed name", "User", "Date and time", "Meaning"),
    "amendments": ("When", "Who", "What", "Old value", "New value", "Reason"),
})
# Room for the French headers and words too (Heure, Référence, Temp., faible-moyen).
VITALS_WIDTHS = (33, 46, 34, 34, 26, 26, 28, 30, 33, 36, 26, 37, 56, 65)
KEEP_WITH_HEADING = 110  # points of room the vitals heading needs below it
AE_WIDTHS = (80, 52, 34, 38, 52, 52, 70, 70, 62)


def render_sheet(data: SheetData, out: Path) -> Path:
    """Write the sheet of `data` to `out` (whole or not at all: see files.atomic_write)."""
    styles = sheet_styles()
    furniture = page_furniture(data)

    def write(path: Path) -> None:
        doc = BaseDocTemplate(
            str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
            rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=tr("sheet", "Procedure sheet {subject} {visit} {date}",
                     subject=data.subject_code, visit=data.visit, date=data.session_date),
            author=data.site, subject=f"{data.registry_id} {data.protocol_code}",
            creator="maestro-desktop", initialFontName=styles.regular)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH,
                      PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("sheet", [frame], onPage=furniture.on_page,
                                           onPageEnd=furniture.on_page_end)])
        doc.build(build_story(data, styles), canvasmaker=CountingCanvas)

    return atomic_write(out, write)


def status_words(data: SheetData) -> Text:
    if data.not_performed:
        return STATUS_WORDS[NOT_PERFORMED]
    if data.status == PERFORMED and data.signed:
        return tr("sheet", "Procedure performed, signed")
    return STATUS_WORDS.get(data.status, data.status)


def page_furniture(data: SheetData) -> PageFurniture:
    alerts = [label for flag, label in (
        (data.training, tr("sheet", "TRAINING RECORD, NOT CLINICAL DATA")),
        (data.not_performed, tr("sheet", "PROCEDURE NOT PERFORMED")),
        (data.changed_after_signature, tr("sheet", "CHANGED AFTER SIGNATURE"))) if flag]
    if data.signed:
        footer = [(tr("sheet", "Journal hash covered by the signature:"), data.journal_hash)]
    else:
        footer = [(tr("sheet", "Journal hash covered by the signature: not signed"), ""),
                  (tr("sheet", "Journal hash at export:"), data.journal_hash)]
    footer.append((tr("sheet", "Generated {when} by maestro-desktop", when=data.generated_at),
                   ""))
    return PageFurniture(
        left=tr("sheet", "{registry} · procedure sheet", registry=data.registry_id),
        right=tr("sheet", "Subject {subject} ({initials}) · {visit} · {date}",
                 subject=data.subject_code, initials=data.initials, visit=data.visit,
                 date=data.session_date),
        alert=" · ".join(alerts),
        footer=tuple(footer),
        training=data.training)


def build_story(data: SheetData, styles: Styles, chart: bool = True) -> list[Flowable]:
    """Every flowable of the sheet, in order (the benchmark builds them on other fonts)."""
    story: list[Flowable] = [
        Paragraph(text(tr("sheet", "Intrathecal injection: procedure sheet")), styles.title),
        para(data.trial_title, styles.body),
        pairs_table([(tr("sheet", "Subject"), data.subject_code),
                     (tr("sheet", "Initials"), data.initials),
                     (tr("sheet", "Visit"), data.visit), (tr("sheet", "Date"), data.session_date),
                     (tr("sheet", "Status"), status_words(data)), (tr("sheet", "Site"), data.site),
                     (tr("sheet", "Registry"), data.registry_id),
                     (tr("sheet", "Protocol"), data.protocol_code),
                     (tr("sheet", "Session"), data.session_id),
                     (tr("sheet", "Signature"), _signed_words(data))],
                    styles, columns=2, label_share=0.24),
    ]
    story += _banners(data, styles)
    sections = [
        (tr("sheet", "Pre-procedure checks and verdict"), _checks(data, styles), True, False),
        (tr("sheet", "Vial identity"), _vial(data, styles), bool(data.vial), False),
        (tr("sheet", "Procedure timeline and infusion"), _timeline(data, styles),
         bool(data.timeline or data.infusion), False),
        (tr("sheet", "Incidents"),
         _listed(data.incidents, tr("sheet", "No incident recorded."), styles),
         bool(data.incidents), False),
        (tr("sheet", "Vital signs and NEWS2"), _vitals(data, styles, chart), bool(data.vitals),
         True),
        (tr("sheet", "Adverse events"), _adverse_events(data, styles), bool(data.adverse_events),
         False),
        (tr("sheet", "Discharge"),
         [para(data.discharge or tr("sheet", "Discharge not recorded."), styles.body)],
         bool(data.discharge), False),
        (tr("sheet", "Signatures"), _signatures(data, styles), True, False),
        (tr("sheet", "Amendments after entry"), _amendments(data, styles), True, False),
    ]
    number = 0
    for title, flowables, recorded, long in sections:
        if data.not_performed and not recorded:
            continue   # a session stopped early shows what was recorded, not empty sections
        number += 1
        heading = Paragraph(f"{number}. {text(title)}", styles.heading)
        if long:
            # Pages of vitals: split freely, but a heading never ends a page.
            story += [CondPageBreak(KEEP_WITH_HEADING), heading, *flowables]
        else:
            # A short section moves whole to the next page rather than leave an orphan row.
            story.append(KeepTogether([heading, *flowables]))
    return story


def _signed_words(data: SheetData) -> str:
    if not data.signatures:
        return tr("sheet", "Not signed")
    last = data.signatures[-1]
    return f"{last.printed_name}, {last.signed_at}"


def _banners(data: SheetData, styles: Styles) -> list[Flowable]:
    found: list[Flowable] = []
    if data.not_performed:
        found += [Spacer(1, 6), boxed([
            Paragraph(text(tr("sheet", "PROCEDURE NOT PERFORMED")), styles.banner),
            para(tr("sheet", "Reasons recorded:"), styles.body),
            *bullets(data.not_performed_reasons or [tr("sheet", "No reason recorded.")],
                     styles)], styles)]
    if data.changed_after_signature:
        found += [Spacer(1, 6), boxed([
            Paragraph(text(tr("sheet", "CHANGED AFTER SIGNATURE")), styles.banner),
            para(trn("sheet", "Data were changed after the last signature ({count} amendment, "
                     "listed at the end). The signature covers the record as it was when signed; "
                     "the changes fall outside it.", "Data were changed after the last signature "
                     "({count} amendments, listed at the end). The signature covers the record as "
                     "it was when signed; the changes fall outside it.", len(data.amendments)),
                 styles.body)],
            styles)]
    if data.training:
        found += [Spacer(1, 6), boxed(
            [para(tr("sheet", "TRAINING: made on the training database, not a clinical record."),
                  styles.body)], styles, border=WATERMARK, fill=HEADER_FILL)]
    return found


def _listed(items: list[str], empty: str, styles: Styles) -> list[Flowable]:
    return bullets(items, styles) if items else [para(empty, styles.body)]


def _checks(data: SheetData, styles: Styles) -> list[Flowable]:
    found: list[Flowable] = []
    if data.checks:
        found.append(table(_HEADERS["checks"], data.checks, (330, 180), styles))
    else:
        found.append(para(tr("sheet", "No check answered."), styles.body))
    if data.baseline:
        found += [Spacer(1, 4), para(tr("sheet", "Baseline vital signs"), styles.cell_head),
                  Spacer(1, 2), pairs_table(data.baseline, styles, columns=2, label_share=0.45)]
    verdict = data.verdict or tr("sheet", "no verdict recorded")
    found += [Spacer(1, 4), Paragraph(f"<b>{text(tr('sheet', 'Verdict:'))}</b> {text(verdict)}",
                                      styles.body)]
    found += bullets(data.verdict_reasons, styles)
    if data.hold_table_source:
        found.append(para(tr("sheet", "Antithrombotic hold times: {source}",
                             source=data.hold_table_source), styles.small))
    return found


def _vial(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.vial:
        return [para(tr("sheet", "No vial scanned."), styles.body)]
    return [pairs_table(data.vial, styles, columns=1, label_share=0.3)]


def _timeline(data: SheetData, styles: Styles) -> list[Flowable]:
    found: list[Flowable] = []
    if data.timeline:
        found.append(table(_HEADERS["timeline"], data.timeline, (130, 60, 320), styles))
    else:
        found.append(para(tr("sheet", "No step recorded."), styles.body))
    found.append(Spacer(1, 4))
    infusion = data.infusion or tr("sheet", "not recorded")
    found.append(Paragraph(f"<b>{text(tr('sheet', 'Infusion:'))}</b> {text(infusion)}",
                           styles.body))
    return found


def _vitals(data: SheetData, styles: Styles, chart: bool) -> list[Flowable]:
    if not data.vitals:
        return [para(tr("sheet", "No vital signs recorded."), styles.body)]
    rows = [[r.time, r.check, r.sbp, r.dbp, r.hr, r.rr, r.spo2, r.oxygen, r.temp, r.acvpu,
             r.pain, r.news2, r.band, r.by] for r in data.vitals]
    alarming = {word.lower() for band in ("low-medium", "medium", "high")
                for word in (band, BAND_WORDS[band])}
    flagged = [("TEXTCOLOR", (11, i), (12, i), ALERT)
               for i, r in enumerate(data.vitals, start=1)
               if r.band.lower() in alarming
               or any(word in r.band.lower() for word in ("medium", "high"))]
    found: list[Flowable] = [table(_HEADERS["vitals"], rows, VITALS_WIDTHS, styles,
                                   extra=flagged)]
    if chart and chartable(data.vitals_points):
        found += [Spacer(1, 6),
                  vitals_chart(data.vitals_points, data.baseline_point, FRAME_WIDTH, styles)]
    elif chart:
        found.append(para(tr("sheet", "No vital signs after the infusion end to chart."),
                          styles.small))
    return found


def _adverse_events(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.adverse_events:
        return [para(tr("sheet", "No adverse event recorded."), styles.body)]
    header = _HEADERS["ae"]
    rows = [(list(row) + [""] * len(header))[:len(header)] for row in data.adverse_events]
    return [table(header, rows, AE_WIDTHS, styles)]


def _signatures(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.signatures:
        return [para(tr("sheet", "Not signed."), styles.body)]
    rows: list[list] = []
    spans = []
    for signature in data.signatures:
        rows.append([signature.printed_name, signature.username, signature.signed_at,
                     signature.meaning])
        rows.append([Paragraph(f"{text(tr('sheet', 'Covers journal hash'))} "
                               f"<font face='{styles.mono}'>{text(signature.covers_hash)}</font>",
                               styles.cell), "", "", ""])
        spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
    return [table(_HEADERS["signatures"], rows, (120, 70, 100, 220), styles, extra=spans)]


def _amendments(data: SheetData, styles: Styles) -> list[Flowable]:
    if not data.amendments:
        return [para(tr("sheet", "No amendment."), styles.body)]
    rows = [[a.when, a.who, a.what, a.old, a.new, a.reason] for a in data.amendments]
    return [table(_HEADERS["amendments"], rows, (62, 60, 80, 80, 80, 148), styles)]
