"""Sign-off: the e-signature (printed name, date-time with zone, meaning), the history of
changes with their reasons, corrections after signature, and the exports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from ..domain.i18n import tr
from ..domain.procedure import STAMP_LABELS
from ..services import sessions, signoff
from ..services.clinic import local_zone
from ..services.signoff import MEANING_WORDS
from .answer_widgets import parse_local_datetime
from .fitting import fit_texts
from .forms.ui_signoff_page import Ui_SignoffPage

if TYPE_CHECKING:
    from .main_window import MainWindow


def history_columns() -> list[str]:
    return [tr("signoff_page", "When"), tr("signoff_page", "Who"), tr("signoff_page", "What"),
            tr("signoff_page", "Old"), tr("signoff_page", "New"), tr("signoff_page", "Reason")]


def status_text(status: str) -> str:
    words = {"signed": "✓ " + tr("signoff_page", "Signed"),
             signoff.CHANGED: "⚠ " + tr("signoff_page", "CHANGED AFTER SIGNATURE: sign again"),
             "open": "… " + tr("signoff_page", "Ready to sign"),
             "not performed": tr("signoff_page", "Not performed: sign the record")}
    return words.get(status, status)


def capitalised(words: str) -> str:
    """'performed by' -> 'Performed by' (str.capitalize would lower the rest)."""
    return words[:1].upper() + words[1:]


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
        fit_texts(self)
        ui.meaningCombo.addItem("", None)
        for meaning in signoff.MEANINGS:
            ui.meaningCombo.addItem(meaning, meaning)
        for kind in STAMP_LABELS:
            ui.stampCombo.addItem(kind, kind)
        ui.historyTable.setColumnCount(len(history_columns()))
        self._texts()
        ui.historyTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ui.exportProgress.setVisible(False)
        ui.signButton.clicked.connect(self._sign)
        ui.amendButton.clicked.connect(self._amend)
        ui.sheetButton.clicked.connect(self._sheet)
        ui.csvButton.clicked.connect(self._csv)

    def _texts(self) -> None:
        ui = self.ui
        ui.meaningCombo.setItemText(0, tr("signoff_page", "— choose —"))
        for index in range(1, ui.meaningCombo.count()):
            ui.meaningCombo.setItemText(index, MEANING_WORDS[ui.meaningCombo.itemData(index)])
        for index in range(ui.stampCombo.count()):
            ui.stampCombo.setItemText(index, STAMP_LABELS[ui.stampCombo.itemData(index)])
        ui.historyTable.setHorizontalHeaderLabels(history_columns())

    def retranslate(self) -> None:
        """The form, the pick-lists and the headers; the record comes with the reload."""
        ui = self.ui
        meaning, stamp = ui.meaningCombo.currentIndex(), ui.stampCombo.currentIndex()
        progress = ui.exportProgress.isVisible()
        ui.retranslateUi(self)
        self._texts()
        ui.meaningCombo.setCurrentIndex(meaning)
        ui.stampCombo.setCurrentIndex(stamp)
        ui.exportProgress.setVisible(progress)

    def show_state(self, status: str, signatures: list[signoff.SignatureInfo],
                   history: list[dict]) -> None:
        ui = self.ui
        ui.statusLabel.setText(status_text(status))
        ui.signaturesLabel.setText("\n".join(
            tr("signoff_page", "✓ {meaning}: {name} ({username}), {when}",
               meaning=capitalised(MEANING_WORDS.get(s.meaning, s.meaning)),
               name=s.printed_name, username=s.username,
               when=_local(s.signed_at.isoformat()))
            for s in signatures) or tr("signoff_page", "No signature yet."))
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
        name, _ = QFileDialog.getSaveFileName(self, tr("signoff_page", "Procedure sheet"),
                                              str(Path.home()), "PDF (*.pdf)")
        if name:
            self.sheet_requested.emit(Path(name))

    def _csv(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, tr("signoff_page", "Folder for the CSV files"), str(Path.home()))
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
            self.window.status(tr("signoff_page", "Session signed."))
            self.window.backups.backup_now("signature")
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

        self.page.exporting(tr("signoff_page", "Writing {file}…", file=path.name), busy=True)
        self.window.ops.run(write_sheet, self.window.session.id, path,
                            done=lambda out: self.page.exporting(
                                "✓ " + tr("signoff_page", "Written: {file}", file=out),
                                busy=False),
                            failed=lambda m: self.page.exporting(m, busy=False, error=True))

    def export_csv(self, folder: Path) -> None:
        from ..export.tables import export_tables

        self.page.exporting(tr("signoff_page", "Writing the CSV files into {folder}…",
                               folder=folder), busy=True)
        self.window.ops.run(lambda clinic: export_tables(clinic.db, folder),
                            done=lambda files: self.page.exporting(
                                "✓ " + tr("signoff_page", "{count} CSV files written to {folder}",
                                          count=len(files), folder=folder), busy=False),
                            failed=lambda m: self.page.exporting(m, busy=False, error=True))
