"""Screenshots of planapp with the system font at 150 %, and at 150 % scaling, for the README.

Run under Xvfb on a 1600 × 1000 screen:
    xvfb-run -a -s '-screen 0 1600x1000x24' python resources/screenshots/make_large_font.py
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s '-screen 0 1600x1000x24' \\
        python resources/screenshots/make_large_font.py
The first writes 1600x1000-font150.png (the application font one and a half times its size,
as a user's larger system font gives), the second 1600x1000-scale150.png: the first window as
it starts, with the sample plan.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    os.environ["PLANAPP_DATA_DIR"] = str(folder / "data")
    app = QApplication(sys.argv)
    scaled = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1) != 1
    if not scaled:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(font)
    from planapp.store.document import Document
    from planapp.ui.main_window import MainWindow

    doc = Document.open(folder / "plans.planapp", create=True, sample=True)
    window = MainWindow(doc, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    end = QTimer()
    end.setSingleShot(True)
    end.start(1200)
    while end.isActive():
        app.processEvents()
    screen = app.primaryScreen().geometry()
    size = f"{round(screen.width() * app.devicePixelRatio())}x"
    size += f"{round(screen.height() * app.devicePixelRatio())}"
    path = HERE / f"{size}-{'scale150' if scaled else 'font150'}.png"
    app.primaryScreen().grabWindow(0).save(str(path))
    print(path)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
