"""The window in French: complete catalogues for the forms and the GUI code, French on screen,
the decimal comma, the Language menu (saved, applied at once) and the language at start-up.

(a) Every message of forms.ts and gui.ts has a finished French translation, pyside6-lupdate
finds nothing in ui/*.ui that forms.ts lacks, forms.qm is what pyside6-lrelease makes of
forms.ts, and no form gets two French Alt+letters where the English has none twice.
(b) With French chosen, the login and checks screens read French and 37.8 °C reads 37,8.
(c) The Language menu saves the choice and changes every text at once; --lang and the choice
saved read at start-up.
"""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from driving import log_in
from PySide6.QtCore import QCoreApplication, Qt

from maestro_desktop import translations
from maestro_desktop.domain import i18n
from maestro_desktop.gui import app as gui_app
from maestro_desktop.gui import language as gui_language

ROOT = Path(__file__).resolve().parents[2]
FR = ROOT / "resources" / "i18n" / "fr"
# The first screen's code, translated by Qt like the forms (Makefile: QT_TR_SOURCES).
QT_TR_SOURCES = ("maestro_desktop/gui/main_window.py", "maestro_desktop/gui/login_page.py")
BIN = Path(sys.executable).parent
UNFINISHED = ("unfinished", "vanished", "obsolete")


def messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every message of a catalogue."""
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append((name, message.findtext("source"),
                          translation.text if translation is not None else None,
                          translation.get("type") if translation is not None else "unfinished"))
    return found


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    which = shutil.which(name)
    if which is None:
        pytest.skip(f"{name} is not installed")
    return which


@pytest.fixture
def french(qapp):
    """French for the forms, Qt's own words and the code; English again afterwards."""
    gui_language.apply("fr")
    yield
    gui_language.apply("en")


# --- (a) the catalogues ------------------------------------------------------------------------

@pytest.mark.parametrize("catalogue", ["forms.ts", "gui.ts"])
def test_every_message_has_a_finished_french_translation(catalogue):
    found = messages(FR / catalogue)
    assert len(found) > 150
    missing = [f"[{context}] {source!r}" for context, source, text, kind in found
               if not text or kind in UNFINISHED]
    assert not missing, f"no finished French in {catalogue} for:\n" + "\n".join(missing)


def test_lupdate_finds_nothing_in_the_forms_that_forms_ts_lacks(tmp_path):
    fresh = tmp_path / "forms.ts"
    uis = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", *uis, *QT_TR_SOURCES, "-ts", str(fresh)],
                   check=True, cwd=ROOT)
    wanted = {(context, source) for context, source, _, _ in messages(fresh)}
    held = {(context, source) for context, source, _, kind in messages(FR / "forms.ts")
            if kind not in ("vanished", "obsolete")}
    assert wanted - held == set(), "run `make translations` and translate the new messages"
    assert held - wanted == set(), "forms.ts holds messages no form has: `make translations`"


def test_forms_qm_is_built_from_forms_ts(tmp_path):
    built = tmp_path / "forms.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(FR / "forms.ts"), "-qm",
                    str(built)], check=True)
    assert filecmp.cmp(built, FR / "forms.qm", shallow=False), (
        "resources/i18n/fr/forms.qm is not forms.ts compiled: run `make translations`")


def test_the_first_screen_knows_every_language():
    from maestro_desktop.gui.main_window import LANGUAGE_NAMES

    assert LANGUAGE_NAMES == i18n.LANGUAGES


def test_forms_translations_keep_their_fields():
    problems = [f"[{context}] {source!r}: {text!r}"
                for context, source, text, _ in messages(FR / "forms.ts")
                if set(re.findall(r"{(\w+)}", source)) != set(re.findall(r"{(\w+)}", text or ""))]
    assert not problems, "\n".join(problems)


def mnemonic(text: str | None) -> str | None:
    found = re.search(r"&([^&\s])", (text or "").replace("&&", ""))
    return found.group(1).lower() if found else None


def test_no_form_gets_an_alt_letter_twice_in_french():
    by_form: dict[str, list[tuple[str | None, str | None]]] = {}
    for context, source, text, _ in messages(FR / "forms.ts"):
        by_form.setdefault(context, []).append((mnemonic(source), mnemonic(text)))
    problems = []
    for form, pairs in by_form.items():
        english = [en for en, _ in pairs if en]
        french = [fr for en, fr in pairs if en]
        if len(set(english)) == len(english) and len(set(french)) != len(french):
            problems.append(f"{form}: {sorted(french)}")
        if any(en and not fr for en, fr in pairs):
            problems.append(f"{form}: a translation lost its Alt+letter")
    assert not problems, "\n".join(problems)


# --- (b) French on screen ----------------------------------------------------------------------

def launched(qtbot, launch, path):
    """A window whose database is open, whatever the language of its status bar."""
    running = launch(path, wait_ready=False)
    window = running.window
    qtbot.waitUntil(lambda: window.flow is not None and window.ops.pending == 0, timeout=10000)
    return window


def open_checks(qtbot, window, password: str) -> None:
    log_in(qtbot, window, "dr.martin", password)
    qtbot.waitUntil(lambda: bool(window.subjects_page.rows) and window.ops.pending == 0)
    window.subjects_page.ui.subjectTable.selectRow(0)           # 01-001, Injection 1
    window.subjects_page.ui.openSessionButton.click()
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.checks_page
                    and window.ops.pending == 0)


def test_the_login_and_checks_screens_read_french(qtbot, launch, demo_db, french):
    path, passwords = demo_db
    window = launched(qtbot, launch, path)
    login = window.login_page.ui
    assert login.loginButton.text() == "Connexion"
    assert login.usernameCaption.text() == "Nom d'&utilisateur"
    assert window.ui.subjectLabel.text() == "Non connecté"
    assert window.db_label.full_text.startswith("Base de données : ")
    assert window.windowTitle() == "MAESTRO-4MS [FORMATION]"

    open_checks(qtbot, window, passwords["dr.martin"])
    page = window.checks_page
    assert page.ui.headingLabel.text() == "Vérifications avant le geste"
    assert page.ui.goButton.text() == "Enregistrer &GO"
    assert window.ui.subjectLabel.text() == "Sujet 01-001"
    assert page.rows["raised_icp"].group.button(0).text() == "Oui"
    assert page.vitals.button.text() == "Enregistrer les constantes de référence"
    assert window.ui.stepRail.item(1).text().endswith("\nen cours")
    assert page.ui.outcomeLabel.text().startswith("… INCOMPLET")
    # Qt's own words too (qtbase_fr): the standard buttons of the dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_a_temperature_reads_with_a_decimal_comma(qtbot, launch, demo_db, french):
    path, passwords = demo_db
    window = launched(qtbot, launch, path)
    open_checks(qtbot, window, passwords["dr.martin"])
    form = window.checks_page.vitals
    values = {"systolic_bp": "124", "diastolic_bp": "78", "heart_rate": "72",
              "respiratory_rate": "14", "spo2": "98", "temperature": "37.8"}   # typed with a dot
    for field, text in values.items():
        edit = form.rows[field].edit
        edit.setFocus()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    form.rows["oxygen"].choose(False)
    form.rows["consciousness"].choose("A")
    form.button.click()
    qtbot.waitUntil(lambda: window.ops.pending == 0 and "enregistrées" in form.summary.text(),
                    timeout=10000)
    assert form.rows["temperature"].edit.text() == "37,8"
    assert form.rows["temperature"].unit.text() == "°C"
    assert form.rows["oxygen"].group.button(0).text() == "✓ Air"
    assert i18n.decimal(37.8) == "37,8"


# --- (c) the Language menu and the start --------------------------------------------------------

def test_the_language_menu_saves_the_choice_and_changes_every_text(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launched(qtbot, launch, path)
    open_checks(qtbot, window, passwords["dr.martin"])
    assert window.checks_page.ui.goButton.text() == "Record &GO"
    try:
        window.language_actions["fr"].trigger()
        assert translations.saved_language() == "fr"
        assert i18n.language() == "fr"
        assert window.language_actions["fr"].isChecked()
        qtbot.waitUntil(lambda: window.ops.pending == 0
                        and window.ui.subjectLabel.text() == "Sujet 01-001")
        page = window.checks_page
        assert page.ui.goButton.text() == "Enregistrer &GO"
        assert page.rows["raised_icp"].question.text().startswith("Signes d'hypertension")
        assert page.vitals.rows["heart_rate"].question.text() == "Fréquence cardiaque"
        assert window.ui.stepRail.item(1).text().endswith("\nen cours")
        assert window.actions_when_logged_in[0].text() == "Sujets"
        assert window.language_action.text() == "Langue / Language"

        window.lock_now("on demand")
        assert window.login_page.ui.loginButton.text() == "Déverrouiller"
        window.language_actions["en"].trigger()
        assert translations.saved_language() == "en"
        assert window.login_page.ui.loginButton.text() == "Unlock"
        assert window.ui.subjectLabel.text() == "Locked"
        assert window.language_action.text() == "Language / Langue"
    finally:
        gui_language.apply("en")


def test_the_command_line_takes_a_language():
    assert gui_app._parse(["--lang", "fr"]).lang == "fr"
    assert gui_app._parse([]).lang is None
    with pytest.raises(SystemExit):
        gui_app._parse(["--lang", "de"])


def test_a_choice_saved_is_read_right_after_the_first_paint(qtbot, qapp, tmp_path, demo_db):
    """An English system, French chosen in the menu earlier: the window paints in English and
    turns French before the database opens (the start-up stays as light as before)."""
    path, _ = demo_db
    translations.save_language("fr")
    launcher = gui_app.Launcher(qapp, settle_language=True)
    try:
        window = launcher.start(path)
        assert window.login_page.ui.loginButton.text() == "Log in"       # before the paint
        qtbot.waitUntil(lambda: window.flow is not None and window.ops.pending == 0,
                        timeout=10000)
        assert i18n.language() == "fr"
        assert window.login_page.ui.loginButton.text() == "Connexion"
        assert window.db_label.full_text.startswith("Base de données : ")
    finally:
        launcher.stop()
        gui_language.apply("en")


def test_long_strings_double_the_forms_too(qapp, monkeypatch):
    from maestro_desktop.gui.login_page import LoginPage

    monkeypatch.setenv("MAESTRO_I18N_PSEUDO", "long")
    try:
        gui_language.apply("fr")
        page = LoginPage()
        assert page.ui.passwordCaption.text() == "&Mot de passe &Mot de passe"
        page.prepare("login")
        assert page.ui.loginButton.text() == "Connexion Connexion"
        page.deleteLater()
    finally:
        monkeypatch.delenv("MAESTRO_I18N_PSEUDO")
        gui_language.apply("en")
