"""Reads the protocol settings file (TOML) shipped in resources/protocol/."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from .domain.protocol import Protocol, ProtocolError, protocol_from_dict

PROTOCOL_FILE = "maestro-4ms.toml"


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
