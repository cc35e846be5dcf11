"""Vial identity: scan, thawing time, second-person check. Hard stops fill the screen in words.

The page only shows and asks; the verification rules are in domain/vial_checks.py and the
gate in services/vials.py.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..domain.verdict import Outcome
from ..services.clinic import local_zone
from ..services.vials import VialState
from .answer_widgets import parse_local_datetime, show_datetime
from .camera import CameraDialog, available_cameras
from .cellbank_page import expiry_shown
from .forms.ui_vial_page import Ui_VialPage
from .scan_capture import ScanCapture, printable


class VialPage(QWidget):
    first_scan = Signal(str)                    # raw
    manual_entry = Signal(str, str, str)        # first, second, reason
    thaw_time = Signal(object)                  # aware datetime
    second_scan = Signal(str, str, str, object)  # username, password, raw, typed again or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VialPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.state: VialState | None = None
        self.capture = ScanCapture(self, [ui.thawEdit, ui.secondUserEdit, ui.secondPasswordEdit,
                                          ui.typedEdit, ui.typedAgainEdit])
        self.capture.scanned.connect(self.scanned)
        ui.thawNowButton.clicked.connect(lambda: self.thaw_time.emit(datetime.now(local_zone())))
        ui.thawSaveButton.clicked.connect(self._save_thaw)
        ui.thawEdit.returnPressed.connect(self._save_thaw)
        ui.manualButton.clicked.connect(self._ask_manual)
        ui.confirmTypedButton.clicked.connect(self._confirm_typed)
        self.cameras: list | None = None     # looked up when the step is first shown
        ui.cameraButton.setVisible(False)
        ui.cameraButton.clicked.connect(self._camera)

    def scanned(self, raw: str) -> None:
        """A scan from the scanner or the camera: first scan, or the second person's."""
        self.ui.scanEdit.setText(printable(raw))
        if self.state is not None and self.state.vial_id and not self.state.verified \
                and self.ui.secondUserEdit.text().strip():
            self.second_scan.emit(self.ui.secondUserEdit.text().strip(),
                                  self.ui.secondPasswordEdit.text(), raw, None)
            self.ui.secondPasswordEdit.clear()
        else:
            self.first_scan.emit(raw)

    def show_state(self, state: VialState) -> None:
        self.state = state
        ui = self.ui
        if self.cameras is None:
            self.cameras = available_cameras()
            ui.cameraButton.setVisible(bool(self.cameras))
        lines = ["Label: " + ", ".join(f"{k} {v}" for k, v in state.label.items())]
        if state.bank is not None:
            bank = state.bank
            allocated = (f"allocated to {bank.allocated_subject}, injection "
                         f"{bank.allocated_visit}" if bank.allocated_subject else "not allocated")
            lines.append(f"Cell bank: lot {bank.lot}, expires {expiry_shown(bank)}, "
                         f"{bank.release_status}, {allocated}")
        ui.fieldsLabel.setText("\n".join(lines) if state.label else "")
        ui.thawEdit.setText(show_datetime(state.thawed_at))
        ui.secondBox.setEnabled(state.vial_id is not None and not state.verified)
        if state.vial_id is None:
            self._outcome("… No vial scanned yet", "INCOMPLETE", "")
        elif state.verified:
            self._outcome(f"✓ Vial {state.vial_id} verified by {state.scanned_by} and "
                          f"{state.confirmed_by}", "GO", "")
        elif state.evaluation.outcome is Outcome.NO_GO:
            self.show_refusal([r.text for r in state.evaluation.reasons], state.contact)
        else:
            missing = [r.text for r in state.evaluation.missing]
            self._outcome(f"Vial {state.vial_id} scanned by {state.scanned_by}"
                          + (" (typed)" if state.manual else ""),
                          "INCOMPLETE", "\n".join(f"… {m}" for m in missing)
                          or "… Waiting for the second person check.")

    def show_refusal(self, reasons: list[str], contact: str) -> None:
        self._outcome("✕ DO NOT USE THIS VIAL", "NO_GO",
                      "\n".join(f"✕ {r}" for r in reasons) + f"\nCall {contact}.")

    def show_error(self, text: str) -> None:
        self._outcome("⚠ Scan not accepted", "INCOMPLETE", f"⚠ {text}")

    def _outcome(self, title: str, verdict: str, text: str) -> None:
        self.ui.outcomeLabel.setText(title)
        self.ui.outcomeLabel.setProperty("verdict", verdict)
        self.ui.outcomeLabel.style().polish(self.ui.outcomeLabel)
        self.ui.reasonsLabel.setText(text)

    def _save_thaw(self) -> None:
        try:
            when = parse_local_datetime(self.ui.thawEdit.text())
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.thaw_time.emit(when)

    def _ask_manual(self) -> None:
        first, ok = QInputDialog.getText(self, "Type the vial identifier",
                                         "DIN with its check character, or serial number:")
        if not ok or not first.strip():
            return
        second, ok = QInputDialog.getText(self, "Type it again", "Type the identifier again:",
                                          QLineEdit.EchoMode.Normal)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, "Reason", "Why can the label not be scanned?")
        if ok:
            self.manual_entry.emit(first, second, reason)

    def _camera(self) -> None:
        dialog = CameraDialog(self.cameras[0], self)
        dialog.scanned.connect(self.scanned)
        dialog.open()

    def _confirm_typed(self) -> None:
        ui = self.ui
        self.second_scan.emit(ui.secondUserEdit.text().strip(), ui.secondPasswordEdit.text(),
                              ui.typedEdit.text(), ui.typedAgainEdit.text())
        ui.secondPasswordEdit.clear()

    def show_second_message(self, text: str) -> None:
        self.ui.secondMessage.setText(f"⚠ {text}" if text else "")
