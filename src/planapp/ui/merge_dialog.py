"""Merging a returned workbook: every difference, with a check box, before anything changes.

One line per change to the plan's own fields, and per recommendation added, removed or changed;
a changed recommendation opens into its fields (and milestones). The user ticks what to take;
``merged()`` is the plan with just those changes, for one undoable command.

Each changed text is shown as a word diff (the current change in full below the list), and
what would lose text — a removal, or a field cleared — starts unticked: taking it is a choice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.cells import contacts_text, milestone_paragraph
from planapp.domain.plan import Contact, Milestone, Plan, Recommendation, WrittenDate
from planapp.domain.plan_diff import FieldChange, PlanDiff, diff_plans
from planapp.domain.plan_merge import apply_changes
from planapp.domain.richtext import plain_preview
from planapp.domain.word_diff import Segment, excerpt, word_diff
from planapp.ui.diff_view import DiffView, segments_html

KeyRole = Qt.ItemDataRole.UserRole + 1
SegmentsRole = Qt.ItemDataRole.UserRole + 2
KIND_LABEL = {
    "added": QT_TRANSLATE_NOOP("MergeDialog", "Added {item}"),
    "removed": QT_TRANSLATE_NOOP("MergeDialog", "Removed {item}"),
    "changed": QT_TRANSLATE_NOOP("MergeDialog", "Changed {item}"),
}


def _due(value: Milestone) -> str:
    return QCoreApplication.translate("MergeDialog", "due {date}").format(
        date=value.due.text or "—"
    )


def _show(value: object) -> str:
    """A short, one-line view of a field's value for the comparison columns."""
    if value is None:
        return ""
    if isinstance(value, WrittenDate):
        return value.text
    if isinstance(value, Milestone):
        # Due date and status first: they are what a returned workbook usually changes.
        head = [value.number, _due(value)]
        if value.status.value != "not started":
            head.append(value.status.label)
        return plain_preview(" · ".join([*head, value.description]), 140)
    if isinstance(value, Recommendation):
        return plain_preview(value.recommendation, 120)
    if isinstance(value, list):
        if value and isinstance(value[0], Contact):
            return plain_preview(contacts_text(value).replace("\n", "; "), 120)
        return ", ".join(str(v) for v in value)
    return plain_preview(str(getattr(value, "value", value)), 120)


def full_text(value: object) -> str:
    """The whole of a value as text, for the word diff (no length limit)."""
    if value is None:
        return ""
    if isinstance(value, WrittenDate):
        return value.text
    if isinstance(value, Milestone):
        status = value.status.label if value.status.value != "not started" else ""
        done = (
            QCoreApplication.translate("MergeDialog", "completed on {date}").format(
                date=value.completed_on.text
            )
            if value.completed_on.text
            else ""
        )
        head = " · ".join(p for p in (_due(value), status, done) if p)
        return f"{milestone_paragraph(value)}\n{head}"
    if isinstance(value, Recommendation):
        return "\n".join(
            t for t in (value.ref, value.recommendation, value.response, value.outcome) if t
        )
    if isinstance(value, list):
        if value and isinstance(value[0], Contact):
            return contacts_text(value)
        return ", ".join(str(v) for v in value)
    return str(getattr(value, "value", value))


def loses_text(kind: str, old: object, new: object) -> bool:
    """A removal, or a change that empties a field: such changes start unticked."""
    return kind == "removed" or (
        kind == "changed" and bool(full_text(old).strip()) and not full_text(new).strip()
    )


def _side(segments: list[Segment], drop: str) -> str:
    return plain_preview("".join(s.text for s in segments if s.kind != drop), 160)


class MergeDialog(QDialog):
    def __init__(
        self,
        current: Plan,
        imported: Plan,
        source: str,
        parent: QWidget | None = None,
        from_planapp: bool = True,
    ) -> None:
        super().__init__(parent)
        self.current = current
        self.diff: PlanDiff = diff_plans(current, imported, hidden_fields=from_planapp)
        self.setWindowTitle(
            self.tr("Merge {source} into “{plan}”").format(source=source, plan=current.short_name)
        )
        self.resize(1000, 600)
        counts = self.diff.counts()
        summary = QLabel(
            self.tr(
                "{source} differs from the plan in %n plan fields;", "", len(self.diff.plan_fields)
            ).format(source=source)
            + " "
            + self.tr(
                "recommendations: {added} added, {removed} removed, {changed} changed. "
                "Tick the changes to take."
            ).format(added=counts["added"], removed=counts["removed"], changed=counts["changed"]),
            self,
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the user's text
        summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setColumnCount(3)
        in_source = self.tr("In {source}").format(source=source)
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("In planapp now"), in_source])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        self.diff_view = DiffView(self.tr("In planapp now"), in_source, self)
        self.tree.currentItemChanged.connect(self._show_current)
        self._fill()
        all_button = QPushButton(self.tr("Select &All"), self)
        all_button.clicked.connect(lambda: self.set_all(True))
        none_button = QPushButton(self.tr("Select &None"), self)
        none_button.clicked.connect(lambda: self.set_all(False))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge Selected"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.diff_view, 1)
        layout.addLayout(row)
        if self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            self.tree.setCurrentItem(first.child(0) if first.childCount() else first)

    def _item(
        self, parent: QTreeWidget | QTreeWidgetItem, label: str, key: str, kind: str, old, new
    ) -> QTreeWidgetItem:
        """One change: each side shows the text around what changed, the tooltip marks the
        changed words, the pane below shows the whole text."""
        segments = word_diff(full_text(old), full_text(new))
        near = excerpt(segments, 60)
        if kind == "changed" and isinstance(old, str | WrittenDate):
            sides = [_side(near, "added"), _side(near, "deleted")]
        else:
            sides = [_show(old), _show(new)]
        item = QTreeWidgetItem(parent, [label, *sides])
        item.setData(0, KeyRole, key)
        item.setData(0, SegmentsRole, segments)
        checked = not loses_text(kind, old, new)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        # Each side's text around the change, its changed words marked (escaped: the
        # returned workbook's text is never read as markup).
        near = excerpt(segments, 200)
        item.setToolTip(1, segments_html(near, ("deleted",)))
        item.setToolTip(2, segments_html(near, ("added",)))
        return item

    def _leaf(self, parent: QTreeWidget | QTreeWidgetItem, change: FieldChange) -> None:
        label = self.tr(KIND_LABEL[change.kind]).format(item=change.field)
        self._item(parent, label, change.key, change.kind, change.old, change.new)

    def _show_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        segments = item.data(0, SegmentsRole) if item is not None else None
        self.diff_view.set_segments(segments or [])

    def _fill(self) -> None:
        for change in self.diff.plan_fields:
            self._leaf(
                self.tree,
                FieldChange(
                    change.key,
                    self.tr("plan {field}").format(field=change.field),
                    change.kind,
                    change.old,
                    change.new,
                ),
            )
        for rec in self.diff.recommendations:
            if rec.kind == "changed":
                label = self.tr(KIND_LABEL["changed"]).format(item=rec.ref)
                group = QTreeWidgetItem(self.tree, [label, "", ""])
                group.setFlags(
                    group.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable
                )
                for change in rec.fields:
                    self._leaf(group, change)
                group.setExpanded(True)
            else:
                label = self.tr(KIND_LABEL[rec.kind]).format(item=rec.ref)
                self._item(self.tree, label, rec.key, rec.kind, rec.old, rec.new)

    def _leaves(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.childCount():
                out.extend(top.child(j) for j in range(top.childCount()))
            else:
                out.append(top)
        return out

    def has_changes(self) -> bool:
        return not self.diff.is_empty

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._leaves():
            item.setCheckState(0, state)

    def set_checked(self, key: str, checked: bool) -> None:
        for item in self._leaves():
            if item.data(0, KeyRole) == key:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def accepted_keys(self) -> list[str]:
        return [
            item.data(0, KeyRole)
            for item in self._leaves()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def merged(self) -> Plan:
        """The current plan with the ticked changes applied (ids of kept rows preserved)."""
        return apply_changes(self.current, self.diff, self.accepted_keys())
