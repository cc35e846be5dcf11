"""What a procedure sheet shows, as plain data: no I/O, no Qt, no clock.

The caller (a service reading the journal) formats every value as display text in the
workstation's zone, so the PDF code only lays out strings. The exceptions are `VitalsPoint`
(numbers, for the chart) and `training` (a flag).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# `SheetData.status` values; any other text is shown as given.
PERFORMED = "performed"
NOT_PERFORMED = "not performed"
OPEN = "open"
SIGNED = "signed"
CHANGED_AFTER_SIGNATURE = "changed after signature"


@dataclass(frozen=True)
class Signature:
    """One e-signature: the three Part 11 elements plus the journal hash it covers."""

    printed_name: str      # "Dr Ann House"
    username: str          # "dr.house"
    signed_at: str         # "24/11/2026 17:05 CET": date, time and zone
    meaning: str           # "Investigator: I confirm this record is complete and accurate"
    covers_hash: str       # hash of the session's journal events at signing time


@dataclass(frozen=True)
class Amendment:
    """A correction recorded after entry: earlier value kept, reason required."""

    when: str
    who: str
    what: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class VitalsRow:
    """One line of the vital-signs table (baseline first), already formatted."""

    time: str
    check: str      # "Baseline", "+15 min", "Extra"...
    sbp: str
    dbp: str
    hr: str
    rr: str
    spo2: str
    oxygen: str     # "air" or "O2 2 L/min"
    temp: str
    acvpu: str
    pain: str
    news2: str
    band: str       # "low", "low-medium", "medium", "high"
    by: str


@dataclass(frozen=True)
class VitalsPoint:
    """One set for the chart. `minutes` after the infusion end; a value not measured is NaN."""

    minutes: float
    sbp: float
    hr: float
    temp: float


@dataclass(frozen=True, kw_only=True)
class SheetData:
    """Everything one procedure sheet shows. Lists keep the display order given."""

    trial_title: str
    registry_id: str                 # "NCT06592703"
    protocol_code: str               # "35RC21_9806_MAESTRO-4MS"
    site: str
    subject_code: str
    initials: str
    visit: str
    session_date: str
    session_id: str
    status: str                      # one of the constants above, in words
    training: bool = False
    checks: list[tuple[str, str]] = field(default_factory=list)   # (question, answer)
    verdict: str = ""                # "GO recorded by dr.martin at 09:12"
    verdict_reasons: list[str] = field(default_factory=list)
    hold_table_source: str = ""      # source and version of the antithrombotic hold table
    baseline: list[tuple[str, str]] = field(default_factory=list)  # baseline vital signs
    vial: list[tuple[str, str]] = field(default_factory=list)      # (field, value)
    timeline: list[tuple[str, str, str]] = field(default_factory=list)  # (stamp, time, details)
    infusion: str = ""               # duration, volume, rate and verdict, or deviations
    incidents: list[str] = field(default_factory=list)
    vitals: list[VitalsRow] = field(default_factory=list)      # baseline row first
    vitals_points: list[VitalsPoint] = field(default_factory=list)
    baseline_point: VitalsPoint | None = None
    # rows: term, onset, grade, serious, relation LP, relation cells, action, outcome, end
    adverse_events: list[list[str]] = field(default_factory=list)
    discharge: str = ""
    signatures: list[Signature] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    not_performed_reasons: list[str] = field(default_factory=list)
    journal_hash: str                # covered by the last signature, or the current hash
    generated_at: str                # "24/11/2026 17:30 CET"

    @property
    def not_performed(self) -> bool:
        return bool(self.not_performed_reasons) or self.status == NOT_PERFORMED

    @property
    def changed_after_signature(self) -> bool:
        return self.status == CHANGED_AFTER_SIGNATURE

    @property
    def signed(self) -> bool:
        return bool(self.signatures)
