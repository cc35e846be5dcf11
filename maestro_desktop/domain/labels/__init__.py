"""Vial labels: what a scan of a GS1 DataMatrix or an ISBT 128 barcode says, or why it cannot
be used. Pure text in, `ParsedLabel` or `LabelError` out; the scanner and camera live above.

    scan.py     normalise what the scanner sent, tell the formats apart, `parse_label`
    gs1.py      GS1 element strings (via biip), refusing fields that run into each other
    isbt128.py  ISBT 128 data structures, the DIN check (ISO 7064 mod 37-2), manual entry
"""

from .isbt128 import isbt_check_character, isbt_checksum, parse_manual_din
from .scan import LabelError, ParsedLabel, normalise_scan, parse_label

__all__ = [
    "LabelError",
    "ParsedLabel",
    "isbt_check_character",
    "isbt_checksum",
    "normalise_scan",
    "parse_label",
    "parse_manual_din",
]
