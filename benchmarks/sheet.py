"""Procedure sheet PDF: `render_sheet` against a bare reportlab document of the same content.

The floor is built in the same run from the same flowables (`sheet.build_story`: the same
paragraphs and tables) on reportlab's default Helvetica, with no chart, no page furniture
(header, footer, "Page x of y", watermark), no embedded fonts and a plain file write. The ratio
is what the sheet's extras cost: DejaVu subsetting and embedding, the chart, the counting
canvas, the atomic write with its fsync. Renders alternate sheet / floor so a busy machine
slows both sides.

A second figure renders 30 sheets one after the other in one process, starting with the font
and style caches empty: a coordinator exporting a day's sessions. Its target is absolute.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from .common import Result, median, work_dir

N, QUICK_N = 7, 3
BATCH = 30
RATIO_TARGET = 1.5
BATCH_TARGET_S = 2.0


def _data():  # noqa: ANN202 - SheetData, imported lazily like the other benchmarks
    """A realistic signed session: every section filled, vitals on the site's default
    schedule (every 15 min for an hour, every 30 for the next, then hourly) plus extras."""
    from maestro_desktop.export.sheet_model import (
        SIGNED,
        Amendment,
        SheetData,
        Signature,
        VitalsPoint,
        VitalsRow,
    )

    minutes = [15, 30, 45, 60, 90, 120, 180, 240, 300, 360, 420, 480, 75, 105, 135, 150]
    rows = [VitalsRow("08:52", "Baseline", "124", "78", "71", "14", "98", "air", "36.7", "A",
                      "0", "0", "low", "nurse.leroux")]
    points = []
    for i, m in enumerate(sorted(minutes)):
        sbp, hr, temp = 118 + i * 3 % 17, 66 + i * 5 % 21, 36.6 + (i % 9) / 10
        hour, minute = divmod(9 * 60 + 34 + m, 60)
        rows.append(VitalsRow(f"{hour:02d}:{minute:02d}", f"+{m} min", str(sbp), "76",
                              str(hr), "15", "97", "air", f"{temp:.1f}", "A", str(i % 3),
                              "0" if temp <= 38 else "1", "low", "nurse.leroux"))
        points.append(VitalsPoint(float(m), float(sbp), float(hr), temp))
    checks = [(f"Pre-procedure question number {i}: contraindication or exclusion present?",
               "No") for i in range(1, 14)]
    sig_hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    return SheetData(
        trial_title="MAESTRO-4MS: intrathecal injections of allogeneic adipose-derived "
                    "mesenchymal stromal cells in primary progressive multiple sclerosis",
        registry_id="NCT06592703", protocol_code="35RC21_9806_MAESTRO-4MS",
        site="CHU de Rennes", subject_code="01-004", initials="JDL", visit="V2",
        session_date="24/11/2026", session_id="s-bench", status=SIGNED, checks=checks,
        verdict="GO recorded by dr.martin at 09:12", verdict_reasons=["All checks passed"],
        hold_table_source="ABN guideline, Dodd et al., Pract Neurol 2018 (table v1.2)",
        baseline=[("Blood pressure", "124/78 mmHg"), ("Heart rate", "71 /min"),
                  ("Temperature", "36.7 °C"), ("SpO₂", "98 % on air")],
        vial=[(f"Vial field {i}", f"value {i}: 24/11/2026 08:5{i} CET by nurse.leroux")
              for i in range(10)],
        timeline=[(f"Step {i}", f"09:{14 + i:02d}", "details of the step") for i in range(7)],
        infusion="Duration 7.0 min, 10 mL, 1.43 mL/min; within protocol",
        incidents=["09:22 brief radicular pain in the left leg, settled"],
        vitals=rows, vitals_points=points,
        baseline_point=VitalsPoint(-42.0, 124.0, 71.0, 36.7),
        adverse_events=[["Headache", "24/11/2026 11:40", "1", "No", "probable", "possible",
                         "paracetamol 1 g", "recovered", "25/11/2026 08:00"]] * 3,
        discharge="Discharged 17:00 by dr.martin: criteria met",
        signatures=[Signature("Dr Paul Martin", "dr.martin", "24/11/2026 17:05 CET",
                              "Investigator: record complete and accurate", sig_hash)],
        amendments=[Amendment("24/11/2026 17:40 CET", "nurse.leroux", "Temperature",
                              "38.7 °C", "37.8 °C", "Valeur corrigée après vérification")] * 2,
        journal_hash=sig_hash, generated_at="25/11/2026 09:20 CET")


def _bare(data, path: Path) -> None:  # noqa: ANN001 - SheetData
    """The floor: the sheet's paragraphs and tables in a default reportlab document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from maestro_desktop.export import sheet, sheet_parts

    styles = sheet_parts.make_styles("Helvetica", "Helvetica-Bold", "Courier")
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=sheet_parts.MARGIN_X,
                            rightMargin=sheet_parts.MARGIN_X, topMargin=sheet_parts.MARGIN_TOP,
                            bottomMargin=sheet_parts.MARGIN_BOTTOM)
    doc.build(sheet.build_story(data, styles, chart=False))


def _seconds(once: Callable[[], object]) -> float:
    started = time.perf_counter()
    once()
    return time.perf_counter() - started


def run(quick: bool) -> list[Result]:
    from maestro_desktop.export import sheet_fonts, sheet_parts
    from maestro_desktop.export.sheet import render_sheet

    n = QUICK_N if quick else N
    data = _data()
    with work_dir() as tmp:
        folder = Path(tmp)
        # A day's export, cold: the font registration and styles are paid inside the batch.
        sheet_fonts.register_fonts.cache_clear()
        sheet_parts.make_styles.cache_clear()
        batch_s = _seconds(lambda: [render_sheet(data, folder / f"batch-{i}.pdf")
                                    for i in range(BATCH)])
        times: dict[str, list[float]] = {"sheet": [], "bare": []}
        _bare(data, folder / "warm-bare.pdf")
        for i in range(n):
            sides = [("sheet", lambda: render_sheet(data, folder / "sheet.pdf")),
                     ("bare", lambda: _bare(data, folder / "bare.pdf"))]
            for name, once in sides if i % 2 == 0 else reversed(sides):
                times[name].append(_seconds(once) * 1000)
        sizes = {name: (folder / f"{name}.pdf").stat().st_size for name in ("sheet", "bare")}

    sheet_ms, bare_ms = median(times["sheet"]), median(times["bare"])
    details = {"n": n, "batch": BATCH, "vitals_rows": len(data.vitals),
               "sheet_ms": [round(t, 2) for t in times["sheet"]],
               "bare_ms": [round(t, 2) for t in times["bare"]], "bytes": sizes,
               "batch_s": round(batch_s, 3)}
    return [
        Result("procedure sheet PDF median", "ms", sheet_ms, bare_ms, target=RATIO_TARGET,
               details=details),
        Result(f"{BATCH} sheets in one process", "s", batch_s, BATCH * bare_ms / 1000,
               target=BATCH_TARGET_S, absolute=True, details=details),
    ]
