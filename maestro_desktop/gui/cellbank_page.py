"""The cell bank as the coordinator and the pharmacy see it, and its CSV import.

The import runs on the database thread; a rejected file lists every problem with its line
and changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from ..domain.cellbank import BankVial
from ..domain.verdict import format_date
from ..services import cellbank
from .forms.ui_cellbank_page import Ui_CellBankPage

if TYPE_CHECKING:
    from .main_window import MainWindow

COLUMNS = ("Vial", "Lot", "Expiry", "Status", "Cells", "Volume (mL)", "Allocated to",
           "Administered")


def expiry_shown(vial: BankVial) -> str:
    expiry = vial.expiry
    if isinstance(expiry, datetime):
        return f"{format_date(expiry.date())} {expiry:%H:%M}"
    return format_date(expiry)


def _row(vial: BankVial, now: datetime) -> tuple[str, ...]:
    allocation = (f"{vial.allocated_subject}, injection {vial.allocated_visit}"
                  if vial.allocated_subject else "")
    if now >= vial.usable_until():
        status = "✕ expired"
    else:
        status = ("✓ " if vial.release_status == "released" else "✕ ") + vial.release_status
    return (vial.vial_id, vial.lot, expiry_shown(vial), status,
            f"{vial.cells_per_vial:.3g}" if vial.cells_per_vial else "",
            f"{vial.volume_ml:g}" if vial.volume_ml else "", allocation,
            "used" if vial.administered_session else "")


class CellBankPage(QWidget):
    import_requested = Signal(object)   # Path
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CellBankPage()
        self.ui.setupUi(self)
        table = self.ui.vialTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.importButton.clicked.connect(self._choose_file)
        self.ui.backButton.clicked.connect(self.back_requested)

    def show_bank(self, vials: list[BankVial]) -> None:
        table = self.ui.vialTable
        table.setRowCount(len(vials))
        now = datetime.now()     # local wall time, as the expiry is printed
        for r, vial in enumerate(vials):
            for c, text in enumerate(_row(vial, now)):
                table.setItem(r, c, QTableWidgetItem(text))
        usable = sum(v.release_status == "released" and now < v.usable_until() for v in vials)
        self.ui.countLabel.setText(f"{len(vials)} vials, {usable} released and in date")

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setProperty("alert", "error" if error else "info")
        self.ui.messageLabel.setText(("⚠ " if error else "✓ ") + text if text else "")
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Cell bank file", str(Path.home()),
                                              "CSV files (*.csv);;All files (*)")
        if name:
            self.import_requested.emit(Path(name))


class CellBankFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = window.cellbank_page
        self.page.import_requested.connect(self.import_file)
        self.page.back_requested.connect(window.show_subjects)

    def show(self) -> None:
        if self.window.locked:
            return
        self.window.set_banner(None)
        self.window.ui.pages.setCurrentWidget(self.page)
        self.page.show_message("")
        self.window.ops.run(cellbank.list_bank, done=self.page.show_bank,
                            failed=lambda m: self.page.show_message(m, error=True))

    def import_file(self, path: Path) -> None:
        def imported(report: cellbank.ImportReport) -> None:
            self.page.show_message(f"{path.name}: {report.summary}")
            self.window.ops.run(cellbank.list_bank, done=self.page.show_bank)
        self.page.show_message(f"Importing {path.name}…")
        self.window.ops.run(cellbank.import_csv, self.window.user, path, file_name=path.name,
                            done=imported,
                            failed=lambda m: self.page.show_message(m, error=True))
