"""Login, unlock and user switch: one form, three purposes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .forms.ui_login_page import Ui_LoginPage

PURPOSES = {
    "login": ("Log in", "Intrathecal ASC injection record"),
    "unlock": ("Unlock", "The window is locked. Enter your password to unlock, or another "
                         "user name to switch user."),
    "switch": ("Switch user", "The session stays open. Log in under your own name."),
}


class LoginPage(QWidget):
    submitted = Signal(str, str, str)  # username, password, purpose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginPage()
        self.ui.setupUi(self)
        self.purpose = "login"
        self.ui.loginButton.clicked.connect(self._submit)
        self.ui.passwordEdit.returnPressed.connect(self._submit)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)

    def prepare(self, purpose: str, username: str = "", training: bool = False) -> None:
        self.purpose = purpose
        button, subtitle = PURPOSES[purpose]
        self.ui.loginButton.setText(button)
        self.ui.loginButton.setAccessibleName(button)
        self.ui.subtitleLabel.setText(subtitle)
        self.ui.titleLabel.setText("MAESTRO-4MS" + ("  ·  TRAINING" if training else ""))
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.clear()
        self.set_busy(False)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.ui.messageLabel.setProperty("alert", "error" if error else "info")
        self.ui.messageLabel.setText(("⚠ " if error and text else "") + text)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def set_busy(self, busy: bool) -> None:
        self.ui.loginButton.setEnabled(not busy)

    def _submit(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self.show_message("Enter your user name and password.")
            return
        self.set_busy(True)
        self.show_message("")
        self.ui.passwordEdit.clear()
        self.submitted.emit(username, password, self.purpose)
