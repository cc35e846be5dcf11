"""`make screenshots`: render the main screens of a training database to PNG files.

    python -m maestro_desktop.gui.screenshots docs/screenshots
    python -m maestro_desktop.gui.screenshots /tmp/shots --lang fr --pseudo long

--lang renders in that language (default: English, the documentation's); --pseudo long doubles
every string (MAESTRO_I18N_PSEUDO=long), to see where a longer language would clip.
`render(..., inspect=f)` calls f(name, window) at each screen instead of only saving it
(tests/gui/test_long_strings.py checks every text fits).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPainter

from ..domain import i18n
from ..domain.labels import isbt_checksum
from ..services import sessions
from ..services.clinic import Clinic
from ..services.demo import build_demo, demo_din
from ..settings import load_protocol
from .app import Launcher, setup_application

SIZE = (1280, 800)


def wait_for(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle(ms: int = 100) -> None:
    """Let the layouts catch up with the texts just set (they are posted events)."""
    deadline = time.monotonic() + ms / 1000
    loop = QEventLoop()
    while time.monotonic() < deadline:
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def _answer_checks(window, *, platelets: str) -> None:
    """Answer the visit-day list as a nurse would, with a low platelet count."""
    rows = window.checks_page.rows
    for field in ("raised_icp", "puncture_site_infection", "antithrombotic", "breastfeeding",
                  "high_dose_corticosteroids", "relapse_or_new_t2", "new_dmd", "other_trial"):
        rows[field].choose(False)
        wait_for(lambda: window.ops.pending == 0)
    rows["consent_valid"].choose(True)
    rows["pregnancy_test"].choose("negative")
    for field, text in (("platelets_g_per_l", platelets),
                        ("platelets_sampled_on", date.today().strftime("%d/%m/%Y"))):
        rows[field].edit.setText(text)
        rows[field].edit.editingFinished.emit()
        wait_for(lambda: window.ops.pending == 0)


def _ready_for_go(window) -> None:
    """Correct the platelet count and record the baseline vitals: GO can be recorded."""
    rows = window.checks_page.rows
    rows["platelets_g_per_l"].edit.setText("180")
    rows["platelets_g_per_l"].edit.editingFinished.emit()
    wait_for(lambda: window.ops.pending == 0)
    form = window.checks_page.vitals
    form.enter({"systolic_bp": "124", "diastolic_bp": "78", "heart_rate": "72",
                "respiratory_rate": "14", "spo2": "98", "temperature": "36,8"},
               oxygen=False, consciousness="A")
    form.button.click()
    wait_for(lambda: window.ops.pending == 0 and window.checks_page.ui.goButton.isEnabled())


def _procedure_under_way(window) -> None:
    """Positioned, needle in, CSF obtained, infusion running."""
    wait_for(lambda: window.ops.pending == 0)
    rows = window.procedure_page.rows
    rows["needle_in"].fields["spinal_level"].setCurrentIndex(2)
    rows["needle_in"].fields["needle_gauge"].setCurrentIndex(2)
    rows["csf_obtained"].fields["volume_ml"].setText("2")
    rows["csf_obtained"].fields["appearance"].setCurrentIndex(1)
    for kind in ("positioned", "needle_in", "csf_obtained", "infusion_start"):
        rows[kind].button.click()
        wait_for(lambda: window.ops.pending == 0)


def _finish_procedure(window) -> None:
    """End the infusion (too fast here: acknowledged), needle out, lying flat, one set."""
    page = window.procedure_page
    page.rows["infusion_end"].fields["volume_ml"].setText("10")
    page.rows["infusion_end"].button.click()
    wait_for(lambda: window.ops.pending == 0)
    page.ui.ackCommentEdit.setText("Infusion given over 6 min by the clock on the wall")
    page.ui.ackButton.click()
    for kind in ("needle_out", "lying_flat"):
        wait_for(lambda: window.ops.pending == 0)
        page.rows[kind].button.click()
    wait_for(lambda: window.ui.pages.currentWidget() is window.observation_page)
    form = window.observation_page.vitals
    form.enter({"systolic_bp": "118", "diastolic_bp": "74", "heart_rate": "80",
                "respiratory_rate": "16", "spo2": "97", "temperature": "37,2"},
               oxygen=False, consciousness="A")
    form.button.click()
    wait_for(lambda: window.ops.pending == 0
             and "NEWS2" in window.observation_page.ui.news2Label.text())


def _adverse_event_dialog(window):  # noqa: ANN202
    """The adverse-event form, filled in for a mild headache, not yet saved."""
    window.flow.observation.open_ae(None)
    dialog = window.flow.observation.dialog
    wait_for(dialog.isVisible)
    ui = dialog.ui
    ui.termCombo.setCurrentIndex(ui.termCombo.findData("headache"))
    for box, index in ((ui.gradeCombo, 1), (ui.seriousCombo, 1), (ui.relationLpCombo, 2),
                       (ui.relationProductCombo, 4), (ui.actionCombo, 1), (ui.outcomeCombo, 1)):
        box.setCurrentIndex(index)
    return dialog


def _discharge_ready(window) -> None:
    """The saved adverse event, then the discharge tab with every criterion ticked."""
    page = window.observation_page
    page.ui.tabs.setCurrentWidget(page.ui.dischargeTab)
    for box in page.criteria.values():
        box.setChecked(True)


def _signed_example(window) -> None:
    """The training database's complete, signed injection of 01-002."""
    found: list = []
    window.ops.run(lambda clinic: next(s for s in sessions.list_sessions(clinic)
                                       if s.subject == "01-002" and s.visit == "V1"),
                   done=found.append)
    wait_for(lambda: bool(found))
    window.set_banner(found[0])
    window.flow.signoff.load(found[0])
    wait_for(lambda: window.ui.pages.currentWidget() is window.signoff_page
             and window.ops.pending == 0)


def _isbt(sequence: int) -> str:
    din = demo_din(sequence)
    return f"={din}{60 + isbt_checksum(din)}"


def render(out_dir: Path, *, language: str = "en", pseudo: str | None = None,
           inspect: Callable[[str, object], None] | None = None) -> list[Path]:
    """Every screen as PNG in `out_dir`, in `language` (and `pseudo` mode); the language in
    use before is put back afterwards."""
    from . import language as gui_language

    out_dir.mkdir(parents=True, exist_ok=True)
    app = setup_application(sys.argv[:1])
    before = (os.environ.get("MAESTRO_I18N_PSEUDO"), i18n.language())
    _set_pseudo(pseudo)
    gui_language.apply(language)
    try:
        return _render(app, out_dir, inspect)
    finally:
        _set_pseudo(before[0])
        gui_language.apply(before[1])


def _set_pseudo(pseudo: str | None) -> None:
    if pseudo:
        os.environ["MAESTRO_I18N_PSEUDO"] = pseudo
    else:
        os.environ.pop("MAESTRO_I18N_PSEUDO", None)


def _render(app, out_dir: Path, inspect) -> list[Path]:  # noqa: ANN001
    protocol = load_protocol()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "training.sqlite"
        clinic = Clinic.open(path, protocol=protocol, training=True)
        passwords = build_demo(clinic).passwords
        clinic.close()

        launcher = Launcher(app)
        window = launcher.start(path)
        window.resize(*SIZE)
        saved = []

        def shoot(name: str, dialog=None) -> None:  # noqa: ANN001
            """The window, with `dialog` drawn over it where it opened."""
            wait_for(lambda: window.ops.pending == 0)
            for _ in range(2):        # once the layouts have caught up, as small as allowed
                window.resize(*SIZE)  # (wider than the screen is a finding, not a fix)
                settle()
            picture = window.grab()
            if dialog is not None:
                painter = QPainter(picture)
                painter.drawPixmap(dialog.geometry().topLeft() - window.geometry().topLeft(),
                                   dialog.grab())
                painter.end()
            target = out_dir / f"{name}.png"
            picture.save(str(target))
            saved.append(target)
            if inspect is not None:
                inspect(name, dialog or window)

        wait_for(lambda: window.training and window.ops.pending == 0)
        page = window.login_page
        page.ui.usernameEdit.setText("dr.martin")
        shoot("01-login")
        page.ui.passwordEdit.setText(passwords["dr.martin"])
        page.ui.loginButton.click()
        wait_for(lambda: window.ui.pages.currentWidget() is window.subjects_page
                 and window.subjects_page.rows)
        shoot("02-subject-list")
        window.subjects_page.ui.eligibilityButton.click()
        wait_for(lambda: window.ui.pages.currentWidget() is window.eligibility_page)
        shoot("03-eligibility")
        window.show_subjects()
        wait_for(lambda: window.subjects_page.rows and window.ops.pending == 0)
        window.subjects_page.ui.subjectTable.selectRow(0)
        window.subjects_page.ui.openSessionButton.click()
        wait_for(lambda: window.ui.pages.currentWidget() is window.checks_page)
        shoot("04-checks")
        _answer_checks(window, platelets="42")
        shoot("05-checks-no-go")
        _ready_for_go(window)
        shoot("06-checks-go")
        window.checks_page.ui.goButton.click()
        wait_for(lambda: window.ui.pages.currentWidget() is window.vial_page)
        window.vial_page.scanned(_isbt(10))            # a vial in quarantine
        wait_for(lambda: window.ops.pending == 0)
        shoot("07-vial-hard-stop")
        window.vial_page.scanned(_isbt(1))             # the vial allocated to 01-001, V1
        wait_for(lambda: window.ops.pending == 0)
        window.vial_page.ui.thawNowButton.click()
        wait_for(lambda: window.ops.pending == 0)
        shoot("08-vial-second-person")
        vial = window.vial_page.ui
        vial.secondUserEdit.setText("nurse.leroy")
        vial.secondPasswordEdit.setText(passwords["nurse.leroy"])
        window.vial_page.scanned(_isbt(1))
        wait_for(lambda: window.ui.pages.currentWidget() is window.procedure_page)
        _procedure_under_way(window)
        shoot("09-procedure")
        _finish_procedure(window)
        shoot("10-observation")
        dialog = _adverse_event_dialog(window)
        shoot("11-adverse-event", dialog)
        dialog.ui.saveButton.click()
        wait_for(lambda: window.ops.pending == 0 and not dialog.isVisible())
        _discharge_ready(window)
        shoot("12-discharge")
        _signed_example(window)
        shoot("13-signoff")
        window.flow.cellbank.show()
        wait_for(lambda: window.cellbank_page.model.rowCount() > 0)
        shoot("14-cell-bank")
        window.lock_now("on demand")
        shoot("15-locked")
        launcher.stop()
    return saved


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m maestro_desktop.gui.screenshots")
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default="en")
    parser.add_argument("--pseudo", choices=["long"], default=None)
    args = parser.parse_args(argv)
    for png in render(args.out, language=args.lang, pseudo=args.pseudo):
        print(png)


if __name__ == "__main__":
    main()
