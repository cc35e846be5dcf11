"""Reads the protocol settings file (TOML) shipped in resources/protocol/ and the reference
tables shipped in resources/reference/."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from .domain.antithrombotics import HoldTable, HoldTableError, hold_table_from_dict
from .domain.protocol import Protocol, ProtocolError, protocol_from_dict

PROTOCOL_FILE = "maestro-4ms.toml"
HOLD_TABLE_FILE = "antithrombotic-hold-times.toml"


def default_protocol_path() -> Path:
    return Path(str(resources.files("maestro_desktop.resources") / "protocol" / PROTOCOL_FILE))


def load_protocol(path: Path | None = None) -> Protocol:
    """Load and validate the protocol; ProtocolError names the file and the bad key."""
    path = path or default_protocol_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProtocolError(f"protocol settings file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"protocol settings file {path} is malformed: {exc}") from None
    try:
        return protocol_from_dict(data)
    except ProtocolError as exc:
        raise ProtocolError(f"protocol settings file {path}: {exc}") from None


def default_hold_table_path() -> Path:
    return Path(str(resources.files("maestro_desktop.resources") / "reference" / HOLD_TABLE_FILE))


def load_hold_table(path: Path | None = None) -> HoldTable:
    """Load and validate the antithrombotic hold-time table; HoldTableError (a ValueError) names
    the file and the bad key."""
    path = path or default_hold_table_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HoldTableError(f"hold-time table file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise HoldTableError(f"hold-time table file {path} is malformed: {exc}") from None
    try:
        return hold_table_from_dict(data)
    except HoldTableError as exc:
        raise HoldTableError(f"hold-time table file {path}: {exc}") from None
