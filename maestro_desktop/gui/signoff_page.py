"""Sign-off: the e-signature (printed name, date-time with zone, meaning), the history of
changes with their reasons, corrections after signature, and the exports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from ..domain.procedure import STAMP_LABELS
from ..services import sessions, signoff
from ..services.clinic import local_zone
from .answer_widgets import parse_local_datetime
from .forms.ui_signoff_page import Ui_SignoffPage

if TYPE_CHECKING:
    from .main_window import MainWindow

HISTORY_COLUMNS = ("When", "Who", "What", "Old", "New", "Reason")


def _local(text: str) -> str:
    moment = datetime.fromisoformat(text).astimezone(local_zone())
    return f"{moment:%d/%m/%Y %H:%M %Z}"


class SignoffPage(QWidget):
    sign_requested = Signal(str, str)                 # password, meaning
    amend_requested = Signal(str, object, str)        # stamp kind, new time, reason
    sheet_requested = Signal(object)                  # Path
    csv_requested = Signal(object)                    # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignoffPage()
        ui = self.ui
        ui.setupUi(self)
        ui.meaningCombo.addItem("— choose —", None)
        for meaning in signoff.MEANINGS:
            ui.meaningCombo.addItem(meaning, meaning)
        for kind, label in STAMP_LABELS.items():
            ui.stampCombo.addItem(label, kind)
        ui.historyTable.setColumnCount(len(HISTORY_COLUMNS))
        ui.historyTable.setHorizontalHeaderLabels(HISTORY_COLUMNS)
        ui.historyTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ui.exportProgress.setVisible(False)
        ui.signButton.clicked.connect(self._sign)
        ui.amendButton.clicked.connect(self._amend)
        ui.sheetButton.clicked.connect(self._sheet)
        ui.csvButton.clicked.connect(self._csv)

    def show_state(self, status: str, signatures: list[signoff.SignatureInfo],
                   history: list[dict]) -> None:
        ui = self.ui
        words = {"signed": "✓ Signed", signoff.CHANGED: "⚠ CHANGED AFTER SIGNATURE: sign again",
                 "open": "… Ready to sign", "not performed": "Not performed: sign the record"}
        ui.statusLabel.setText(words.get(status, status))
        ui.signaturesLabel.setText("\n".join(
            f"✓ {s.printed_name} ({s.username}), {_local(s.signed_at.isoformat())}, {s.meaning}"
            for s in signatures) or "No signature yet.")
        ui.historyTable.setRowCount(len(history))
        for r, row in enumerate(history):
            for c, value in enumerate((_local(row["when"]), row["who"], row["what"],
                                       str(row["old"]), str(row["new"]), row["reason"])):
                ui.historyTable.setItem(r, c, QTableWidgetItem(value))
        ui.signButton.setEnabled(status != "signed")
        ui.passwordEdit.clear()

    def show_sign_message(self, text: str) -> None:
        self.ui.signMessage.setText(f"⚠ {text}" if text else "")

    def exporting(self, text: str, *, busy: bool, error: bool = False) -> None:
        self.ui.exportProgress.setVisible(busy)
        self.ui.sheetButton.setEnabled(not busy)
        self.ui.csvButton.setEnabled(not busy)
        self.ui.exportMessage.setText(("⚠ " if error else "") + text)

    def _sign(self) -> None:
        self.sign_requested.emit(self.ui.passwordEdit.text(),
                                 self.ui.meaningCombo.currentData() or "")

    def _amend(self) -> None:
        try:
            when = parse_local_datetime(self.ui.newTimeEdit.text())
        except ValueError as exc:
            self.show_sign_message(str(exc))
            return
        self.amend_requested.emit(self.ui.stampCombo.currentData(), when,
                                  self.ui.amendReasonEdit.text())

    def _sheet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Procedure sheet", str(Path.home()),
                                              "PDF (*.pdf)")
        if name:
            self.sheet_requested.emit(Path(name))

    def _csv(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Folder for the CSV files", str(Path.home()))
        if name:
            self.csv_requested.emit(Path(name))


class SignoffFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = window.signoff_page
        self.page.sign_requested.connect(self.sign)
        self.page.amend_requested.connect(self.amend)
        self.page.sheet_requested.connect(self.export_sheet)
        self.page.csv_requested.connect(self.export_csv)

    def load(self, session=None) -> None:  # noqa: ANN001 - SessionInfo of a closed session
        window = self.window
        session = session or window.session
        session_id = session.id

        def loaded(result: tuple) -> None:
            if window.locked:
                return
            self.page.show_state(*result)
            window.ui.pages.setCurrentWidget(self.page)
        window.ops.run(lambda clinic: (
            signoff.status(clinic, sessions.get_session(clinic, session_id)),
            signoff.signatures(clinic, session_id), signoff.history(clinic, session_id)),
            done=loaded, failed=window.status)

    def sign(self, password: str, meaning: str) -> None:
        def signed(_signature: signoff.SignatureInfo) -> None:
            self.page.show_sign_message("")
            self.window.status("Session signed.")
            self.load()
        self.window.ops.run(signoff.sign_session, self.window.user, self.window.session.id,
                            password, meaning, done=signed,
                            failed=self.page.show_sign_message)

    def amend(self, kind: str, when: datetime, reason: str) -> None:
        self.window.ops.run(signoff.amend_stamp, self.window.user, self.window.session.id, kind,
                            when, reason, done=lambda _a: self.load(),
                            failed=self.page.show_sign_message)

    def export_sheet(self, path: Path) -> None:
        from ..services.sheet import write_sheet

        self.page.exporting(f"Writing {path.name}…", busy=True)
        self.window.ops.run(write_sheet, self.window.session.id, path,
                            done=lambda out: self.page.exporting(f"✓ Written: {out}", busy=False),
                            failed=lambda m: self.page.exporting(m, busy=False, error=True))

    def export_csv(self, folder: Path) -> None:
        from ..export.tables import export_tables

        self.page.exporting(f"Writing the CSV files into {folder}…", busy=True)
        self.window.ops.run(lambda clinic: export_tables(clinic.db, folder),
                            done=lambda files: self.page.exporting(
                                f"✓ {len(files)} CSV files written to {folder}", busy=False),
                            failed=lambda m: self.page.exporting(m, busy=False, error=True))
