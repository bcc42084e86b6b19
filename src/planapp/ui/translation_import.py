"""File ▸ Import Translation: the shown plan's other-language workbook paired into it.

The workbook is read like any import (in a worker thread, with progress and Cancel), its plan
paired with the shown one (:func:`planapp.domain.plan_pairing.pair_plans`: by ref, by the
ref's number, then by position), and a preview lists what pairs and what does not before
anything changes. OK stores the paired plan over the shown one as one undoable step; the
rows keep their ids, so history, follow-up and the current row stay theirs.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.bilingual import other_language, primary_language
from planapp.domain.plan import Plan
from planapp.domain.plan_pairing import PairedPlan, pair_plans
from planapp.domain.richtext import plain_preview
from planapp.excel.errors import ImportCancelled, WorkbookError
from planapp.ui import commands, dialogs
from planapp.ui.excel_context import ExcelContext, workbook_filter
from planapp.ui.jobs import run_job
from planapp.ui.row_texts import language_name
from planapp.ui.translation import Texts


class PairingPreview(QDialog):
    """What pairs and what does not, before the translation is stored."""

    def __init__(
        self,
        paired: PairedPlan,
        plan: Plan,
        theirs: Plan,
        source: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        report = paired.report
        primary, other = report.primary, other_language(report.primary)
        self.setWindowTitle(self.tr("Import Translation {name}").format(name=source))
        layout = QVBoxLayout(self)
        counts = report.by_method()
        summary = QLabel(
            self.tr(
                "{paired} of {total} recommendations pair with the {lang} version: "
                "{ref} by ref, {number} by the number in the ref, {position} by position."
            ).format(
                paired=sum(counts.values()),
                total=len(report.pairs),
                lang=language_name(other),
                ref=counts["ref"],
                number=counts["number"],
                position=counts["position"],
            ),
            self,
        )
        summary.setObjectName("pairingSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if theirs.language == primary:
            warning = QLabel(
                self.tr(
                    "This workbook's headings are in {lang}, like the plan: is it the "
                    "{other} version?"
                ).format(lang=language_name(primary), other=language_name(other)),
                self,
            )
            warning.setObjectName("languageWarning")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        self.pairs = self._pairs_table(paired, plan, theirs)
        layout.addWidget(self.pairs, 1)
        heading = QLabel(self.tr("&Not paired (kept, with the other language missing):"), self)
        self.unpaired = QListWidget(self)
        self.unpaired.setAccessibleName(self.tr("Not paired"))
        for item in report.unpaired:
            self.unpaired.addItem(str(item.describe()))  # in the interface language
        if not report.unpaired:
            self.unpaired.addItem(self.tr("Everything pairs."))
        heading.setBuddy(self.unpaired)
        layout.addWidget(heading)
        layout.addWidget(self.unpaired)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Apply Translation"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 560)

    def _pairs_table(self, paired: PairedPlan, plan: Plan, theirs: Plan) -> QTableWidget:
        """One row per recommendation of the result: its ref and the start of its text in
        each version (to check a pairing by position at a glance), and how it paired."""
        primary, other = paired.report.primary, other_language(paired.report.primary)
        table = QTableWidget(len(paired.report.pairs), 5, self)
        table.setObjectName("pairsTable")
        table.setAccessibleName(self.tr("Recommendations paired"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("{lang} ref").format(lang=language_name(primary)),
                self.tr("{lang} ref").format(lang=language_name(other)),
                self.tr("Paired by"),
                self.tr("{lang} recommendation").format(lang=language_name(primary)),
                self.tr("{lang} recommendation").format(lang=language_name(other)),
            ]
        )
        methods = {
            "ref": self.tr("Ref"),
            "number": self.tr("Number in the ref"),
            "position": self.tr("Position"),
            None: self.tr("Not paired"),
        }
        mine, yours = plan.recommendations, theirs.recommendations
        for row, pair in enumerate(paired.report.pairs):
            first = mine[pair.primary_index] if pair.primary_index is not None else None
            second = yours[pair.other_index] if pair.other_index is not None else None
            cells = (
                pair.primary_ref if first is not None else "—",
                pair.other_ref if second is not None else "—",
                methods[pair.method],
                plain_preview(first.recommendation, 70) if first is not None else "—",
                plain_preview(second.recommendation, 70) if second is not None else "—",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        return table


def paired_over(plan: Plan, paired: PairedPlan) -> Plan:
    """The paired plan as a new version of ``plan``: its id, language, and the ids of the
    rows and items that came from it (children pair by position, the plan's own first)."""
    result = copy.deepcopy(paired.plan)
    result.id = plan.id
    result.language = plan.language
    for pair in paired.report.pairs:
        if pair.primary_index is None:
            continue
        mine, rec = plan.recommendations[pair.primary_index], result.recommendations[pair.index]
        rec.id = mine.id
        for attr in ("milestones", "contacts", "extra"):
            for item, old in zip(getattr(rec, attr), getattr(mine, attr), strict=False):
                item.id = old.id
    return result


def _their_plan(plans: list[Plan], other: str) -> Plan:
    """The workbook's plan in the other language (the first one, if none says so)."""
    return next((p for p in plans if p.language == other), plans[0])


def import_translation(ctx: ExcelContext, path: str | None = None) -> bool:
    """Pair the shown plan with its other-language workbook; True if the plan changed."""
    window = ctx.parent
    plan = ctx.plan()
    if plan is None:
        return False
    title = QCoreApplication.translate("ImportTranslation", "Import Translation")
    primary = primary_language(plan)
    other = other_language(primary)
    if path is None:
        caption = QCoreApplication.translate(
            "ImportTranslation", "Import the {lang} Version"
        ).format(lang=language_name(other))
        path = dialogs.ask_open_path(window, caption, ctx.prefs.folder("excel"), workbook_filter())
        if not path:
            return False
    source = Path(path)
    ctx.prefs.update(excel_folder=str(source.parent))
    from planapp.excel.mapping import read_workbook  # openpyxl loads at the first import
    from planapp.excel.reader import MappingRequired

    try:
        result = run_job(
            window,
            QCoreApplication.translate("ImportTranslation", "Reading {name}…").format(
                name=source.name
            ),
            lambda report: read_workbook(source, report),
        )
    except ImportCancelled:
        ctx.status(
            QCoreApplication.translate(
                "ImportTranslation", "Import cancelled; nothing was changed."
            ),
            5000,
        )
        return False
    except MappingRequired as exc:
        dialogs.show_error(window, title, str(exc))
        return False
    except (WorkbookError, OSError) as exc:
        dialogs.show_error(window, title, str(exc))
        return False
    if not result.plans:
        message = QCoreApplication.translate(
            "ImportTranslation", "{name} holds no Detailed Action Plan table."
        )
        dialogs.show_error(window, title, message.format(name=source.name))
        return False
    theirs = _their_plan(result.plans, other)
    english, french = (plan, theirs) if primary == "en" else (theirs, plan)
    paired = pair_plans(english, french, primary=primary)
    preview = PairingPreview(paired, plan, theirs, source.name, window)
    if not dialogs.run(preview):
        return False
    new = paired_over(plan, paired)
    text = QCoreApplication.translate("ImportTranslation", "Import Translation {name}").format(
        name=source.name
    )
    if not ctx.push(commands.ApplyImport(ctx.document(), [], [new], [plan], text)):
        return False
    ctx.status(
        QCoreApplication.translate("ImportTranslation", "Paired {name} with the plan").format(
            name=source.name
        ),
        5000,
    )
    return True


def add_import_action(window: QWidget, actions: Any, ctx: ExcelContext) -> QAction:
    """File ▸ Import Translation…, after Import Excel Workbook and enabled with it."""
    action = QAction(window)
    action.setObjectName("importTranslationAction")
    texts = Texts("ImportTranslation", window)  # again in the language chosen in View ▸ Language
    texts.bind(action.setText, QT_TRANSLATE_NOOP("ImportTranslation", "Import Trans&lation…"))
    texts.bind(
        action.setStatusTip,
        QT_TRANSLATE_NOOP(
            "ImportTranslation",
            "Pair the shown plan with the workbook of its other-language version",
        ),
    )
    action.triggered.connect(lambda _checked=False: import_translation(ctx))
    importing = actions.import_action
    menu = next(m for m in importing.associatedObjects() if isinstance(m, QMenu))
    menu.insertAction(actions.export_action, action)
    action.setEnabled(importing.isEnabled())
    importing.changed.connect(lambda: action.setEnabled(importing.isEnabled()))
    return action
