"""Draw planapp's icon with QPainter and write it in every format the platforms want.

Run once after changing the drawing; the outputs are committed under src/planapp/resources/:

    planapp-<N>.png for N in SIZES    window icons (Qt picks the nearest size)
    planapp.png                       the 256 px one, what the window loads first
    planapp.ico                       Windows executable icon (16-256 px)
    planapp.icns                      macOS bundle icon (16-1024 px)

The .ico and .icns need Pillow, which is not a dependency of planapp; install it somewhere else
for this one run, e.g. ``pip install --target /tmp/pillow-tools Pillow`` and
``PYTHONPATH=/tmp/pillow-tools QT_QPA_PLATFORM=offscreen python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

RESOURCES = Path(__file__).resolve().parent.parent / "src" / "planapp" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)

NAVY = QColor("#26374a")  # Canada.ca header blue
RED = QColor("#af3c43")  # Canada.ca accent red
PAPER = QColor("#ffffff")
RULE = QColor("#8a9bb0")
GREEN = QColor("#278400")


def draw(size: int) -> QImage:
    """A plan sheet on a navy tile: a red heading band, rows of text, ticks beside them.

    Small sizes draw fewer, thicker rows so the icon still reads at 16 px.
    """
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0  # design on a 64 px grid

    tile = QPainterPath()
    tile.addRoundedRect(QRectF(1 * s, 1 * s, 62 * s, 62 * s), 12 * s, 12 * s)
    p.fillPath(tile, NAVY)

    sheet = QRectF(12 * s, 8 * s, 40 * s, 48 * s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(PAPER)
    p.drawRoundedRect(sheet, 3 * s, 3 * s)
    p.setBrush(RED)
    band = QPainterPath()
    band.addRoundedRect(QRectF(sheet.left(), sheet.top(), sheet.width(), 10 * s), 3 * s, 3 * s)
    band.addRect(QRectF(sheet.left(), sheet.top() + 5 * s, sheet.width(), 5 * s))
    p.fillPath(band.simplified(), RED)

    rows = (24.0, 34.0, 44.0) if size >= 24 else (26.0, 40.0)
    tick_pen = QPen(
        GREEN,
        max(1.0, 2.6 * s),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    rule_pen = QPen(RULE, max(1.0, 3.0 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    for i, y in enumerate(rows):
        p.setPen(tick_pen)
        if i < len(rows) - 1:  # the last milestone is still open: an empty box
            p.drawPolyline(
                [QPointF(17 * s, y * s), QPointF(20 * s, (y + 3) * s), QPointF(25 * s, (y - 3) * s)]
            )
        else:
            p.setPen(QPen(RULE, max(1.0, 1.8 * s)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(17 * s, (y - 3) * s, 7 * s, 7 * s), 1 * s, 1 * s)
        p.setPen(rule_pen)
        p.drawLine(QPointF(29 * s, y * s), QPointF(46 * s, y * s))
    p.end()
    return img


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, paint)
    RESOURCES.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in SIZES:
        path = RESOURCES / f"planapp-{size}.png"
        if not draw(size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        pngs[size] = path
    (RESOURCES / "planapp.png").write_bytes(pngs[256].read_bytes())
    try:
        from PIL import Image
    except ImportError:
        print("Pillow not found: PNGs written, .ico and .icns left as they were", file=sys.stderr)
        return 0
    # Pillow draws each .ico size from the largest image unless given per-size bitmaps.
    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    ico_sizes = [s for s in SIZES if s <= 256]
    images[256].save(
        RESOURCES / "planapp.ico",
        sizes=[(s, s) for s in ico_sizes],
        append_images=[images[s] for s in ico_sizes if s != 256],
    )
    icns_sizes = [s for s in SIZES if s in (16, 32, 64, 128, 256, 512, 1024)]
    images[1024].save(
        RESOURCES / "planapp.icns", append_images=[images[s] for s in icns_sizes if s != 1024]
    )
    # The 512 and 1024 px PNGs only feed the .icns; the window never needs them.
    for size in (512, 1024):
        pngs[size].unlink()
    print(f"icons written to {RESOURCES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
