"""The interface's translation files are complete and current.

``planapp_fr.ts`` must hold every text of the window as pyside6-lupdate finds it in
src/planapp/ui today (nothing to add, change or drop), and every entry must be translated,
keeping the placeholders, plural marker and keyboard mnemonic of its source. Update it with
``python src/planapp/ui/translation_files.py``, then translate what it marks unfinished.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planapp.ui.translation_files import (
    CLI_TRANSLATION,
    SOURCE_FOLDER,
    UI_FOLDER,
    UI_TRANSLATION,
    UI_TRANSLATIONS,
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
    ("original", "command"),
    [
        *(
            (ts, lambda copy, lang=lang: lupdate_command(copy, lang))
            for lang, ts in sorted(UI_TRANSLATIONS.items())
        ),
        (CLI_TRANSLATION, cli_lupdate_command),
    ],
    ids=[*(f"window {lang}" for lang in sorted(UI_TRANSLATIONS)), "command line and layers below"],
)
def test_lupdate_would_change_nothing(tmp_path: Path, original: Path, command) -> None:
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    subprocess.run(command(copy), check=True, capture_output=True)
    assert copy.read_text(encoding="utf-8") == original.read_text(encoding="utf-8"), (
        f"texts of {original.name} changed: run `python src/planapp/ui/translation_files.py`"
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


def test_no_translating_function_goes_by_another_name() -> None:
    """lupdate finds texts by the functions' names: ``tr = QCoreApplication.translate``
    would hide every text given to ``tr``."""
    aliased = []
    for path in sorted(UI_FOLDER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name | ast.Attribute):
                value = node.value
                name = value.attr if isinstance(value, ast.Attribute) else value.id
                if name in TRANSLATING:
                    aliased.append(f"{path.name}:{node.lineno}")
    assert not aliased, aliased


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_plurals_have_both_forms(path: Path) -> None:
    """French and English both have a singular and a plural."""
    for _context, source, message in entries(path):
        if message.get("numerus") == "yes":
            assert len(translations_of(message)) == 2, source


def test_the_files_compile(tmp_path: Path) -> None:
    """What the build does (setup.py, packaging/planapp.spec): every .ts gives a .qm."""
    written = compile_translations(SOURCE_FOLDER, tmp_path)
    assert {p.name for p in written} == {p.with_suffix(".qm").name for p in TS_FILES}
    assert all(p.stat().st_size > 100 for p in written)


TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _calls(path: Path) -> list[tuple[int, str, str, ast.Call]]:
    """(line, function, context, call) of every translating call: the context is the one
    given, or for ``self.tr`` the enclosing class's name (as Qt looks it up)."""
    found = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in TRANSLATING:
                    context = cls
                    if name in ("translate", "QT_TRANSLATE_NOOP") and child.args:
                        first = child.args[0]
                        context = first.value if isinstance(first, ast.Constant) else "?"
                    found.append((child.lineno, name, str(context), child))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_text_the_code_translates_is_in_the_file() -> None:
    """pyside6-lupdate silently skips or misfiles some forms (a plural given to
    QCoreApplication.translate, a text that is not a literal, a call nested in another's
    arguments); every text the code translates must be in the file under the context Qt
    will look it up in, so nothing stays English in French without a test saying so."""
    known = {(context, source) for context, source, _m in entries(UI_TRANSLATION)}
    problems = []
    for path in sorted(UI_FOLDER.glob("*.py")):
        for line, name, context, call in _calls(path):
            where = f"{path.name}:{line}"
            texts = call.args[1:2] if name in ("translate", "QT_TRANSLATE_NOOP") else call.args[:1]
            if not texts:
                continue
            text = texts[0]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                # A text looked up at run time (a name, a table) was marked elsewhere; one
                # built here (f-string, +, .format) cannot be in the file.
                built = isinstance(text, ast.Call) and getattr(text.func, "attr", "") in (
                    "format",
                    "join",
                )
                if built or isinstance(text, ast.JoinedStr | ast.BinOp):
                    problems.append(f"{where}: the text is built before it is translated")
                continue
            if name == "translate" and len(call.args) > 3:
                problems.append(f"{where}: a plural needs self.tr (lupdate ignores this one)")
            elif (context, text.value) not in known:
                problems.append(
                    f"{where}: {text.value!r} is not in {UI_TRANSLATION.name} under {context!r}"
                )
    assert not problems, "\n".join(problems)


def test_the_build_puts_current_translations_in_the_package(tmp_path: Path, qapp) -> None:
    """What ``pip install .`` runs (setup.py's build_py): the .qm files are compiled from
    the .ts files into the built package, and they translate."""
    from PySide6.QtCore import QTranslator

    root = UI_FOLDER.parents[2]
    build = tmp_path / "build"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "-d", str(build)],
        cwd=root,
        check=True,
        capture_output=True,
    )
    built = build / "planapp" / "resources" / "translations"
    assert {p.name for p in built.iterdir()} == {p.with_suffix(".qm").name for p in TS_FILES}
    translator = QTranslator()
    assert translator.load(str(built / "planapp_fr.qm"))
    assert translator.translate("WindowActions", "&File") == "&Fichier"
