"""SheetData fixtures for the sheet tests, the page images in docs/ and the benchmark.

Plain functions (no pytest) so `make_sheet_images.py` and `benchmarks/sheet.py` can use them.
"""

from __future__ import annotations

import math
from dataclasses import astuple, fields, is_dataclass, replace

from maestro_desktop.export.sheet_model import (
    CHANGED_AFTER_SIGNATURE,
    NOT_PERFORMED,
    OPEN,
    Amendment,
    SheetData,
    Signature,
    VitalsPoint,
    VitalsRow,
)

TITLE = ("MAESTRO-4MS: intrathecal injections of allogeneic adipose-derived mesenchymal "
         "stromal cells in primary progressive multiple sclerosis")
HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
LATER_HASH = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
ACCENTED = "Valeur corrigée après vérification : 37,8 °C, mesurée à l'oreille"

CHECKS = [
    ("Signs of raised intracranial pressure?", "No"),
    ("Infection at the puncture site?", "No"),
    ("Platelet count (G/L)", "212 (≥ 50 required)"),
    ("Platelet sample date", "22/11/2026"),
    ("Anticoagulant, antiplatelet or fibrinolytic treatment?", "Yes"),
    ("Antithrombotic drug", "Enoxaparin, prophylactic dose (LMWH)"),
    ("Last antithrombotic dose (date and time)", "23/11/2026 08:00 CET, 25 h before"),
    ("INR < 1.5 & APTT ratio <= 1.4 on the day?", "Yes"),
    ("High-dose corticosteroids in the last 30 days?", "No"),
    ("Relapse or new T2 lesion since the previous visit?", "No"),
    ("New disease-modifying drug since the previous visit?", "No"),
    ("Taking part in another trial?", "No"),
    ("Consent still valid?", "Yes"),
]
BASELINE = [("Blood pressure", "124/78 mmHg"), ("Heart rate", "71 /min"),
            ("Respiratory rate", "14 /min"), ("SpO₂", "98 % on air"),
            ("Temperature", "36.7 °C"), ("Consciousness (ACVPU)", "Alert"),
            ("Pain", "0/10"), ("NEWS2", "0 (low)")]
VIAL = [
    ("Label", "=G12341765432170 (ISBT 128, DIN G1234 17 654321, flag 70)"),
    ("Product code", "S1234V00"),
    ("Lot", "ASC-2026-014"),
    ("Expiry", "30/11/2026 23:59"),
    ("Release status", "released 02/11/2026"),
    ("Cells", "1.0 × 10⁸ ASCs in 10 mL"),
    ("Allocation", "01-004, injection 2"),
    ("Thawed at", "24/11/2026 08:05 CET, stable until 24/11/2026 12:05 CET"),
    ("Scanned", "24/11/2026 08:58 CET by nurse.leroux (Claire Leroux)"),
    ("Confirmed", "24/11/2026 08:59 CET by dr.martin (Dr Paul Martin), second scan"),
]
TIMELINE = [
    ("Patient positioned", "09:14", "left lateral decubitus"),
    ("Needle inserted", "09:21", "L3-L4, 22 G atraumatic, 1 attempt"),
    ("CSF obtained", "09:24", "8 mL, clear"),
    ("Infusion started", "09:27", "syringe driver"),
    ("Infusion ended", "09:34", "10 mL infused; 7.0 min after the start"),
    ("Needle removed", "09:36", "2 min after the infusion end"),
    ("Lying flat started", "09:37", "prone, 1 h"),
]
INFUSION = "Duration 7.0 min, 10 mL, 1.43 mL/min; within protocol (5 to 10 min)"
SIGNATURE = Signature("Dr Paul Martin", "dr.martin", "24/11/2026 17:05 CET",
                      "Investigator: I confirm this procedure record is complete and accurate",
                      HASH)
AMENDMENTS = [
    Amendment("24/11/2026 17:40 CET", "nurse.leroux", "Temperature at +60 min", "38.7 °C",
              "37.8 °C", ACCENTED),
    Amendment("25/11/2026 09:12 CET", "dr.martin", "Adverse event 'Headache' outcome",
              "not recovered", "recovered 25/11/2026 08:00",
              "Phone call to the patient on day 1 (protocol follow-up)"),
]
ADVERSE_EVENTS = [
    ["Headache", "24/11/2026 11:40", "1", "No", "probable", "possible", "paracetamol 1 g",
     "recovered 25/11/2026 08:00", "25/11/2026 08:00"],
    ["Back pain", "24/11/2026 10:05", "1", "No", "definite", "unlikely", "none",
     "recovered", "24/11/2026 13:30"],
    ["Fever", "24/11/2026 10:27", "1", "No", "unlikely", "possible", "none", "recovered",
     "24/11/2026 12:30"],
]


def _vitals_row(index: int, minutes: int) -> tuple[VitalsRow, VitalsPoint]:
    hour, minute = divmod(9 * 60 + 34 + minutes, 60)
    sbp = 118 + (index * 7) % 23
    dbp = 70 + (index * 5) % 13
    hr = 64 + (index * 11) % 29
    temp = round(36.5 + ((index * 3) % 16) / 10, 1)
    news2 = 1 if temp > 38.0 else 0
    return (VitalsRow(f"{hour:02d}:{minute:02d}", f"+{minutes} min", str(sbp), str(dbp),
                      str(hr), str(12 + index % 7), str(95 + index % 5), "air", f"{temp:.1f}",
                      "A", str(index % 4), str(news2), "low", "nurse.leroux"),
            VitalsPoint(float(minutes), float(sbp), float(hr), temp))


def signed_session(rows: int = 64) -> SheetData:
    """A complete session, signed, then amended: status "changed after signature". With
    the default 64 sets of vitals (every 10 min) the table runs over two pages."""
    vitals = [VitalsRow("08:52", "Baseline", "124", "78", "71", "14", "98", "air", "36.7", "A",
                        "0", "0", "low", "nurse.leroux")]
    points = []
    for index in range(rows):
        row, point = _vitals_row(index, 10 * (index + 1))
        vitals.append(row)
        points.append(point)
    if rows >= 5:
        vitals[5] = replace(vitals[5], rr="22", news2="5", band="medium")
        points[3] = replace(points[3], hr=math.nan)    # one value not measured
    return SheetData(
        trial_title=TITLE, registry_id="NCT06592703", protocol_code="35RC21_9806_MAESTRO-4MS",
        site="CHU de Rennes, neurology day unit", subject_code="01-004", initials="JDL",
        visit="V2: injection 2 of 3", session_date="24/11/2026",
        session_id="s-2026-11-24-01-004-v2", status=CHANGED_AFTER_SIGNATURE, training=False,
        checks=CHECKS, verdict="GO recorded by dr.martin at 09:12",
        verdict_reasons=["Enoxaparin prophylactic: last dose 25 h before, hold time 12 h met"],
        hold_table_source="ABN guideline, Dodd et al., Pract Neurol 2018;18:436-446, table 2 "
                          "(reference table v1.2)",
        baseline=BASELINE, vial=VIAL, timeline=TIMELINE, infusion=INFUSION,
        incidents=["09:22 patient reported a brief radicular pain in the left leg, settled",
                   "09:30 syringe driver occlusion alarm, cleared in 20 s"],
        vitals=vitals, vitals_points=points,
        baseline_point=VitalsPoint(-42.0, 124.0, 71.0, 36.7),
        adverse_events=ADVERSE_EVENTS,
        discharge="Discharged 17:00 by dr.martin: criteria met (alert, walking unaided, "
                  "headache controlled, temperature < 38 °C)",
        signatures=[SIGNATURE], amendments=AMENDMENTS, journal_hash=HASH,
        generated_at="25/11/2026 09:20 CET")


def not_performed_session() -> SheetData:
    """NO-GO at the checks: nothing after the verdict was recorded."""
    checks = CHECKS[:4] + [("Relapse or new T2 lesion since the previous visit?", "Yes"),
                           ("Consent still valid?", "Yes")]
    return SheetData(
        trial_title=TITLE, registry_id="NCT06592703", protocol_code="35RC21_9806_MAESTRO-4MS",
        site="CHU de Rennes, neurology day unit", subject_code="01-007", initials="MPé",
        visit="V3: injection 3 of 3", session_date="02/02/2027",
        session_id="s-2027-02-02-01-007-v3", status=NOT_PERFORMED, checks=checks,
        verdict="NO-GO recorded by dr.martin at 08:47",
        verdict_reasons=["Relapse or new T2 lesion since the previous visit"],
        hold_table_source="ABN guideline, Dodd et al., Pract Neurol 2018;18:436-446, table 2",
        baseline=BASELINE[:4],
        not_performed_reasons=["NO-GO: relapse on 20/01/2027 (new T2 lesion on MRI)",
                               "Fièvre à 38,4 °C le matin même"],
        signatures=[Signature("Dr Paul Martin", "dr.martin", "02/02/2027 09:05 CET",
                              "Investigator: procedure not performed, reasons confirmed",
                              LATER_HASH)],
        journal_hash=LATER_HASH, generated_at="02/02/2027 09:06 CET")


def training_session() -> SheetData:
    """A short, unsigned session on the training database."""
    full = signed_session(rows=6)
    return replace(full, training=True, status=OPEN, subject_code="T-001", initials="TRN",
                   signatures=[], amendments=[], journal_hash=LATER_HASH,
                   discharge="", adverse_events=[])


def displayed_values(data: SheetData) -> list[str]:
    """Every text the sheet must show for `data` (numbers for the chart excepted)."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            if value:
                found.append(value)
        elif isinstance(value, VitalsPoint) or isinstance(value, bool) or value is None:
            return
        elif is_dataclass(value):
            for item in astuple(value) if not isinstance(value, SheetData) else ():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for field in fields(data):
        if field.name not in ("status", "vitals_points", "baseline_point"):
            walk(getattr(data, field.name))
    return found
