"""Screenshots of the window's content languages, for the README and to check the layouts.

Run under Xvfb at each size, e.g.:
    xvfb-run -a -s '-screen 0 1366x768x24' python resources/screenshots/make_content_screenshots.py
The sample plan gets French texts for its first recommendation (the rest stay untranslated, so
the "[French missing]" marks show); each run writes the window in French and in both languages
side by side (full and compact rows), and the whole window in French (interface and content), to
resources/screenshots/<width>x<height>-<content-fr|content-both|content-both-compact|french-window>.png.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from pathlib import Path

from make_screenshots import settle, shot  # the script's own folder is on the path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

FRENCH = {
    "recommendation": "L'ASFC devrait continuer à peaufiner sa stratégie pour assurer "
    "l'exécution en temps opportun des mesures de renvoi nouvelles et accumulées, en "
    "particulier pour les cas prioritaires. À l'appui de ces efforts, elle devrait suivre "
    "régulièrement les délais de renvoi par rapport aux cibles de rendement.",
    "response": "Acceptée. L'Agence convient qu'elle doit continuer à peaufiner ses stratégies "
    "actuelles afin d'assurer davantage le renvoi en temps opportun des personnes interdites "
    "de territoire au Canada.",
    "outcome": "Une stratégie de renvoi améliorée qui assure davantage le renvoi en temps "
    "opportun des personnes interdites de territoire, surtout dans les cas prioritaires.",
}
MILESTONES = [
    "L'ASFC continuera de peaufiner la stratégie de renvoi afin d'améliorer la surveillance "
    "des répertoires et l'efficacité du programme.",
    "L'ASFC élaborera des objectifs de rendement axés sur les grandes priorités de renvoi.",
]


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    os.environ["PLANAPP_DATA_DIR"] = str(folder / "data")
    QApplication(sys.argv)
    from planapp.store.document import Document
    from planapp.ui.main_window import MainWindow
    from planapp.ui.preferences import Language
    from planapp.ui.translation import install_language

    doc = Document.open(folder / "plans.planapp", create=True, sample=True)
    plan = doc.load_plan(doc.plans()[0].id)
    first = plan.recommendations[0]
    doc.set_recommendation(first.id, translations=FRENCH)
    milestones = [dataclasses.replace(m) for m in first.milestones]
    for milestone, text in zip(milestones, MILESTONES, strict=False):
        milestone.translations = {"description": text}
    doc.set_milestones(first.id, milestones)
    contacts = [dataclasses.replace(c) for c in first.contacts]
    contacts[0].translations = {"title": "Vice-président, Direction générale du renseignement"}
    doc.set_contacts(first.id, contacts)

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(doc, settings)
    window.show()

    settle(800)
    window.content_language.choose(Language.FRENCH)
    window.select_row(0, 1)
    shot("content-fr")
    install_language("fr")  # the French window: interface and content in French
    settle(400)
    window.select_row(0, 1)
    shot("french-window")
    install_language("en")
    settle(400)
    window.content_language.choose(Language.BILINGUAL)
    window.select_row(0, 1)
    shot("content-both")
    window.view_options.set_compact(True)
    shot("content-both-compact")
    window.view_options.set_compact(False)
    window.content_language.choose(Language.PLAN)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
