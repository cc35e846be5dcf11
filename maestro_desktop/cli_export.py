"""`maestro sessions` and `maestro export`: what a data manager takes out of a workstation."""

from __future__ import annotations

import json
from argparse import Namespace
from collections.abc import Callable

from .store.database import open_readonly


def _clinic_readonly(path):  # noqa: ANN001, ANN202 - a Clinic over a read-only connection
    """Reading needs no lock: a running app keeps its database while we export."""
    from .services.clinic import Clinic
    from .settings import load_protocol
    from .store.database import Store

    db = open_readonly(path)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    store = Store(db=db, path=path, workstation=meta.get("workstation", ""),
                  training=meta.get("training") == "1")
    return Clinic(store, load_protocol())


def sessions(args: Namespace) -> int:
    from .services.signoff import sessions_at_a_glance

    clinic = _clinic_readonly(args.db)
    try:
        rows = sessions_at_a_glance(clinic)
    finally:
        clinic.close()
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{row['id']}  {row['subject']}  {row['visit_label']:<12} {row['date']}  "
                  f"{row['status']}")
    return 0


def export_csv(args: Namespace) -> int:
    from .export.tables import export_tables

    clinic = _clinic_readonly(args.db)
    try:
        written = export_tables(clinic.db, args.out)
    finally:
        clinic.close()
    for path, count in written:
        print(f"{path}  ({count} rows)")
    return 0


def export_sheet(args: Namespace) -> int:
    from .services.sheet import write_sheet

    if getattr(args, "lang", None):
        from . import translations
        translations.install(args.lang)

    clinic = _clinic_readonly(args.db)
    try:
        path = write_sheet(clinic, args.session, args.out)
    finally:
        clinic.close()
    print(f"Procedure sheet written to {path}")
    return 0


EXPORT_COMMANDS: dict[str, Callable[[Namespace], int]] = {
    "sessions": sessions, "export csv": export_csv, "export sheet": export_sheet,
}
