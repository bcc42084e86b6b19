"""The interface's translation files are complete and current.

``planapp_fr.ts`` must hold every text of the window as pyside6-lupdate finds it in
src/planapp/ui today (nothing to add, change or drop), and every entry must be translated,
keeping the placeholders, plural marker and keyboard mnemonic of its source. Update it with
``python src/planapp/ui/translation_files.py``, then translate what it marks unfinished.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planapp.ui.translation_files import (
    CLI_TRANSLATION,
    SOURCE_FOLDER,
    UI_TRANSLATION,
    cli_lupdate_command,
    compile_translations,
    lupdate_command,
)

TS_FILES = sorted(SOURCE_FOLDER.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def entries(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize(
    ("translation", "command"),
    [(UI_TRANSLATION, lupdate_command), (CLI_TRANSLATION, cli_lupdate_command)],
    ids=["window", "command line and layers below"],
)
def test_lupdate_would_change_nothing(tmp_path: Path, translation: Path, command) -> None:
    copy = tmp_path / translation.name
    shutil.copy(translation, copy)
    subprocess.run(command(copy), check=True, capture_output=True)
    assert copy.read_text(encoding="utf-8") == translation.read_text(encoding="utf-8"), (
        f"texts of {translation.name} changed: run `python src/planapp/ui/translation_files.py`"
        " and translate the new entries"
    )


def test_lupdate_finds_the_window_texts() -> None:
    """The check above means something: the file holds the menus' texts lupdate extracts."""
    sources = {(context, source) for context, source, _ in entries(UI_TRANSLATION)}
    assert ("WindowActions", "&File") in sources
    assert len(sources) > 40


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_translated(path: Path) -> None:
    problems = []
    for context, source, message in entries(path):
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        texts = translations_of(message)
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            continue
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{context}: {source!r} -> {text!r} changes its placeholders")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"{context}: {source!r} -> {text!r} changes its mnemonic")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_french_plurals_have_both_forms(path: Path) -> None:
    for _context, source, message in entries(path):
        if message.get("numerus") == "yes":
            assert len(translations_of(message)) == 2, source


def test_the_files_compile(tmp_path: Path) -> None:
    """What the build does (setup.py, packaging/planapp.spec): every .ts gives a .qm."""
    written = compile_translations(SOURCE_FOLDER, tmp_path)
    assert {p.name for p in written} == {p.with_suffix(".qm").name for p in TS_FILES}
    assert all(p.stat().st_size > 100 for p in written)
