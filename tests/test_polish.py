"""Small things a user notices: labels, numbers, dates, messages, help."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from planapp import cli
from planapp.store.document import Document
from planapp.store.lock import DocumentLock
from planapp.ui import dialogs
from planapp.ui.export_options import ExportOptions
from planapp.ui.main_window import MainWindow
from planapp.ui.shortcuts import ShortcutsDialog, window_shortcuts

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_template_label_has_its_buddy(qtbot, window: MainWindow) -> None:
    dialog = ExportOptions(window.prefs, window)
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "&Template:")
    assert label.buddy() is dialog.template  # Alt+T goes there; no literal "&" shown


def test_a_new_milestone_gets_the_next_number(window: MainWindow, document: Document) -> None:
    view = window.details.milestones.view
    view.setCurrentIndex(view.model().index(3, 0))
    window.details.milestones.add_action.trigger()
    numbers = [m.number for m in document.load_plan(window.plan.id).recommendations[0].milestones]
    assert numbers == ["1.1", "1.2", "1.3", "1.4", "1.5"]


def test_setting_completed_fills_completed_on(window: MainWindow, document: Document) -> None:
    model = window.details.milestones.model
    assert model.setData(model.index(0, 4), "completed")
    milestone = document.load_plan(window.plan.id).recommendations[0].milestones[0]
    today = dt.date.today()
    assert milestone.completed_on.date == today
    assert milestone.completed_on.text == f"{today:%B} {today.day}, {today.year}"
    model.setData(model.index(0, 5), "November 2, 2020")  # editable like any date
    model.setData(model.index(0, 4), "in progress")
    model.setData(model.index(0, 4), "Completed")  # a label, as pasted from Excel
    milestone = document.load_plan(window.plan.id).recommendations[0].milestones[0]
    assert milestone.completed_on.text == "November 2, 2020"  # a date given is kept


def test_deleting_a_recommendation_says_how_to_undo(window: MainWindow, document) -> None:
    window.select_row(1)
    window.menus.delete_rec_action.trigger()
    message = window.statusBar().currentMessage()
    assert "Deleted Rec. 2" in message and "Undo" in message
    window.menus.undo_action.trigger()
    assert len(document.load_plan(window.plan.id).recommendations) == 3


def test_opening_a_workbook_points_to_import(window: MainWindow, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    workbook = tmp_path / "plan.xlsx"
    openpyxl.Workbook().save(workbook)
    assert not window.files.open_path(workbook)
    assert "Import Excel Workbook" in shown[0]


def test_the_lock_message_shows_a_local_date_and_time(tmp_path) -> None:
    lock = DocumentLock(tmp_path / "plans.planapp")
    text = lock.describe({"user": "ana", "host": "pc-7", "pid": 12, "since": "2026-12-01T14:05:09"})
    assert "since December 1, 2026 at 14:05" in text and "T14:05" not in text
    assert "since ?" in lock.describe({"user": "ana", "host": "pc-7", "pid": 12})


def test_every_command_line_option_is_described() -> None:
    parser = cli._command_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        if name not in ("dump", "import", "export", "pdf", "copy", "recover"):
            continue  # the follow-up commands are described in their own module
        for action in command._actions:
            if not isinstance(action, argparse._HelpAction):
                assert action.help, f"planapp {name} {action.dest}"
    for action in cli._window_parser()._actions:
        assert action.help, action.dest


def test_keyboard_shortcuts_lists_every_action_and_the_readme_too(
    qtbot, window: MainWindow
) -> None:
    rows = window_shortcuts(window)
    keys = {(r.where, r.command): r.keys for r in rows}
    assert "Ctrl+C" in keys[("Edit", "Copy")]
    assert keys[("Edit", "Paste as New Rows")] == "Ctrl+Shift+V"
    assert keys[("Key Interim Milestones", "Add Milestone")] == "Ins"
    assert keys[("Help", "Keyboard Shortcuts")] == "F1"
    assert keys[("View", "Compact Rows")] == "Ctrl+Shift+K"
    # Every action with a shortcut anywhere in the window is listed.
    listed = {r.command for r in rows}
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty():
            command = action.text().split("\t")[0].replace("&", "")
            assert command in listed, command
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert len(dialog.shortcuts()) == len(rows)
    readme = README.read_text(encoding="utf-8")
    missing = [f"{r.command}: {r.keys}" for r in rows if r.keys not in readme]
    assert not missing, missing
