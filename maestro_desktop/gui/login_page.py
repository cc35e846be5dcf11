"""Login, unlock and user switch: one form, three purposes.

Part of the first screen: its texts are translated by Qt (`self.tr`, in forms.ts), see
gui/main_window.py."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .forms.ui_login_page import Ui_LoginPage


class LoginPage(QWidget):
    submitted = Signal(str, str, str)  # username, password, purpose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginPage()
        self.ui.setupUi(self)      # its texts are fitted by the window after the first paint
        self.purpose = "login"
        self.training = False
        self.ui.loginButton.clicked.connect(self._submit)
        self.ui.passwordEdit.returnPressed.connect(self._submit)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)

    def prepare(self, purpose: str, username: str = "", training: bool = False) -> None:
        self.purpose, self.training = purpose, training
        self._texts()
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.clear()
        self.set_busy(False)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def purpose_texts(self) -> tuple[str, str]:
        """(button, subtitle) of the form for its purpose: login, unlock or switch."""
        if self.purpose == "unlock":
            return (self.tr("Unlock"),
                    self.tr("The window is locked. Enter your password to unlock, or another "
                            "user name to switch user."))
        if self.purpose == "switch":
            return (self.tr("Switch user"),
                    self.tr("The session stays open. Log in under your own name."))
        return self.tr("Log in"), self.tr("Intrathecal ASC injection record")

    def _texts(self) -> None:
        button, subtitle = self.purpose_texts()
        self.ui.loginButton.setText(button)
        self.ui.loginButton.setAccessibleName(button)
        self.ui.subtitleLabel.setText(subtitle)
        self.ui.titleLabel.setText(self.tr("MAESTRO-4MS  ·  TRAINING") if self.training
                                   else "MAESTRO-4MS")

    def retranslate(self) -> None:
        """The form's texts in the current language; what is typed stays, a message goes."""
        self.ui.retranslateUi(self)
        self._texts()

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
            self.show_message(self.tr("Enter your user name and password."))
            return
        self.set_busy(True)
        self.show_message("")
        self.ui.passwordEdit.clear()
        self.submitted.emit(username, password, self.purpose)
