"""Screenshots of planapp on a real X screen, for the README.

Run under Xvfb at each size, e.g.:
    xvfb-run -a -s '-screen 0 1366x768x24' python resources/screenshots/make_screenshots.py
Each run writes the window as first started (sized to the screen), with the sample plan, a
find match, and the merge dialog's word diff, to resources/screenshots/<width>x<height>-*.png.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent


def settle(ms: int = 400) -> None:
    """Let the window lay itself out and paint for ``ms`` milliseconds."""
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        QApplication.processEvents()


def shot(name: str) -> None:
    """Save the whole screen as <width>x<height>-<name>.png next to this script."""
    settle()
    screen = QApplication.primaryScreen()
    size = f"{screen.geometry().width()}x{screen.geometry().height()}"
    path = HERE / f"{size}-{name}.png"
    screen.grabWindow(0).save(str(path))
    print(path)


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    os.environ["PLANAPP_DATA_DIR"] = str(folder / "data")
    app = QApplication(sys.argv)
    from planapp.store.document import Document
    from planapp.ui.main_window import MainWindow
    from planapp.ui.merge_dialog import MergeDialog

    screen = app.primaryScreen().geometry()
    doc = Document.open(folder / "plans.planapp", create=True, sample=True)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(doc, settings)
    window.show()

    settle(800)
    window.select_row(0, 2)
    shot("window")
    window.show_find()
    window.find_bar.edit.setText("removal strategy")
    window.find_bar.find_next()
    shot("find")
    window.hide_find()

    returned = copy.deepcopy(window.plan)
    rec = returned.recommendations[0]
    rec.response = rec.response.replace("continue to refine", "review and refine", 1)
    rec.response += " Progress will be reported to the Committee every year."
    del rec.milestones[-1]
    dialog = MergeDialog(window.plan, returned, "returned.xlsx", window)
    dialog.resize(int(screen.width() * 0.8), int(screen.height() * 0.8))
    dialog.show()
    shot("merge")
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
