"""The command line, and the messages of the layers below the window, in English and French.

``planapp_cli_fr.ts`` must hold every text pyside6-lupdate finds outside src/planapp/ui (the
command line's and those marked with ``planapp.domain.texts.QT_TRANSLATE_NOOP``), translated;
tests/test_translations.py checks every entry of it is finished and keeps its placeholders.
The command line's language is checked in real processes, as a user starts them.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planapp import cli_language
from planapp.domain import texts
from planapp.domain.status import MilestoneStatus
from planapp.domain.texts import QT_TRANSLATE_NOOP, plural
from planapp.store.errors import DamagedDocumentError
from planapp.ui.translation_files import CLI_TRANSLATION

FRENCH = {"LANG": "fr_CA.UTF-8"}


def test_the_command_line_translation_holds_the_layers_messages() -> None:
    """The staleness check (tests/test_translations.py) means something: lupdate finds the
    marked messages of every layer."""
    root = ET.parse(CLI_TRANSLATION).getroot()
    found = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c}
    assert ("DocumentError", "{name} is not a planapp document.") in found  # store
    assert ("WorkbookError", "{name} was not found.") in found  # excel
    assert ("PdfError", "the disk is full") in found  # printing
    assert ("MilestoneStatus", "Not started") in found  # domain
    assert ("argparse", "usage: ") in found
    assert not any(context == "WindowActions" for context, _ in found)  # the window's own file


# -- the language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "en_CA.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_CA.UTF-8", "LC_MESSAGES": "fr_FR"}, "fr"),
        ({"LC_MESSAGES": "fr_FR", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:en", "LC_ALL": "en_US.UTF-8"}, "fr"),
        ({"LANGUAGE": "", "LANG": "fr_BE"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # no German: English
    ],
)
def test_the_language_comes_from_the_environment_as_gettext_reads_it(
    environ: dict[str, str], expected: str
) -> None:
    assert cli_language.environment_language(environ) == expected


def _remember(config: Path, choice: str) -> None:
    folder = config / "planapp"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "planapp.conf").write_text(f"[interface]\nlanguage={choice}\n", encoding="utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="QSettings' INI file on Linux")
def test_the_window_choice_of_language_wins_over_the_system(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    environ = {"XDG_CONFIG_HOME": str(tmp_path), "LANG": "en_CA.UTF-8"}
    assert cli_language.user_language(environ) == "en"
    _remember(tmp_path, "fr")
    assert cli_language.user_language(environ) == "fr"
    _remember(tmp_path, "system")
    assert cli_language.user_language(environ) == "en"
    # The file is the one the window's QSettings writes for that choice.
    path = tmp_path / "planapp" / "planapp.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("interface/language", "fr")
    settings.sync()
    assert cli_language.user_language(environ) == "fr"


# -- texts: English as a str, translated when shown -----------------------------------------

FR_TEXTS = {
    ("T", "{name} is damaged."): "{name} est endommagé.",
    ("T", "{n} page"): "{n} page",
    ("T", "{n} pages"): "{n} pages",
    ("T", "Due {day}, {count} left"): "Échéance le {day}, il en reste {count}",
    ("Language", "en"): "fr",
    ("MilestoneStatus", "Not started"): "Non commencé",
}


@pytest.fixture
def french():
    texts.install(lambda context, source: FR_TEXTS.get((context, source), source))
    yield
    texts.install(None)


def test_a_text_is_english_where_code_compares_it_and_translated_where_it_is_shown(
    french,
) -> None:
    message = QT_TRANSLATE_NOOP("T", "{name} is damaged.").format(name="a.planapp")
    assert message == "a.planapp is damaged."  # logs, tests and comparisons see English
    assert str(message) == "a.planapp est endommagé."
    assert f"planapp: {message}" == "planapp: a.planapp est endommagé."
    assert str(DamagedDocumentError(message)) == "a.planapp est endommagé."
    assert MilestoneStatus.NOT_STARTED.label == "Non commencé"


def test_plural_forms_follow_the_language(french) -> None:
    one, many = QT_TRANSLATE_NOOP("T", "{n} page"), QT_TRANSLATE_NOOP("T", "{n} pages")
    assert [str(plural(n, one, many)) for n in (0, 1, 2)] == ["0 page", "1 page", "2 pages"]
    texts.install(None)
    assert [str(plural(n, one, many)) for n in (0, 1, 2)] == ["0 pages", "1 page", "2 pages"]


def test_numbers_and_dates_follow_the_language(french) -> None:
    message = QT_TRANSLATE_NOOP("T", "Due {day}, {count} left").format(
        day=dt.date(2026, 4, 1), count=12345
    )
    assert message == "Due April 1, 2026, 12,345 left"
    assert str(message) == "Échéance le 1er avril 2026, il en reste 12\u202f345"


def test_a_text_fills_its_values_in_the_language_too(french) -> None:
    nested = QT_TRANSLATE_NOOP("MilestoneStatus", "Not started")
    when = dt.datetime(2026, 12, 1, 14, 5)
    message = QT_TRANSLATE_NOOP("T", "{a} {b} {c} {d}").format(a=nested, b=True, c=when, d=1.5)
    assert message == "Not started True December 1, 2026 at 14:05 1.5"
    assert str(message) == "Non commencé True 1er décembre 2026 à 14 h 05 1.5"
    assert str(texts.month(dt.date(2020, 9, 30))) == "septembre 2020"
    assert QT_TRANSLATE_NOOP("T", "{n} page") % () == "{n} page"  # argparse's % formatting
    with pytest.raises(TypeError, match="named placeholders"):
        QT_TRANSLATE_NOOP("T", "{0}").format(1)
    copied = pickle.loads(pickle.dumps(message))  # an error sent to another process
    assert (copied, str(copied)) == (message, str(message))


def test_revision_notes_follow_the_language(french) -> None:
    from planapp.domain.followup import revision_note, revision_tooltip
    from planapp.domain.history import DateRevision
    from planapp.domain.plan import WrittenDate

    FR_TEXTS[("FollowUp", "Revised (no date before)")] = "Révisée (aucune date auparavant)"
    FR_TEXTS[("FollowUp", " (approved by {who})")] = " (approuvée par {who})"
    revision = DateRevision("", "March 31, 2021", approved_by="DG")
    assert revision_note(WrittenDate(""), [revision]) == "Révisée (aucune date auparavant)"
    assert revision_tooltip([revision]).endswith("March 31, 2021 (approuvée par DG)")


def test_a_text_is_translated_in_the_language_installed_when_it_is_shown() -> None:
    message = QT_TRANSLATE_NOOP("T", "{name} is damaged.").format(name="a.planapp")
    texts.install(lambda context, source: FR_TEXTS.get((context, source), source))
    try:
        assert str(message) == "a.planapp est endommagé."
    finally:
        texts.install(None)
    assert str(message) == "a.planapp is damaged."


# -- the command line in a real process -----------------------------------------------------


def planapp(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``planapp`` as a user starts it, with the language variables given and no others."""
    base = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    base.pop("LC_MESSAGES", None)
    base |= {
        "PLANAPP_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "planapp", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=base | env,
        timeout=60,
        cwd=tmp_path,
    )


def test_help_is_in_french(tmp_path: Path) -> None:
    result = planapp("--help", tmp_path=tmp_path, **FRENCH)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("utilisation : planapp")
    assert "arguments positionnels :" in out and "options :" in out
    assert "afficher ce message d'aide et quitter" in out
    assert "Tenir un plan d'action détaillé sous forme de données." in out
    assert "afficher la version de planapp et quitter" in out
    assert "usage:" not in out and "show this help" not in out
    sub = planapp("recover", "--help", tmp_path=tmp_path, **FRENCH)
    assert sub.stdout.startswith("utilisation : planapp recover"), sub.stdout
    assert "le document planapp endommagé; il n'est pas modifié" in sub.stdout


def test_help_stays_english_in_english(tmp_path: Path) -> None:
    result = planapp("--help", tmp_path=tmp_path, LANG="en_CA.UTF-8")
    assert result.stdout.startswith("usage: planapp")
    assert "show this help message and exit" in result.stdout


def test_a_usage_error_is_in_french(tmp_path: Path) -> None:
    result = planapp("dashboard", "--as-of", "demain", tmp_path=tmp_path, **FRENCH)
    assert result.returncode == 2
    assert "planapp dashboard : erreur : argument --as-of : « demain » n'est pas une date" in (
        result.stderr
    ), result.stderr


def test_a_missing_document_is_reported_in_french(tmp_path: Path) -> None:
    missing = tmp_path / "absent.planapp"
    result = planapp("dump", str(missing), tmp_path=tmp_path, **FRENCH)
    assert result.returncode == 1
    assert result.stderr == f"planapp: {missing} n'existe pas.\n"


def test_a_damaged_document_is_reported_in_french(tmp_path: Path) -> None:
    damaged = tmp_path / "abîmé.planapp"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    result = planapp("dump", str(damaged), tmp_path=tmp_path, **FRENCH)
    assert result.returncode == 1
    line = result.stderr.strip()
    assert line.startswith("planapp: abîmé.planapp est endommagé ("), line
    assert "planapp n'y écrira pas; enregistrez une copie récupérée" in line
    assert "Pour ce faire : planapp recover" in line


def test_the_window_choice_makes_the_command_line_french(tmp_path: Path) -> None:
    _remember(tmp_path / "config", "fr")
    result = planapp("dump", str(tmp_path / "absent.planapp"), tmp_path=tmp_path, LANG="C")
    assert "n'existe pas" in result.stderr


# -- the window shows the layers' messages in its language -----------------------------------


def test_the_window_shows_a_store_error_in_french(window, tmp_path: Path, monkeypatch) -> None:
    """An error raised by the store opening a damaged file, translated by the window."""
    from planapp.ui import dialogs, translation

    damaged = tmp_path / "abîmé.planapp"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    other = tmp_path / "notes.planapp"
    other.write_text("just some notes", encoding="utf-8")
    asked: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, ok_text="OK": bool(asked.append(text))
    )
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    translation.install_language("fr")
    try:
        assert not window.files.open_path(damaged)
        assert not window.files.open_path(other)
        french_status = MilestoneStatus.NOT_STARTED.label
    finally:
        translation.install_language("en")
    assert asked and asked[0].startswith("abîmé.planapp est endommagé ("), asked
    assert shown == ["notes.planapp n'est pas un document planapp."]
    assert french_status == "Non commencé"
    assert MilestoneStatus.NOT_STARTED.label == "Not started"  # English again after the switch


def test_a_french_dump_loads_no_qt(tmp_path: Path) -> None:
    """Translations are looked up only when a text is shown: ``planapp dump`` in French
    starts as fast as in English (Qt's translator is loaded for --help and messages only)."""
    code = (
        "import sys; from planapp.cli import main; status = main(['dump']); "
        "print('QtCore' if 'PySide6.QtCore' in sys.modules else 'no Qt', file=sys.stderr); "
        "sys.exit(status)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env |= {"LANG": "fr_CA.UTF-8", "PLANAPP_DATA_DIR": str(tmp_path / "data")}
    env |= {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "no Qt"
    help_done = planapp("dump", "--help", tmp_path=tmp_path, **FRENCH)
    assert "afficher les plans du document en JSON" not in help_done.stdout  # (a subcommand's)
    assert "seulement le plan de cet identifiant (voir dump)" in help_done.stdout


def test_the_self_test_speaks_french(tmp_path: Path) -> None:
    result = planapp("--self-test", tmp_path=tmp_path, **FRENCH)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "ok    migrations trouvées",
        "ok    document d'exemple",
        "ok    aller-retour Excel",
        "ok    PDF",
        "ok    protection defusedxml",
        "ok    ressources",
    ]


def test_a_failed_check_is_said_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from planapp import selftest

    def no_pdf(_tmp: Path) -> None:
        raise selftest.CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "the PDF has {count} pages").format(count=0)
        )

    monkeypatch.setattr(selftest, "CHECKS", ((selftest.CHECKS[3][0], no_pdf),))
    cli_language.install("fr")
    try:
        out = io.StringIO()
        assert selftest.run_self_test(out) == 1
    finally:
        cli_language.install("en")
    assert out.getvalue() == "ÉCHEC PDF : le PDF a 0 pages\n"


def test_the_pairing_report_speaks_french(tmp_path: Path) -> None:
    from tests import test_cli_translation as pairing

    en = pairing._workbook(tmp_path / "en.xlsx", "en", pairing.ENGLISH)
    fr = pairing._workbook(tmp_path / "fr.xlsx", "fr", pairing.FRENCH)
    doc = tmp_path / "plans.planapp"
    command = ("import", str(en), "--translation", str(fr), "--into", str(doc))
    result = planapp(*command, tmp_path=tmp_path, **FRENCH)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "en.xlsx apparié avec fr.xlsx : Report 3—Oversight",
        "  2 recommandation(s) appariée(s) : 2 par référence, 0 par le numéro de la référence,"
        " 0 par position",
        "  Rec. 1 : jalon 2 (1.2) n'a pas de version française",
        "  Rec. 3 n'existe que dans la version anglaise",
    ]
    assert lines[-1].startswith("plan 1 ajouté : Report 3—Oversight")
    again = planapp("import", str(en), "--translation", str(en), "--into", str(doc),
                    tmp_path=tmp_path, **FRENCH)  # fmt: skip
    assert again.returncode != 0
    assert "sont tous deux en anglais ; --translation attend la version française." in (
        again.stderr
    )
