"""Writing export files whole or not at all.

`atomic_write` has the writer fill a temporary file in the target folder, flushes it to disk,
then renames it over the target: a reader (or a crash) sees the old file or the complete new
one, never a half-written PDF. Failures a user can act on become `ExportError` in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..domain.i18n import tr


class ExportError(Exception):
    """An export that could not be written; `str(exc)` says why in plain words. Nothing was
    written (an earlier file of the same name is left as it was)."""


def atomic_write(out: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary path)` then move the result to `out`; return `out`.

    On any failure the temporary file is removed. OS errors (missing or read-only folder, full
    disk...) raise ExportError; any other exception from `write` propagates unchanged.
    """
    out = Path(out)
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(tr("export", "The folder {folder} does not exist; nothing was written. "
                             "Choose another folder.", folder=folder))
    if out.is_dir():
        raise ExportError(tr("export", "{out} is a folder; nothing was written. Choose a file "
                             "name.", out=out))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(_explain(exc, out)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        _flush(temporary)
        os.replace(temporary, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise ExportError(_explain(exc, out)) from exc
        raise
    _flush_folder(folder)
    return out


def _flush(path: Path) -> None:
    """The content is on disk before the rename makes it visible."""
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _flush_folder(folder: Path) -> None:
    """The rename itself is on disk (best effort: not every platform can open a folder)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _explain(exc: OSError, out: Path) -> str:
    folder = out.parent
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return tr("export", "The disk holding {folder} is full; nothing was written. Free some "
                  "space or choose another folder.", folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return tr("export", "No permission to write in the folder {folder}; nothing was written. "
                  "Choose another folder.", folder=folder)
    if exc.errno == errno.EROFS:
        return tr("export", "The folder {folder} is on a read-only disk; nothing was written. "
                  "Choose another folder.", folder=folder)
    if exc.errno == errno.ENOENT:
        return tr("export", "The folder {folder} does not exist (any more); nothing was written. "
                  "Choose another folder.", folder=folder)
    if exc.errno == errno.ENAMETOOLONG:
        return tr("export", "The file name {name} is too long; nothing was written. Choose a "
                  "shorter name.", name=out.name)
    reason = exc.strerror or str(exc)
    return tr("export", "Could not write {out}: {problem}; nothing was written.", out=out,
              problem=reason)
