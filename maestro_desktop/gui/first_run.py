"""First start on an empty database: create the first investigator, or go to training."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.i18n import tr
from .fitting import fit_texts
from .forms.ui_first_run import Ui_FirstRunDialog


class FirstRunDialog(QDialog):
    create_requested = Signal(str, str, str)   # username, printed name, password
    training_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        fit_texts(self)
        self.ui.createButton.clicked.connect(self._create)
        self.ui.trainingButton.clicked.connect(self.training_requested)

    def _create(self) -> None:
        password = self.ui.passwordEdit.text()
        if password != self.ui.repeatEdit.text():
            self.show_message(tr("first_run", "The two passwords differ. Type them again."))
            self.ui.passwordEdit.clear()
            self.ui.repeatEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.ui.createButton.setEnabled(False)
        self.create_requested.emit(self.ui.usernameEdit.text(), self.ui.nameEdit.text(),
                                   password)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def show_message(self, text: str) -> None:
        self.ui.createButton.setEnabled(True)
        self.ui.messageLabel.setText(f"⚠ {text}" if text else "")
