"""Store failures, each with a message a clinician can act on."""

from __future__ import annotations

import sqlite3

from ..domain.i18n import tr


class StoreError(Exception):
    """A database problem worded for the user; the file is left as it was."""


class DamagedDatabase(StoreError):
    backup = None   # services add the newest verified backup (a Path), the way out


class NewerDatabase(StoreError):
    pass


class DatabaseInUse(StoreError):
    pass


class LocationNotWritable(StoreError):
    pass


class WriteFailed(StoreError):
    pass


def explain(exc: sqlite3.Error, path: object) -> StoreError:
    """Turn an SQLite error into words; nothing half-written stays (the transaction rolled back)."""
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o" in text:
        return WriteFailed(tr("store", "The disk holding {path} is full or failing; nothing was "
                              "saved. Free some space, then try again.", path=path))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return LocationNotWritable(tr("store", "{path} cannot be written (read-only file or "
                                      "folder); nothing was saved. Check the folder's "
                                      "permissions.", path=path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedDatabase(tr("store", "{path} is damaged ({problem}). It was left "
                                  "untouched: restore the latest backup or call the data manager.",
                                  path=path, problem=exc))
    if "locked" in text or "busy" in text:
        return DatabaseInUse(tr("store", "{path} is busy in another program; nothing was saved. "
                                "Try again.", path=path))
    return WriteFailed(tr("store", "The database {path} refused the change ({problem}); nothing "
                          "was saved.", path=path, problem=exc))
