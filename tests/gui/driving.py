"""Driving the real main window in tests: what a user does, in helper form."""

from __future__ import annotations

from dataclasses import dataclass, field

from maestro_desktop.gui.main_window import MainWindow
from maestro_desktop.services.worker import DbWorker


@dataclass
class Running:
    window: MainWindow
    worker: DbWorker
    fatal: list[str] = field(default_factory=list)


def stop(qapp, running: Running) -> None:
    qapp.removeEventFilter(running.window.idle)
    running.window.close()
    running.worker.close()


def log_in(qtbot, window: MainWindow, username: str, password: str) -> None:
    """Type into the real form and press Enter, as a user would."""
    from PySide6.QtCore import Qt

    page = window.login_page
    page.ui.usernameEdit.clear()
    qtbot.keyClicks(page.ui.usernameEdit, username)
    qtbot.keyClicks(page.ui.passwordEdit, password)
    qtbot.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)


def reach_go(clinic, doctor, nurse, baseline) -> str:  # noqa: ANN001 - services objects
    """Open 01-001's injection 1, pass every check, record the baseline and GO; the session id.
    Setting up with the services lets a screen test start at the step it is about."""
    from datetime import timedelta

    from maestro_desktop.domain.checks import VisitDayAnswers
    from maestro_desktop.services import checks, sessions

    session = sessions.open_session(clinic, doctor, "01-001", "V1").id
    answers = VisitDayAnswers(False, False, 180, clinic.today() - timedelta(days=1), False,
                              pregnancy_test="negative", breastfeeding=False,
                              high_dose_corticosteroids=False, relapse_or_new_t2=False,
                              new_dmd=False, other_trial=False, consent_valid=True)
    for name in VisitDayAnswers.__dataclass_fields__:
        if getattr(answers, name) is not None:
            checks.answer(clinic, nurse, session, name, getattr(answers, name))
    checks.record_vitals(clinic, nurse, session, baseline)
    checks.record_verdict(clinic, doctor, session, "GO")
    return session
