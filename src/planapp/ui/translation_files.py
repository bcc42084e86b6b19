"""Compiling the Qt Linguist files (``*.ts``) to the ``*.qm`` files the program loads.

Standard library only: the build (setup.py), the PyInstaller spec and a source checkout at
run time all load this file, the first two without importing planapp.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

SOURCE_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def qt_tool(name: str) -> Path:
    """The path of one of the Qt tools PySide6 ships (``lrelease``, ``lupdate``)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise RuntimeError("PySide6 is needed to compile the translations")
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(spec.origin).parent / f"{name}{suffix}"


def stale(source: Path, target_folder: Path) -> bool:
    """True when ``source``'s .qm in ``target_folder`` is missing or older than it."""
    qm = target_folder / source.with_suffix(".qm").name
    return not qm.is_file() or qm.stat().st_mtime < source.stat().st_mtime


def compile_translations(
    source_folder: Path = SOURCE_FOLDER, target_folder: Path | None = None, *, only_stale=False
) -> list[Path]:
    """Compile every ``*.ts`` of ``source_folder`` into ``target_folder`` (default: beside
    them); the .qm files written. ``only_stale`` skips those already newer than their .ts."""
    target_folder = target_folder or source_folder
    target_folder.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(source_folder.glob("*.ts")):
        if only_stale and not stale(source, target_folder):
            continue
        qm = target_folder / source.with_suffix(".qm").name
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


UI_FOLDER = Path(__file__).resolve().parent
# The window's French, and its English plural forms (the English source texts are written in
# the plural: "%n milestones"; the English file holds only the singular of those).
UI_TRANSLATIONS = {
    "fr": SOURCE_FOLDER / "planapp_fr.ts",
    "en": SOURCE_FOLDER / "planapp_en.ts",
}
UI_TRANSLATION = UI_TRANSLATIONS["fr"]
TARGET_LANGUAGES = {"fr": "fr_CA", "en": "en_CA"}


def lupdate_command(ts: Path = UI_TRANSLATION, language: str = "fr") -> list[str]:
    """The command that brings ``ts`` up to date with the window's texts (src/planapp/ui):
    new texts added, vanished ones dropped, no source locations (they change with every
    edit and make merges conflict). English keeps only the texts with plural forms."""
    return [
        str(qt_tool("lupdate")),
        "-extensions",
        "py",
        "-locations",
        "none",
        "-no-obsolete",
        *(["-pluralonly"] if language == "en" else []),
        "-target-language",
        TARGET_LANGUAGES[language],
        str(UI_FOLDER),
        "-ts",
        str(ts),
    ]


PACKAGE_FOLDER = UI_FOLDER.parent
CLI_TRANSLATION = SOURCE_FOLDER / "planapp_cli_fr.ts"


def cli_sources() -> list[Path]:
    """Where the command line's texts and the messages of the layers below the window are:
    every module of the package outside ui/ (planapp.domain.texts marks them)."""
    folders = [p for p in PACKAGE_FOLDER.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    modules = [p for p in PACKAGE_FOLDER.glob("*.py") if p.name != "__main__.py"]
    found = modules + [m for f in folders if f.name != "ui" for m in f.rglob("*.py")]
    return sorted(found)


def cli_lupdate_command(ts: Path = CLI_TRANSLATION) -> list[str]:
    """The command that brings ``ts`` up to date with the texts of :func:`cli_sources`."""
    command = lupdate_command(ts)
    at = command.index(str(UI_FOLDER))
    return [*command[:at], *(str(p) for p in cli_sources()), *command[at + 1 :]]


if __name__ == "__main__":
    # python src/planapp/ui/translation_files.py: update the .ts files (the window's and the
    # command line's), then compile every .ts.
    for lang, ts in UI_TRANSLATIONS.items():
        subprocess.run(lupdate_command(ts, lang), check=True)
    subprocess.run(cli_lupdate_command(), check=True)
    print("\n".join(str(p) for p in compile_translations()))
