"""Export and PDF never replace a planapp document, however its path is spelt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planapp.store.document import Document
from planapp.ui import dialogs, excel_export


def planapp(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "planapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )


def _spelling(doc_path: Path, how: str) -> str:
    """Another name for the document (or, for "other", another document beside it)."""
    folder = doc_path.parent
    if how == "same":
        return str(doc_path)
    if how == "relative":
        (folder / "sub").mkdir()
        return f"sub/../{doc_path.name}"
    if how == "symlink":
        (folder / "link.xlsx").symlink_to(doc_path)
        return str(folder / "link.xlsx")
    if how == "hardlink":
        os.link(doc_path, folder / "hard.xlsx")
        return str(folder / "hard.xlsx")
    assert how == "other"
    Document.open(folder / "other.planapp", create=True, sample=True).close()
    return str(folder / "other.planapp")


@pytest.mark.parametrize(
    ("command", "how"),
    [
        ("export", "same"),
        ("export", "relative"),
        ("export", "symlink"),
        ("export", "hardlink"),
        ("export", "other"),
        ("pdf", "same"),
        ("pdf", "symlink"),
    ],
)
def test_command_line_refuses_to_write_over_a_document(
    document: Document, doc_path: Path, command: str, how: str
) -> None:
    document.close()
    target = _spelling(doc_path, how)
    victim = doc_path if how != "other" else doc_path.with_name("other.planapp")
    before = victim.read_bytes()
    result = planapp(command, str(doc_path), "-o", target, cwd=doc_path.parent)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "planapp document; choose another file name" in line
    assert victim.read_bytes() == before
    with Document.open(victim) as doc:
        assert len(doc.plans()) == 1


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.mark.parametrize("how", ["same", "symlink", "other"])
def test_window_export_refuses_a_document(window, doc_path, errors, how) -> None:
    target = _spelling(doc_path, how)
    assert excel_export.export_workbook(window.excel, target) is None
    assert errors and "planapp document; choose another file name" in errors[0]
    window.menus.add_rec_action.trigger()  # the document is still there to edit
    assert len(window.doc.load_plan(window.plan.id).recommendations) == 4


def test_window_pdf_refuses_the_open_document(window, doc_path, errors) -> None:
    assert window.printing.export_pdf(str(doc_path)) is None
    assert errors and "is the open planapp document" in errors[0]
    window.menus.add_rec_action.trigger()
    assert len(window.doc.load_plan(window.plan.id).recommendations) == 4
