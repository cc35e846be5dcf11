"""Sign-off through the screen: signature with the password again, a correction after it,
and the procedure sheet exported off the GUI thread."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from driving import log_in

from maestro_desktop.services import accounts, demo_sessions
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.demo import demo_din


@pytest.fixture
def at_signoff(demo_db):
    """01-001's first injection done yesterday, discharged, waiting for the signature."""
    path, passwords = demo_db
    clinic = Clinic.open(path)
    try:
        doctor = accounts.login(clinic, "dr.martin", passwords["dr.martin"])
        nurse = accounts.login(clinic, "nurse.leroy", passwords["nurse.leroy"])
        demo_sessions.complete_session(clinic, doctor, nurse, passwords, "01-001", "V1",
                                       demo_din(1), datetime.now(UTC) - timedelta(days=1),
                                       sign=False)
    finally:
        clinic.close()
    return path, passwords


def test_sign_correct_and_export_the_sheet(qtbot, launch, at_signoff, tmp_path):
    path, passwords = at_signoff
    window = launch(path).window
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.signoff_page
                    and window.ops.pending == 0)
    page = window.signoff_page
    assert "Ready to sign" in page.ui.statusLabel.text()

    page.ui.passwordEdit.setText(passwords["dr.martin"])
    page.ui.signButton.click()                                     # no meaning chosen
    qtbot.waitUntil(lambda: "meaning" in page.ui.signMessage.text())
    page.ui.meaningCombo.setCurrentIndex(1)                        # performed by
    page.ui.passwordEdit.setText(passwords["dr.martin"])
    page.ui.signButton.click()
    qtbot.waitUntil(lambda: "✓ Signed" in page.ui.statusLabel.text())
    assert "Dr Claire Martin (dr.martin)" in page.ui.signaturesLabel.text()
    assert "✓ Performed by: Dr Claire Martin (dr.martin), " in page.ui.signaturesLabel.text()
    # The signature is followed at once by a verified backup, made off the GUI thread.
    backups = path.parent / "backups"
    qtbot.waitUntil(lambda: any(backups.glob(f"{path.stem}-*.sqlite")), timeout=10000)

    positioned = window.session.opened_at
    corrected = (datetime.fromisoformat(positioned).astimezone() + timedelta(minutes=19))
    page.ui.stampCombo.setCurrentIndex(0)                          # patient positioned
    page.ui.newTimeEdit.setText(corrected.strftime("%d/%m/%Y %H:%M"))
    page.ui.amendReasonEdit.setText("wall clock read wrongly")
    page.ui.amendButton.click()
    qtbot.waitUntil(lambda: "CHANGED AFTER SIGNATURE" in page.ui.statusLabel.text())
    assert page.ui.historyTable.rowCount() == 1
    assert page.ui.historyTable.item(0, 5).text() == "wall clock read wrongly"

    out = tmp_path / "sheet.pdf"
    window.flow.signoff.export_sheet(out)
    qtbot.waitUntil(lambda: "Written" in page.ui.exportMessage.text(), timeout=15000)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "CHANGED AFTER SIGNATURE" in text and "wall clock read wrongly" in text
    assert "Dr Claire Martin" in text and "01-001" in text
