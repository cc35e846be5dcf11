"""A damaged database at start-up: the dialog says so in words and offers the newest verified
backup; restoring it keeps the damaged file and the app opens on the restored one."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from maestro_desktop.gui import app as app_module
from maestro_desktop.services.backup import make_backup
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.settings import load_protocol


def press_when_shown(label: str, seen: list[str]) -> None:
    """Click the button called `label` on the message box once it is up."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == label).click()
    QTimer.singleShot(50, press)


def damaged_with_backup(tmp_path):
    path = tmp_path / "maestro.sqlite"
    clinic = Clinic.open(path, training=True)
    clinic.record("test.note", {"n": 1}, actor="x")
    good = make_backup(path, load_protocol())
    clinic.close()
    path.write_bytes(path.read_bytes()[:4096])          # truncated by a failing disk
    return path, good.path


def test_restore_offered_and_the_damaged_file_kept(qtbot, qapp, tmp_path):
    path, backup = damaged_with_backup(tmp_path)
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    seen: list[str] = []
    press_when_shown("Restore this backup", seen)
    launcher = app_module.Launcher(qapp)
    try:
        launcher.start(path)
        qtbot.waitUntil(lambda: bool(seen), timeout=10000)
        assert backup.name in seen[0] and "Traceback" not in seen[0]
        qtbot.waitUntil(lambda: "Database:" in launcher.window.db_label.full_text, timeout=10000)
        (kept,) = [p for p in tmp_path.glob("maestro.sqlite.replaced-*")
                   if not p.name.endswith(("-wal", "-shm"))]
        assert hashlib.sha256(kept.read_bytes()).hexdigest() == damaged
    finally:
        launcher.stop()


def test_quit_leaves_the_damaged_file_as_it_was(qtbot, qapp, tmp_path, monkeypatch):
    path, _ = damaged_with_backup(tmp_path)
    before = path.read_bytes()
    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    seen: list[str] = []
    press_when_shown("Quit", seen)
    launcher = app_module.Launcher(qapp)
    try:
        launcher.start(path)
        qtbot.waitUntil(lambda: exits == [1], timeout=10000)
        assert path.read_bytes() == before
        assert not list(tmp_path.glob("maestro.sqlite.replaced-*"))
    finally:
        launcher.stop()
