"""The options of an export: language of the content, headings and titles, paper size, and
(for a workbook) the department's own template."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planapp.ui import dialogs
from planapp.ui.excel_context import workbook_filter
from planapp.ui.preferences import Language, PaperSize, PreferenceStore


class ExportOptions(QDialog):
    """Language of the content, headings and titles, paper size, and (for a workbook) the
    department's own template. The Word export shows it without the template."""

    def __init__(
        self,
        prefs: PreferenceStore,
        parent: QWidget | None = None,
        title: str = "",
        with_template: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Export Excel Workbook"))
        chosen = prefs.values
        form = QFormLayout(self)
        self.lang = QComboBox(self)
        for lang in Language:
            self.lang.addItem(lang.label, lang.value)
        self.lang.setCurrentIndex(max(0, self.lang.findData(chosen.excel_language.value)))
        form.addRow(self.tr("&Language:"), self.lang)  # of the content, headings and titles
        self.paper = QComboBox(self)
        for paper in PaperSize:
            self.paper.addItem(paper.label, paper.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(chosen.excel_paper.value)))
        form.addRow(self.tr("&Paper:"), self.paper)
        self.template = QLineEdit(chosen.excel_template if with_template else "", self)
        if with_template:
            self.template.setPlaceholderText(self.tr("Built-in template"))
            browse = QPushButton(self.tr("&Browse…"), self)
            browse.clicked.connect(self._browse)
            row = QHBoxLayout()
            row.addWidget(self.template, 1)
            row.addWidget(browse)
            # A row that is a layout gets no buddy from addRow (its "&" would show): set it.
            template_label = QLabel(self.tr("&Template:"), self)
            template_label.setBuddy(self.template)
            form.addRow(template_label, row)
        else:
            self.template.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Department Template"), "", workbook_filter())
        if path:
            self.template.setText(path)
