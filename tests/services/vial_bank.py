"""The small cell bank and label texts of the vial verification tests
(test_vial_verification.py, test_vial_confirm.py); their fixtures are in conftest.py here."""

from __future__ import annotations

from datetime import date

from maestro_desktop.domain.cellbank import BankVial
from maestro_desktop.domain.labels import isbt_check_character, isbt_checksum
from maestro_desktop.store import journal

CODE, OTHER = "01-001", "01-002"
TODAY = date(2025, 3, 10)          # the fixed clock's day
LATER = date(2026, 3, 1)           # the bank's expiry of every usable vial
GTIN = "09506000134352"
EARLIER_SESSION = "S-EARLIER"

# Sequence numbers of the ISBT 128 vials (DIN G1234 25 0000nn).
(OK, SPARE, QUARANTINE, REJECTED, EXPIRED, LABEL_EXPIRED, OTHER_SUBJECT, LATER_VISIT,
 USED) = range(1, 10)
UNKNOWN = 99
# GS1 vials, identified by their serial (AI 21).
LOT_SERIAL, EXPIRY_SERIAL = "SN0010", "SN0011"


def din(sequence: int) -> str:
    return f"G123425{sequence:06d}"


def isbt(sequence: int, more: str = "") -> str:
    """The DIN barcode with its check flags, then `more` (e.g. an expiry '&>...')."""
    return f"={din(sequence)}{60 + isbt_checksum(din(sequence))}{more}"


def typed(sequence: int, check: str | None = None) -> str:
    """The DIN as a person types it from the label: spaces, then the check character."""
    value = din(sequence)
    return f"{value[:5]} {value[5:7]} {value[7:]} {check or isbt_check_character(value)}"


def gs1(serial: str, *, lot: str = "L24A", expiry: str = "260301") -> str:
    """A GS1 DataMatrix as the scanner types it: AIM identifier, '|' for the separator."""
    return f"]d201{GTIN}17{expiry}10{lot}|21{serial}"


def bank() -> list[BankVial]:
    def vial(vial_id: str, status: str = "released", expiry: date = LATER,
             subject: str | None = None, visit: int | None = None,
             gtin: str | None = None) -> BankVial:
        return BankVial(vial_id, "L24A", expiry, status, 1e8, 10.0, subject, visit, gtin)

    return [
        vial(din(OK), subject=CODE, visit=1),
        vial(din(SPARE)),                                  # released, not allocated
        vial(din(QUARANTINE), "quarantine"),
        vial(din(REJECTED), "rejected"),
        vial(din(EXPIRED), expiry=date(2025, 3, 9)),
        vial(din(LABEL_EXPIRED), expiry=TODAY),            # its label says 00:30 today
        vial(din(OTHER_SUBJECT), subject=OTHER, visit=1),
        vial(din(LATER_VISIT), subject=CODE, visit=2),
        vial(din(USED)),                                   # administered before (event)
        vial(LOT_SERIAL, gtin=GTIN),
        vial(EXPIRY_SERIAL, gtin=GTIN),
    ]


def last_seq(clinic) -> int:  # noqa: ANN001 - Clinic
    return clinic.db.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0]


def events_after(clinic, seq: int) -> list[tuple[str, dict]]:  # noqa: ANN001 - Clinic
    """(kind, payload) of every event journalled after `seq`."""
    return [(e.kind, e.data) for e in journal.events(clinic.db, after_seq=seq)]
