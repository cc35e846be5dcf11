"""CSV export: one file per record type, the journal included, UTF-8 with a header row.

Each file is written to a temporary name and renamed, so a full disk or a read-only folder
leaves no half-written file.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.i18n import tr
from .files import ExportError, atomic_write

if TYPE_CHECKING:
    from sqlite_utils import Database

# Record types, in the order a data manager reads them. The journal is the source of truth;
# the others are its projections. Password hashes never leave the workstation.
TABLES = ("journal", "subjects", "eligibility", "sessions", "session_checks", "vital_signs",
          "vials", "session_vials", "procedure_stamps", "procedure_incidents", "missed_checks",
          "adverse_events", "signatures", "amendments", "central_flags", "accounts")
HIDDEN_COLUMNS = {"accounts": {"password_hash"}}
# Streamed in slices: a whole table held in memory at once makes the garbage collector stop
# every thread (the GUI's too) for tens of milliseconds, and writerows holds the GIL per call.
SLICE = 500


def export_tables(db: Database, out_dir: Path) -> list[tuple[Path, int]]:
    """Write every table as `<name>.csv` in `out_dir`; returns (path, rows) for each."""
    out_dir = Path(out_dir)
    if not out_dir.exists():
        if not out_dir.parent.is_dir():
            raise ExportError(tr("export", "The folder {folder} does not exist.",
                                 folder=out_dir.parent))
        try:
            out_dir.mkdir()
        except OSError as exc:
            raise ExportError(tr("export", "Cannot create {folder}: {problem}.",
                                 folder=out_dir, problem=exc.strerror)) from None
    written = []
    for table in TABLES:
        columns = [c.name for c in db[table].columns
                   if c.name not in HIDDEN_COLUMNS.get(table, set())]
        order = "seq" if table == "journal" else "rowid"
        cursor = db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
        count = [0]

        def write(path: Path, columns: list[str] = columns, cursor=cursor,  # noqa: ANN001
                  count: list[int] = count) -> None:
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                while rows := cursor.fetchmany(SLICE):
                    writer.writerows(rows)
                    count[0] += len(rows)
        written.append((atomic_write(out_dir / f"{table}.csv", write), count[0]))
    return written
