"""GUI fixtures: a real MainWindow on a temporary training database, driven with pytest-qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from driving import Running, stop

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from maestro_desktop.gui.app import setup_application  # noqa: E402
from maestro_desktop.gui.main_window import MainWindow  # noqa: E402
from maestro_desktop.gui.ops import Ops  # noqa: E402
from maestro_desktop.services.clinic import Clinic  # noqa: E402
from maestro_desktop.services.demo import build_demo  # noqa: E402
from maestro_desktop.services.worker import DbWorker  # noqa: E402
from maestro_desktop.settings import load_protocol  # noqa: E402


@pytest.fixture(scope="session")
def qapp():
    """The application as the product sets it up: bundled fonts and the bedside style."""
    return setup_application(["maestro-tests"])


@pytest.fixture
def demo_db(tmp_path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "training.sqlite"
    clinic = Clinic.open(path, training=True)
    passwords = build_demo(clinic).passwords
    clinic.close()
    return path, passwords


@pytest.fixture
def launch(qtbot, qapp):
    """launch(path) -> Running: a shown main window whose database opens on its worker."""
    started: list[Running] = []

    def start(path: Path, *, wait_ready: bool = True) -> Running:
        protocol = load_protocol()
        worker = DbWorker(lambda: Clinic.open(path, protocol=protocol))
        window = MainWindow(Ops(worker))
        qapp.installEventFilter(window.idle)
        qtbot.addWidget(window)
        running = Running(window, worker)
        window.fatal.connect(running.fatal.append)
        window.show()
        window.start()
        started.append(running)
        if wait_ready:
            qtbot.waitUntil(lambda: window.ops.pending == 0 and "Database:" in
                            window.db_label.full_text, timeout=10000)
        return running

    yield start
    for running in started:
        stop(qapp, running)
