"""Reads the protocol settings file (TOML) shipped in resources/protocol/ and the reference
tables shipped in resources/reference/."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

from .domain.antithrombotics import HoldTable, HoldTableError, hold_table_from_dict
from .domain.i18n import tr, tr_table
from .domain.protocol import Protocol, ProtocolError, protocol_from_dict

PROTOCOL_FILE = "maestro-4ms.toml"
HOLD_TABLE_FILE = "antithrombotic-hold-times.toml"

T = TypeVar("T")
WHAT = tr_table("settings", {"protocol": "protocol settings", "holds": "hold-time table"})


def default_protocol_path() -> Path:
    return Path(str(resources.files("maestro_desktop.resources") / "protocol" / PROTOCOL_FILE))


def _load(path: Path, error: type[ValueError], what: str, parse: Callable[[dict], T]) -> T:
    """Read and validate a TOML settings file; `error` names the file and the bad key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(tr("settings", "{what} file not found: {path}", what=WHAT[what],
                       path=str(path))) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error(tr("settings", "{what} file {path} is malformed: {problem}", what=WHAT[what],
                       path=str(path), problem=str(exc))) from None
    try:
        return parse(data)
    except error as exc:
        raise error(tr("settings", "{what} file {path}: {problem}", what=WHAT[what],
                       path=str(path), problem=str(exc))) from None


def load_protocol(path: Path | None = None) -> Protocol:
    """Load and validate the protocol; ProtocolError names the file and the bad key."""
    return _load(path or default_protocol_path(), ProtocolError, "protocol",
                 protocol_from_dict)


def default_hold_table_path() -> Path:
    return Path(str(resources.files("maestro_desktop.resources") / "reference" / HOLD_TABLE_FILE))


def load_hold_table(path: Path | None = None) -> HoldTable:
    """Load and validate the antithrombotic hold-time table; HoldTableError (a ValueError) names
    the file and the bad key."""
    return _load(path or default_hold_table_path(), HoldTableError, "holds",
                 hold_table_from_dict)
