"""Vial identity: scan, thawing time, second-person check. Hard stops fill the screen in words.

The page only shows and asks; the verification rules are in domain/vial_checks.py and the
gate in services/vials.py.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..domain.i18n import tr, tr_table
from ..domain.verdict import Outcome
from ..services.clinic import local_zone
from ..services.vials import VialState
from .answer_widgets import parse_local_datetime, show_datetime
from .camera import CameraDialog, available_cameras
from .cellbank_page import expiry_shown, release_words
from .fitting import fit_texts, scroll_column
from .forms.ui_vial_page import Ui_VialPage
from .scan_capture import ScanCapture, printable

# The shipped site.vial_problem_contact, as shown; a site's own contact is shown as written.
CONTACT_WORDS = tr_table("vial_page", {
    "the cell-therapy unit (UTCG) and the trial pharmacist":
        "the cell-therapy unit (UTCG) and the trial pharmacist",
})


class VialPage(QWidget):
    first_scan = Signal(str)                    # raw
    manual_entry = Signal(str, str, str)        # first, second, reason
    thaw_time = Signal(object)                  # aware datetime
    second_scan = Signal(str, str, str, object)  # username, password, raw, typed again or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VialPage()
        self.ui.setupUi(self)
        fit_texts(self)
        # The scan's verdict, reasons and label can outgrow the window: that column scrolls.
        scroll_column(self.ui.layout, self.ui.mainColumn)
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

    def retranslate(self) -> None:
        """The form (the scan, verdict and camera button come back with the reload)."""
        shown = self.ui.cameraButton.isVisible()
        self.ui.retranslateUi(self)
        self.ui.cameraButton.setVisible(shown)

    def show_state(self, state: VialState) -> None:
        self.state = state
        ui = self.ui
        if self.cameras is None:
            self.cameras = available_cameras()
            ui.cameraButton.setVisible(bool(self.cameras))
        lines = [tr("vial_page", "Label: {fields}", fields=", ".join(
            f"{k} {v}" for k, v in state.label.items()))]
        if state.bank is not None:
            bank = state.bank
            allocated = (tr("vial_page", "allocated to {subject}, injection {visit}",
                            subject=bank.allocated_subject, visit=bank.allocated_visit)
                         if bank.allocated_subject else tr("vial_page", "not allocated"))
            lines.append(tr("vial_page", "Cell bank: lot {lot}, expires {expiry}, {status}, "
                            "{allocated}", lot=bank.lot, expiry=expiry_shown(bank),
                            status=release_words(bank.release_status), allocated=allocated))
        ui.fieldsLabel.setText("\n".join(lines) if state.label else "")
        ui.thawEdit.setText(show_datetime(state.thawed_at))
        ui.secondBox.setEnabled(state.vial_id is not None and not state.verified)
        if state.vial_id is None:
            self._outcome("… " + tr("vial_page", "No vial scanned yet"), "INCOMPLETE", "")
        elif state.verified:
            self._outcome("✓ " + tr("vial_page", "Vial {vial} verified by {first} and {second}",
                                    vial=state.vial_id, first=state.scanned_by,
                                    second=state.confirmed_by), "GO", "")
        elif state.evaluation.outcome is Outcome.NO_GO:
            self.show_refusal([r.text for r in state.evaluation.reasons], state.contact)
        else:
            missing = [r.text for r in state.evaluation.missing]
            scanned = (tr("vial_page", "Vial {vial} scanned by {user} (typed)", vial=state.vial_id,
                          user=state.scanned_by) if state.manual else
                       tr("vial_page", "Vial {vial} scanned by {user}", vial=state.vial_id,
                          user=state.scanned_by))
            self._outcome(scanned, "INCOMPLETE", "\n".join(f"… {m}" for m in missing)
                          or "… " + tr("vial_page", "Waiting for the second person check."))

    def show_refusal(self, reasons: list[str], contact: str) -> None:
        self._outcome("✕ " + tr("vial_page", "DO NOT USE THIS VIAL"), "NO_GO",
                      "\n".join(f"✕ {r}" for r in reasons) + "\n"
                      + tr("vial_page", "Call {contact}.",
                           contact=CONTACT_WORDS.get(contact, contact)))

    def show_error(self, text: str) -> None:
        self._outcome("⚠ " + tr("vial_page", "Scan not accepted"), "INCOMPLETE", f"⚠ {text}")

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
        first, ok = QInputDialog.getText(
            self, tr("vial_page", "Type the vial identifier"),
            tr("vial_page", "DIN with its check character, or serial number:"))
        if not ok or not first.strip():
            return
        second, ok = QInputDialog.getText(self, tr("vial_page", "Type it again"),
                                          tr("vial_page", "Type the identifier again:"),
                                          QLineEdit.EchoMode.Normal)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, tr("vial_page", "Reason"),
                                          tr("vial_page", "Why can the label not be scanned?"))
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
