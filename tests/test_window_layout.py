"""The window fits the screen it opens on; the panels go below or beside the table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt

from planapp.ui.main_window import MainWindow
from planapp.ui.window_layout import first_geometry
from tests.conftest import TODAY

PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from planapp.store.document import Document
    from planapp.ui.main_window import MainWindow
    folder = Path(sys.argv[1])
    doc = Document.open(folder / "plans.planapp", create=True, sample=True)
    win = MainWindow(doc, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    win.show()
    app.processEvents()
    def box(w):
        r = w.frameGeometry() if w is win else w.rect().translated(w.mapToGlobal(QPoint()))
        return [r.left(), r.top(), r.right(), r.bottom()]
    header = win.table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    view = win.details.milestones.view
    print(json.dumps({
        "screen": [*app.primaryScreen().availableGeometry().getCoords()],
        "window": box(win),
        "status": box(win.statusBar()),
        "details": box(win.details),
        "last_column_right": header.sectionViewportPosition(last) + header.sectionSize(last),
        "viewport": win.table.viewport().width(),
        "milestone_widths": [view.columnWidth(c) for c in range(view.model().columnCount())],
    }))
    win.close()
    """
)


def _inside(inner: list[int], outer: list[int]) -> bool:
    return (
        inner[0] >= outer[0]
        and inner[1] >= outer[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )


def test_first_geometry_is_at_most_90_percent_of_the_screen() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366 × 768 less a 40 px task bar
    frame = first_geometry(laptop)
    assert laptop.contains(frame)
    assert frame.width() <= 0.9 * 1366 and frame.height() <= 0.9 * 728
    assert frame.center() == laptop.center()
    big = QRect(0, 0, 2560, 1440)
    assert first_geometry(big).size() == QSize(1500, 900)


def probe_first_window(tmp_path: Path, width: int, height: int, **env: str) -> dict:
    """A real first window on an offscreen screen of that size, in its own process: where
    its parts are (``env`` adds to the process's environment, e.g. QT_SCALE_FACTOR)."""
    config = tmp_path / "screen.json"
    screen = {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen | {"logicalDpi": 96, "dpr": 1}]}))
    env = os.environ | {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PLANAPP_DATA_DIR": str(tmp_path / "data"),
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_first_window_fits_a_1366_by_768_screen(tmp_path: Path) -> None:
    """A real window on an offscreen screen of that size, in its own process."""
    facts = probe_first_window(tmp_path, 1366, 768)
    assert facts["screen"] == [0, 0, 1365, 767]
    assert _inside(facts["window"], facts["screen"])
    width = facts["window"][2] - facts["window"][0] + 1
    assert width <= 0.9 * 1366 + 8  # the frame's few pixels aside
    assert _inside(facts["status"], facts["window"])
    assert _inside(facts["details"], facts["window"])
    assert facts["last_column_right"] <= facts["viewport"]  # the last column is on screen
    widths = facts["milestone_widths"]
    description, others = widths[1], widths[:1] + widths[2:]
    # The description takes what the others leave (they fit their content); with the
    # follow-up columns that is still a readable width on this screen.
    assert description >= 90 and description > min(others)


def test_panels_go_beside_the_table_and_the_choice_is_remembered(
    qtbot, window: MainWindow, document, settings: QSettings
) -> None:
    assert window.detail_splitter.orientation() == Qt.Orientation.Vertical
    window.view_options.panels_beside_action.trigger()
    assert window.detail_splitter.orientation() == Qt.Orientation.Horizontal
    details_left = window.details.mapTo(window, QPoint(0, 0)).x()
    table = window.table
    table_right = table.mapTo(window, QPoint(table.width(), 0)).x()
    assert details_left >= table_right  # beside, not below
    milestones, contacts = window.details.milestones, window.details.contacts
    assert contacts.geometry().top() >= milestones.geometry().bottom()  # stacked
    window.save_state()
    window.close()
    from planapp.store.document import Document

    again = MainWindow(Document.open(document.path), settings, today=TODAY)
    qtbot.addWidget(again)
    assert again.view_options.panels_beside_action.isChecked()
    assert again.detail_splitter.orientation() == Qt.Orientation.Horizontal
    again.view_options.panels_beside_action.trigger()
    assert again.detail_splitter.orientation() == Qt.Orientation.Vertical
    again.close()


def test_contacts_headings_are_not_clipped(window: MainWindow) -> None:
    view = window.details.contacts.view
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if view.isColumnHidden(column):
            continue  # the other language's copy, shown in Content Language ▸ Both
        text = view.model().headerData(column, Qt.Orientation.Horizontal)
        needed = header.fontMetrics().horizontalAdvance(text)
        assert header.sectionSize(column) >= needed, text
