"""The cell bank as the coordinator and the pharmacy see it, and its CSV import.

The import runs on the database thread; a rejected file lists every problem with its line
and changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from ..domain.cellbank import BankVial
from ..domain.i18n import decimal, tr, tr_table
from ..domain.verdict import format_date
from ..services import cellbank
from .fitting import fit_texts
from .forms.ui_cellbank_page import Ui_CellBankPage

if TYPE_CHECKING:
    from ..services.clinic import Clinic
    from .main_window import MainWindow

# A vial's release status as shown (the bank file and the journal keep the value itself).
RELEASE_WORDS = tr_table("cellbank_page", {"released": "released", "quarantine": "quarantine",
                                           "rejected": "rejected"})


def release_words(status: str) -> str:
    return RELEASE_WORDS.get(status, status)


def columns() -> list[str]:
    return [tr("cellbank_page", "Vial"), tr("cellbank_page", "Lot"),
            tr("cellbank_page", "Expiry"), tr("cellbank_page", "Status"),
            tr("cellbank_page", "Cells"), tr("cellbank_page", "Volume (mL)"),
            tr("cellbank_page", "Allocated to"), tr("cellbank_page", "Administered")]


def expiry_shown(vial: BankVial) -> str:
    expiry = vial.expiry
    if isinstance(expiry, datetime):
        return f"{format_date(expiry.date())} {expiry:%H:%M}"
    return format_date(expiry)


def _row(vial: BankVial, now: datetime) -> tuple[str, ...]:
    allocation = (tr("cellbank_page", "{subject}, injection {visit}",
                     subject=vial.allocated_subject, visit=vial.allocated_visit)
                  if vial.allocated_subject else "")
    if now >= vial.usable_until():
        status = "✕ " + tr("cellbank_page", "expired")
    else:
        status = (("✓ " if vial.release_status == "released" else "✕ ")
                  + release_words(vial.release_status))
    return (vial.vial_id, vial.lot, expiry_shown(vial), status,
            _cells(vial.cells_per_vial) if vial.cells_per_vial else "",
            decimal(float(f"{vial.volume_ml:g}")) if vial.volume_ml else "", allocation,
            tr("cellbank_page", "used") if vial.administered_session else "")


class BankView(NamedTuple):
    rows: list[tuple[str, ...]]
    total: int
    usable: int


def bank_view(clinic: Clinic) -> BankView:
    """The bank as shown, formatted on the database thread: formatting thousands of vials on
    the GUI thread would hold it for a visible moment."""
    vials = cellbank.list_bank(clinic)
    now = datetime.now()     # local wall time, as the expiry is printed
    usable = sum(v.release_status == "released" and now < v.usable_until() for v in vials)
    return BankView([_row(vial, now) for vial in vials], len(vials), usable)


def _cells(count: float) -> str:
    """Three significant figures: 2.5e+07 (2,5e+07 in French), 120000."""
    mantissa, e, exponent = f"{count:.3g}".partition("e")
    return decimal(float(mantissa)) + e + exponent


# Plain integers: the view asks for a dozen roles per cell when it sizes the columns, and a
# set of ints answers faster than comparisons with enum members.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value,
                         Qt.ItemDataRole.AccessibleTextRole.value})


class BankModel(QAbstractTableModel):
    """The bank's rows as text, served to the view on demand: thousands of vials cost the GUI
    thread only the rows on screen, not one widget item per cell."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, ...]] = []
        self.columns = columns()

    def retranslate(self) -> None:
        self.columns = columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role in _TEXT_ROLES:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section]
        return None


class CellBankPage(QWidget):
    import_requested = Signal(object)   # Path
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CellBankPage()
        self.ui.setupUi(self)
        fit_texts(self)
        table = self.ui.vialTable
        self.model = BankModel()
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        # Sized once after filling, not on every cell: a bank of thousands of vials would
        # otherwise hold the GUI thread for a visible moment.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setResizeContentsPrecision(200)
        self.ui.importButton.clicked.connect(self._choose_file)
        self.ui.backButton.clicked.connect(self.back_requested)

    def retranslate(self) -> None:
        """The form and the headers; the rows come back with the bank's reload."""
        self.ui.retranslateUi(self)
        self.model.retranslate()

    def show_bank(self, view: BankView) -> None:
        self.model.set_rows(view.rows)
        self.ui.vialTable.resizeColumnsToContents()
        self.ui.countLabel.setText(tr("cellbank_page", "{count} vials, {usable} released and in "
                                      "date", count=view.total, usable=view.usable))

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setProperty("alert", "error" if error else "info")
        self.ui.messageLabel.setText(("⚠ " if error else "✓ ") + text if text else "")
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("cellbank_page", "Cell bank file"), str(Path.home()),
            tr("cellbank_page", "CSV files (*.csv);;All files (*)"))
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
        self.window.ops.run(bank_view, done=self.page.show_bank,
                            failed=lambda m: self.page.show_message(m, error=True))

    def import_file(self, path: Path) -> None:
        def imported(report: cellbank.ImportReport) -> None:
            self.page.show_message(f"{path.name}: {report.summary}")
            self.window.ops.run(bank_view, done=self.page.show_bank)
        self.page.show_message(tr("cellbank_page", "Importing {file}…", file=path.name))
        self.window.ops.run(cellbank.import_csv, self.window.user, path, file_name=path.name,
                            done=imported,
                            failed=lambda m: self.page.show_message(m, error=True))
