"""When and where backups are made (site settings), for the app and the `maestro` command.

`make_backup` opens its own connection, so it runs on any thread: the GUI runs it on a worker
of its own, never on the GUI thread and never holding the database thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..domain.protocol import Protocol
from ..store import backup as store_backup
from ..store.backup import BackupInfo, Snapshot
from .clinic import Clinic

DEFAULT_FOLDER = "backups"


def backup_folder(db_path: Path, protocol: Protocol) -> Path:
    """The site's backup folder; by default "backups" beside the database."""
    configured = protocol.site.backups.folder
    return Path(configured).expanduser() if configured else db_path.parent / DEFAULT_FOLDER


def make_backup(db_path: Path, protocol: Protocol, *, folder: Path | None = None,
                now: datetime | None = None) -> BackupInfo:
    """One verified backup. The default folder is created on first use (owner only); a folder
    named in the settings or on the command line must exist."""
    target = folder or backup_folder(db_path, protocol)
    if folder is None and not protocol.site.backups.folder:
        target.mkdir(mode=0o700, exist_ok=True)
    return store_backup.backup(db_path, target, keep=protocol.site.backups.keep, now=now)


def newest_backup(db_path: Path, protocol: Protocol) -> tuple[Path, Snapshot] | None:
    """The way out when the database is damaged: the newest backup that still verifies."""
    return store_backup.newest_verified(backup_folder(db_path, protocol), db_path.stem)


def where(clinic: Clinic) -> tuple[Path, Protocol]:
    """The open database's file and the protocol (read on the database thread, once)."""
    return clinic.store.path, clinic.protocol


def restore(source: Path, db_path: Path, *, force: bool = False) -> tuple[Snapshot, Path | None]:
    return store_backup.restore(source, db_path, force=force)
