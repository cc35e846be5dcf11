"""Where things live: the default database under the platform's user-data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "maestro-desktop"
APP_AUTHOR = "CHU-Rennes"


def data_dir() -> Path:
    """MAESTRO_DATA_DIR overrides the platform folder (tests, a second training copy)."""
    override = os.environ.get("MAESTRO_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path
    return user_data_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    return data_dir() / "maestro.sqlite"


def default_training_db_path() -> Path:
    return data_dir() / "maestro-training.sqlite"


def ensure_parent(path: Path) -> Path:
    """Create the folder of a default database, readable by its owner only (clinical data)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
