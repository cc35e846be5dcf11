"""`maestro --help` in the language the user chose, like the rest of the app: the words of every
command and option, and argparse's own (usage line, section titles, -h and --version)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from maestro_desktop import cli, translations

# Words French writes exactly as English does; anything else left equal is a missing translation.
SAME_IN_FRENCH = {"options"}    # argparse's title of the options section


def flat(text: str) -> str:
    """The help with its line wrapping undone: wrapping depends on the terminal's width."""
    return " ".join(text.split())


def shown_help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        cli.main(list(argv))
    assert exited.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return flat(out)


@pytest.fixture(params=["saved setting", "system locale"])
def french_chosen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """French as `maestro` finds it at start: the app's Language menu, else the system's."""
    if request.param == "saved setting":
        translations.save_language("fr")
    else:
        monkeypatch.setattr(translations, "system_language", lambda: "fr")


def test_the_main_help_reads_in_french(french_chosen, capsys):
    out = shown_help(capsys, "--help")
    assert out.startswith("utilisation : maestro [-h] [--version]")
    for expected in ("La commande `maestro` : tâches sans interface graphique",
                     "arguments positionnels:", "options:",
                     "-h, --help afficher ce message d'aide et quitter",
                     "--version afficher le numéro de version du programme et quitter",
                     "demo créer une base de formation",
                     "sync envoyer le journal de ce poste, récupérer les données de référence",
                     "export fiche de procédure (PDF) et exports de données (CSV)",
                     "restore remettre une sauvegarde à la place de la base de données"):
        assert expected in out, expected
    for english in ("usage:", "positional arguments", "show this help message",
                    "build a training database", "push this workstation's journal"):
        assert english not in out, english


def test_a_sub_command_help_reads_in_french(french_chosen, capsys):
    out = shown_help(capsys, "sync", "--help")
    assert out.startswith("utilisation : maestro sync [-h] [--db DB] [--dsn DSN] [--insecure]")
    for expected in ("-h, --help afficher ce message d'aide et quitter",
                     "--db DB fichier de base de données (par défaut : ",
                     "--dsn DSN adresse centrale (par défaut : celle enregistrée par "
                     "`maestro central connect`)",
                     "(réseaux de test uniquement)"):
        assert expected in out, expected

    out = shown_help(capsys, "export", "sheet", "--help")
    assert out.startswith("utilisation : maestro export sheet [-h]")
    for expected in ("--session SESSION identifiant de la session (voir `maestro sessions`)",
                     "--out OUT fichier PDF à écrire",
                     "--lang {fr,en} langue de la fiche (par défaut : la langue choisie dans "
                     "l'application, sinon celle du système)"):
        assert expected in out, expected
    assert "usage:" not in out and "language of the sheet" not in out


def test_in_english_the_help_reads_in_english(capsys):
    out = shown_help(capsys, "--help")
    assert out.startswith("usage: maestro [-h] [--version]")
    for expected in ("The `maestro` command: headless tasks on a database file",
                     "positional arguments:", "options:",
                     "-h, --help show this help message and exit",
                     "--version show program's version number and exit",
                     "demo build a training database",
                     "sync push this workstation's journal, pull reference data"):
        assert expected in out, expected
    out = shown_help(capsys, "export", "sheet", "--help")
    assert out.startswith("usage: maestro export sheet [-h]")
    assert ("--lang {fr,en} language of the sheet (default: the language chosen in the app, "
            "else the system's)") in out
    assert "utilisation" not in out and "langue" not in out


def help_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the help of `parser` and of its sub-commands shows."""
    yield parser.prog, parser.description or ""
    yield f"{parser.prog} usage", parser.format_usage().split(parser.prog)[0]
    for group in parser._action_groups:
        yield f"{parser.prog} section", group.title or ""
    for action in parser._actions:
        if action.help not in (None, argparse.SUPPRESS):
            yield f"{parser.prog} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:      # the one-line help in the list
                yield f"{parser.prog} {listed.dest} (listed)", listed.help
            for child in action.choices.values():
                yield from help_texts(child)


def test_every_help_text_of_every_command_is_translated():
    english = dict(help_texts(cli._parser()))
    translations.install("fr")
    french = dict(help_texts(cli._parser()))
    assert french.keys() == english.keys()
    assert len(english) > 100       # every command, its sub-commands and their options
    untranslated = {where: text for where, text in english.items()
                    if text and french[where] == text and text not in SAME_IN_FRENCH}
    assert untranslated == {}
    assert not [where for where, text in english.items() if text and not french[where]]
