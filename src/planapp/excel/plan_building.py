"""One sheet's rows made into a plan: recommendations, their follow-up and other-language
texts from planapp's hidden record where it still matches, the title rows' fields, and a
warning for what could not be read (at most 40 a sheet, then how many more)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from planapp.domain.plan import Plan
from planapp.domain.template import HEADINGS
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel import language_sheets, translations_record
from planapp.excel import record as _record
from planapp.excel import rows as _rows
from planapp.excel.headings import FIELD_COLUMNS
from planapp.excel.titles import parse_title_rows, plan_language

_MAX_WARNINGS_PER_SHEET = 40
UNNUMBERED = QT_TRANSLATE_NOOP("WorkbookWarning", "(unnumbered)")


def _trailing_notes(builders: list[_rows.Builder], ref: int | None) -> list[_rows.Builder]:
    """Rows below the table, after an empty row, with text in the first column only (a note,
    "Approved by: ___"): not recommendations."""
    if ref is None:
        return []
    chain = len(builders)
    while chain and not builders[chain - 1].recorded and builders[chain - 1].only({ref}):
        chain -= 1
    start = next((i for i in range(chain, len(builders)) if builders[i].after_gap), None)
    if start is None or start == 0:
        return []
    notes = builders[start:]
    del builders[start:]
    return notes


class _Warnings:
    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.items: list[str] = []
        self.dropped = 0

    def add(self, text: str) -> None:
        if len(self.items) < _MAX_WARNINGS_PER_SHEET:
            self.items.append(text)
        else:
            self.dropped += 1

    def done(self) -> list[str]:
        if self.dropped:
            self.items.append(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning", "Sheet “{sheet}”: {dropped} more warnings like these."
                ).format(sheet=self.sheet, dropped=self.dropped)
            )
        return self.items


def _build_plan(
    data: _rows.SheetRows, rec_store: _record.PlanRecord | None
) -> tuple[Plan, list[str]]:
    warn = _Warnings(data.title)
    layout = data.layout
    fields = layout.field_of()
    present = set(fields.values())
    for c in layout.columns:
        if c.field == "ignore":
            warn.add(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "Sheet “{title}”: column {column} “{heading}” was left out, "
                    "as the mapping says.",
                ).format(
                    title=data.title,
                    column=get_column_letter(c.index + 1),
                    heading=c.heading,
                )
            )
    for name, column in FIELD_COLUMNS.items():
        # The columns every layout has; a management action plan has no outcome, indicator
        # or reference column, and gives its dates in a "due" column.
        stands_in = {"milestones": "actions", "completion": "due"}.get(name)
        wanted = name in ("recommendation", "response", "milestones", "contacts", "completion")
        if wanted and name not in present and stands_in not in present:
            warn.add(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "Sheet “{title}” has no “{heading}” column; that field was left empty.",
                ).format(title=data.title, heading=HEADINGS[column].en)
            )
    starts = rec_store.starts if rec_store is not None else {}
    builders = _rows.rows_to_builders(data, starts)
    ref_index = next((i for i, f in fields.items() if f == "ref"), None)
    for note in _trailing_notes(builders, ref_index):
        warn.add(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning",
                "Sheet “{title}”, row {row}: “{ref}” below the table was taken "
                "for a note, not a recommendation.",
            ).format(title=data.title, row=str(note.first_row), ref=note.ref)
        )
    records = (
        rec_store.match([b.ref for b in builders])
        if rec_store is not None
        else [None] * len(builders)
    )

    def from_record(
        n: int, b: _rows.Builder, milestones: str, contacts: str, completion: str
    ) -> tuple | None:
        rr = records[n]
        if rr is None:
            return None
        try:
            return rr.milestones(milestones), rr.contacts(contacts), rr.completion(completion)
        except (LookupError, ValueError, TypeError):
            return None  # a damaged record: the visible cells are all there is

    parts = _rows.build_recommendations(data, builders, from_record)
    status = next((c for c in layout.columns if c.field == "status"), None)
    if status is not None:
        extras = [c.index for c in layout.columns if c.field == "extra"]
        _rows.apply_statuses(parts, status.heading, status.index, extras)
        if not _rows.statuses_readable(parts):
            warn.add(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "Sheet “{title}”: column {column} “{heading}” does not read "
                    "as milestone statuses; it is kept as an extra column.",
                ).format(
                    title=data.title,
                    column=get_column_letter(status.index + 1),
                    heading=status.heading,
                )
            )
    for rr, part in zip(records, parts, strict=True):
        if rr is not None:
            # Exactly as written (order, repeated headings, empty texts) while unchanged.
            part.rec.extra = rr.extra(part.rec.extra)
    fields_above = parse_title_rows(data.above)
    plan = Plan(**fields_above)  # type: ignore[arg-type]
    plan.language = plan_language(layout.language, fields_above)
    if rec_store is not None:
        # A workbook planapp wrote: its headings' language is the export's choice, not
        # necessarily the plan's, which the record gives when it has it.
        recorded = rec_store.plan.get("language")
        plan.language = recorded if recorded in ("en", "fr", "both") else Plan().language
    swapped = language_sheets.swapped(rec_store)
    for number, (b, part) in enumerate(zip(builders, parts, strict=True), start=1):
        rec = part.rec
        if records[number - 1] is not None:  # status, assessments, completion-date revisions
            records[number - 1].apply_followup(rec)
        if rec_store is not None:  # the other language's texts, the sheet's in its own
            rr = records[number - 1]
            translations_record.read_back(rec, rr.data if rr else None, swapped)
        plan.recommendations.append(rec)
        who = QT_TRANSLATE_NOOP("WorkbookWarning", "{ref} (row {row})").format(
            ref=rec.ref
            or QT_TRANSLATE_NOOP("WorkbookWarning", "recommendation {n}").format(n=str(number)),
            row=str(b.first_row),
        )
        if rec.completion.unreadable:
            warn.add(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "Sheet “{title}”, {who}: the completion date “{text}” could not be "
                    "read as a date; it is kept as written.",
                ).format(title=data.title, who=who, text=rec.completion.text)
            )
        for m in rec.milestones:
            if m.due.unreadable:
                warn.add(
                    QT_TRANSLATE_NOOP(
                        "WorkbookWarning",
                        "Sheet “{title}”, {who}: milestone {number} has a date “{text}” that "
                        "could not be read; it is kept as written.",
                    ).format(
                        title=data.title, who=who, number=m.number or UNNUMBERED, text=m.due.text
                    )
                )
    if rec_store is not None:
        rec_store.apply_plan_fields(plan, data.above)
    if not plan.recommendations:
        warn.add(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning", "Sheet “{title}” has the plan headings but no recommendations."
            ).format(title=data.title)
        )
    return plan, warn.done()
