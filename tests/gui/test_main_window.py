"""The main window driven like a user: log in, open a session, lock, switch user, restart."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from driving import log_in, stop

from maestro_desktop.store.database import open_store


def journal_kinds(path) -> list[tuple[str, dict]]:
    with sqlite3.connect(path) as conn:
        return [(kind, json.loads(payload)) for kind, payload in
                conn.execute("SELECT kind, payload FROM journal ORDER BY seq")]


def on_page(window, page) -> bool:
    return window.ui.pages.currentWidget() is page and window.ops.pending == 0


def subjects_listed(window) -> bool:
    return on_page(window, window.subjects_page) and bool(window.subjects_page.rows)


def test_wrong_password_then_login_shows_subject_list(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    assert window.windowTitle().endswith("[TRAINING]")
    assert window.ui.trainingLabel.isVisible()

    log_in(qtbot, window, "dr.martin", "not-the-password")
    qtbot.waitUntil(lambda: "Wrong user name or password" in
                    window.login_page.ui.messageLabel.text())
    assert "4 attempts left" in window.login_page.ui.messageLabel.text()
    assert window.user is None

    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: subjects_listed(window))
    table = window.subjects_page.ui.subjectTable
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "01-001", "01-002", "01-003", "01-004"]
    assert "in window" in table.item(0, 4).text()
    assert "window closed" in table.item(3, 4).text()
    assert "Investigator" in window.user_label.full_text
    kinds = [k for k, _ in journal_kinds(path)]
    assert kinds[-2:] == ["login.failed", "login.succeeded"]


def open_first_subject(qtbot, window) -> None:
    qtbot.waitUntil(lambda: subjects_listed(window))
    window.subjects_page.ui.subjectTable.selectRow(0)
    window.subjects_page.ui.openSessionButton.click()
    qtbot.waitUntil(lambda: on_page(window, window.checks_page))


def test_open_session_fills_banner_and_rail(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    open_first_subject(qtbot, window)

    assert window.ui.subjectLabel.text() == "Subject 01-001"
    assert window.ui.initialsLabel.text() == "ABD"
    assert window.ui.visitLabel.text() == "Injection 1"
    assert window.rail_states() == {"patient": "done", "checks": "current", "vial": "locked",
                                    "procedure": "locked", "observation": "locked",
                                    "signoff": "locked"}
    kind, payload = journal_kinds(path)[-1]
    assert kind == "session.opened" and payload["visit"] == "V1"


def test_lock_hides_patient_data_and_unlock_returns(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    open_first_subject(qtbot, window)

    window.lock_now("on demand")
    assert window.ui.pages.currentWidget() is window.login_page
    banner = " ".join(label.text() for label in (window.ui.subjectLabel,
                      window.ui.initialsLabel, window.ui.visitLabel))
    assert "01-001" not in banner and "ABD" not in banner
    assert not window.ui.stepRail.isVisible()
    assert window.login_page.ui.loginButton.text() == "Unlock"

    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: on_page(window, window.checks_page))
    assert window.ui.subjectLabel.text() == "Subject 01-001"
    purposes = [p.get("purpose") or p.get("reason") for k, p in journal_kinds(path)
                if k in ("screen.locked", "login.succeeded")]
    assert purposes[-2:] == ["on demand", "unlock"]


def test_inactivity_locks_the_window(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: on_page(window, window.subjects_page))
    window.idle.timeout_s = 0.2
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.ui.pages.currentWidget() is window.login_page
    qtbot.waitUntil(lambda: journal_kinds(path)[-1][0] == "screen.locked")
    assert journal_kinds(path)[-1][1]["reason"] == "inactivity"


def test_nurse_switches_in_while_session_stays_open(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    open_first_subject(qtbot, window)
    session_id = window.session.id

    window.lock_now("switch user", switch=True)
    log_in(qtbot, window, "nurse.leroy", passwords["nurse.leroy"])
    qtbot.waitUntil(lambda: on_page(window, window.checks_page))
    assert window.user.username == "nurse.leroy"
    assert window.session.id == session_id
    assert "Nurse" in window.user_label.full_text


def test_restart_reopens_the_open_session(qtbot, qapp, launch, demo_db):
    path, passwords = demo_db
    first = launch(path)
    log_in(qtbot, first.window, "dr.martin", passwords["dr.martin"])
    open_first_subject(qtbot, first.window)
    session_id = first.window.session.id
    stop(qapp, first)

    window = launch(path).window
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: on_page(window, window.checks_page))
    assert window.session.id == session_id
    assert window.ui.subjectLabel.text() == "Subject 01-001"
    assert window.rail_states()["checks"] == "current"


def test_first_start_creates_the_investigator_account(qtbot, launch, tmp_path):
    path = tmp_path / "new.sqlite"
    window = launch(path).window
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
    form = window.first_run.ui
    form.nameEdit.setText("Dr Anne Neuro")
    form.usernameEdit.setText("a.neuro")
    form.passwordEdit.setText("long enough pw")
    form.repeatEdit.setText("different pw!")
    form.createButton.click()
    assert "differ" in form.messageLabel.text()
    form.passwordEdit.setText("long enough pw")
    form.repeatEdit.setText("long enough pw")
    form.createButton.click()
    qtbot.waitUntil(lambda: not window.first_run.isVisible())
    log_in(qtbot, window, "a.neuro", "long enough pw")
    qtbot.waitUntil(lambda: on_page(window, window.subjects_page))
    assert window.user.role.value == "investigator"


def test_damaged_file_is_reported_and_left_untouched(qtbot, launch, tmp_path):
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    running = launch(path, wait_ready=False)
    qtbot.waitUntil(lambda: bool(running.fatal))
    assert "not a maestro database" in running.fatal[0]
    assert "Traceback" not in running.fatal[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_second_instance_gets_a_clear_message(qtbot, launch, demo_db):
    path, _ = demo_db
    holder = open_store(path)
    try:
        running = launch(path, wait_ready=False)
        qtbot.waitUntil(lambda: bool(running.fatal))
        assert "already open" in running.fatal[0]
    finally:
        holder.close()


def test_first_start_can_open_the_training_database(qtbot, qapp, tmp_path, monkeypatch):
    from maestro_desktop.gui import app as app_module
    from maestro_desktop.paths import default_training_db_path

    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    launcher = app_module.Launcher(qapp)
    try:
        window = launcher.start(tmp_path / "empty.sqlite")
        qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
        window.first_run.ui.trainingButton.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        training = launcher.window
        assert training is not window and training.training
        assert default_training_db_path().exists()
        password = next(line.split()[-1] for line in shown[0].splitlines()
                        if line.startswith("dr.martin"))
        log_in(qtbot, training, "dr.martin", password)
        qtbot.waitUntil(lambda: subjects_listed(training))
        assert training.ui.trainingLabel.isVisible()
    finally:
        launcher.stop()
