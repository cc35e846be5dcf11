"""The coordinator sees the bank and imports a file; a bad file changes nothing."""

from __future__ import annotations

from driving import log_in

from maestro_desktop.domain.cellbank import CSV_COLUMNS

HEADER = ",".join(CSV_COLUMNS)


def open_bank(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    log_in(qtbot, window, "coord.bernard", passwords["coord.bernard"])
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.subjects_page)
    next(a for a in window.actions_when_logged_in if a.text() == "Cell bank").trigger()
    page = window.cellbank_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    return window, page


def test_bank_is_listed_and_a_file_imported(qtbot, launch, demo_db, tmp_path):
    window, page = open_bank(qtbot, launch, demo_db)
    assert page.ui.countLabel.text() == "12 vials, 10 released and in date"
    statuses = [page.model.index(r, 3).data() for r in range(12)]
    assert statuses.count("✕ quarantine") == 1 and statuses.count("✕ expired") == 1
    new = tmp_path / "bank.csv"
    new.write_text(f"{HEADER}\nG123426000013,L26D,2027-12-31,released,1e8,10,,,,\n",
                   encoding="utf-8")
    page.import_requested.emit(new)
    qtbot.waitUntil(lambda: page.model.rowCount() == 13)
    assert "bank.csv: 1 added, 0 changed, 0 unchanged" in page.ui.messageLabel.text()


def test_a_bad_file_lists_its_problems_and_imports_nothing(qtbot, launch, demo_db, tmp_path):
    window, page = open_bank(qtbot, launch, demo_db)
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\nG123426000013,L26D,2027-13-01,released,1e8,10,,,,\n"
                   "G123426000014,L26D,2027-12-31,released,1e8,10,,,,\n", encoding="utf-8")
    page.import_requested.emit(bad)
    qtbot.waitUntil(lambda: "line 2" in page.ui.messageLabel.text())
    assert "nothing was changed" in page.ui.messageLabel.text()
    assert page.model.rowCount() == 12
