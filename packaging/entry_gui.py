"""Entry point of the frozen GUI, `maestro-desktop` (packaging/maestro.spec)."""

import sys


def _give_windowed_app_an_output() -> None:
    """A windowed Windows build has no console: sys.stdout and sys.stderr are None, so
    `--version`, `--help` and the log lines would raise. Send them to a log file in the user
    data folder (maestro-desktop.log, beside the database) instead."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    from maestro_desktop.paths import data_dir, ensure_parent

    log = open(ensure_parent(data_dir() / "maestro-desktop.log"), "a",
               encoding="utf-8", buffering=1)
    sys.stdout = sys.stdout or log
    sys.stderr = sys.stderr or log


if __name__ == "__main__":
    _give_windowed_app_an_output()
    from maestro_desktop.gui.app import main

    sys.exit(main())
