"""Write a plan as a workbook in the departmental template, and lose nothing on the way.

``write_workbook`` writes the built-in template (see ``layout``) or fills a department's own
workbook (see ``template``), then adds the hidden ``planapp`` sheet (see ``record``) with what
the template has no column for, so that reading the file back gives the same plan.

Safety on the way out:

* every text passes through ``richtext.normalize`` and loses characters XML cannot carry;
* every cell is typed as text, so "=cmd|' /C calc'!A0", "+1", "@SUM(1)" or "#N/A" stay text
  and never become formulas or error values (such cells also get Excel's quote prefix);
* a cell over Excel's 32,767-character limit stops the export with an ``ExportError`` naming
  the recommendation and the column (openpyxl would cut it silently);
* the file is written to a temporary file in the target's folder and renamed over the target
  only when complete, so a failure leaves any existing file as it was.

A recommendation too tall for one row (Excel shows at most 409 points) continues on rows with
an empty Report Ref. No., exactly as paginated plans do; the reader joins them back.

Cells hold plain text with line breaks. Rich-text runs (milestone numbers and organizations in
bold) are available with ``bold_numbers=True``; they are off by default because openpyxl
writes and reads rich text several times slower than plain strings (measured on 1,000
recommendations: export 0.39 s plain vs 0.53 s bold; import 0.24 s vs 0.44 s).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain import bilingual, output_language
from planapp.domain.plan import Plan
from planapp.domain.template import Column, Language
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel import (
    accessibility,
    extra_columns,
    language_sheets,
    layout,
    record,
    translations_record,
)
from planapp.excel import openpyxl_internals as internals
from planapp.excel.cell_writing import _FORMULA_LIKE, Placed, put_text, write_rows
from planapp.excel.cleaning import _check_lengths, clean_plan, row_texts, title_texts
from planapp.excel.errors import ExportError
from planapp.excel.headings import above_header_texts
from planapp.excel.history_sheet import add_history_sheet
from planapp.excel.saving import save_atomically
from planapp.excel.template import fill_template


def _organizations(plan: Plan) -> list[set[str]]:
    return [{c.organization for c in rec.contacts} for rec in plan.recommendations]


def _write_builtin(
    ws: Worksheet,
    plan: Plan,
    texts: list[list[str]],
    titles: list[str],
    lang: Language,
    paper: layout.Paper,
    bold: bool,
    extra: extra_columns.ExtraTable,
) -> Placed:
    ws.title = language_sheets.SHEET_TITLES[lang]
    styles = layout.SheetStyles.create(ws, layout.header_points(lang))
    widths = layout.column_widths(texts, paper)
    layout.set_widths(ws, 1, widths)
    last = len(Column)
    table_width = sum(widths.values())
    repeated = 0.0
    for row, (text, proto, points) in enumerate(
        zip(titles, (styles.title, styles.audit), (14.0, 12.0), strict=True), start=1
    ):
        put_text(ws, row, 1, text, proto)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        height = layout.title_height(text, table_width, points)
        ws.row_dimensions[row].height = height
        repeated += height
    repeated += layout.write_header(ws, 3, 1, lang, styles, widths)
    layout.set_up_printing(ws, paper, "1:3", lang)
    margins = ws.page_margins
    max_lines = layout.max_body_lines(repeated, (margins.top + margins.bottom) * 72)
    body = {c: styles.body_committee if c == Column.INDICATOR else styles.body for c in Column}
    organizations = _organizations(plan) if bold else None
    positions = {c: 1 + c for c in Column}
    starts = write_rows(ws, 4, positions, texts, widths, body, organizations, max_lines=max_lines)
    extra.write(ws, 3, last + 1, starts, styles.header, styles.body, put_text)
    ws.freeze_panes = "A4"
    return Placed(ws.title, starts, last if extra.headings else None)


def _add_record(
    wb: Workbook,
    plan: Plan,
    placed: Placed,
    titles: list[str],
    texts: list[list[str]],
    plan_more: dict[str, Any],
    original: Plan,
    other: list[dict[str, Any]],
) -> None:
    if record.RECORD_SHEET in wb.sheetnames:
        del wb[record.RECORD_SHEET]
    ws = wb.create_sheet(record.RECORD_SHEET)
    ws.sheet_state = "veryHidden"
    rows = record.record_rows(
        plan,
        placed.sheet,
        titles,
        placed.starts,
        [t[Column.MILESTONES] for t in texts],
        [t[Column.CONTACTS] for t in texts],
        placed.extra_first,
        plan_more,
        lambda i, rec: translations_record.translations_entry(
            rec, original.recommendations[i], plan is not original
        ),
        other,
    )
    cells = internals.cell_map(ws)
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if c == 1 or r == 1 or not value or value.startswith(_FORMULA_LIKE):
                put_text(ws, r, c, value, None)
                continue
            # A chunk of JSON (control characters escaped, under the cell limit): openpyxl
            # would find nothing to check or change in it.
            internals.new_text_cell(cells, ws, r, c, None, value)
    internals.note_last_row(ws, len(rows))


def _prepared(
    plan: Plan, lang: Language
) -> tuple[list[list[str]], list[str], extra_columns.ExtraTable]:
    """The cells, title rows and extra columns of ``plan`` on a sheet in ``lang``, checked
    against Excel's limits."""
    texts = [row_texts(rec) for rec in plan.recommendations]
    titles = title_texts(plan, lang)
    _check_lengths(plan, texts, titles)
    extra = extra_columns.ExtraTable.of(plan)
    extra.check_lengths(plan)
    return texts, titles, extra


def _write_other(
    wb: Workbook, plan: Plan, primary: str, paper: layout.Paper, bold: bool
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The second sheet of a bilingual workbook: the plan in its other language (see
    ``language_sheets``); returns what the record says of it: the plan's part and a row per
    recommendation."""
    lang: Language = bilingual.other_language(primary)
    version = language_sheets.shown(plan, lang)
    texts, titles, extra = _prepared(version, lang)
    ws = wb.create_sheet()
    placed = _write_builtin(ws, version, texts, titles, lang, paper, bold, extra)
    accessibility.mark_header(ws)
    entries = language_sheets.other_sheet_entries(
        version,
        placed.starts,
        [t[Column.MILESTONES] for t in texts],
        [t[Column.CONTACTS] for t in texts],
    )
    info: dict[str, Any] = {"sheet": placed.sheet, "lang": lang}
    if placed.extra_first is not None and extra.headings:
        # Read back as extra columns whatever their headings ("Responsibility" is no contact).
        info["extra_columns"] = [[placed.extra_first + k, h] for k, h in enumerate(extra.headings)]
    return info, entries


def _field_name(field: str) -> str:
    return field.removesuffix("_text").replace("_", " ").capitalize()


def write_workbook(
    plan: Plan,
    path: str | Path,
    lang: Literal["en", "fr", "both"] | None = None,
    template: str | Path | None = None,
    paper: Literal["legal", "letter"] = "legal",
    *,
    bold_numbers: bool = False,
    history: Sequence[Any] = (),
) -> list[str]:
    """Write ``plan`` to ``path`` (built-in template, or the department's ``template``);
    returns warnings. Raises ExportError if the plan cannot be written as it is.

    ``lang`` (content, headings, titles, sheet names) defaults to the plan's own language;
    "both" writes a sheet in each language (see ``language_sheets``).

    ``bold_numbers`` sets milestone numbers and organizations in bold with rich-text runs.
    It reads well but costs: with it, a 1,000-recommendation export takes ~35% longer and
    reading the file back (by planapp or anything built on openpyxl) about twice as long.

    ``history`` (the document's entries for the plan) is written as a History sheet.
    """
    path = Path(path)
    problem = output_language.missing_folder(path)
    if problem:
        raise ExportError(problem)
    lang = output_language.chosen_language(plan, lang)
    plan = clean_plan(plan)
    primary = bilingual.primary_language(plan)
    first: Language = primary if lang == "both" else lang  # type: ignore[assignment]
    shown = language_sheets.shown(plan, first)
    texts, titles, extra = _prepared(shown, first)
    warnings: list[str] = []
    if template is None:
        wb = Workbook()
        placed = _write_builtin(wb.active, shown, texts, titles, first, paper, bold_numbers, extra)
        titles = above_header_texts([[t] for t in titles])
    else:
        wb, placed, title_rows, more = fill_template(
            Path(template), shown, texts, titles, _organizations(shown) if bold_numbers else None
        )
        titles = title_rows
        warnings.extend(more)
        first_extra = extra.write_after_table(wb[placed.sheet], placed.starts, put_text)
        placed.extra_first = first_extra - 1 if first_extra else None
        if extra.headings and not first_extra:
            warnings.append(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "{name}: the plan's extra columns could not be placed after its table; "
                    "export without the template to keep them.",
                ).format(name=Path(template).name)
            )
    plan_more: dict[str, Any] = {language_sheets.CONTENT: first}
    other: list[dict[str, Any]] = []
    if lang == "both":
        plan_more[language_sheets.OTHER], other = _write_other(
            wb, plan, primary, paper, bold_numbers
        )
    accessibility.describe_workbook(wb, plan, lang, first)
    accessibility.mark_header(wb[placed.sheet])
    _add_record(wb, shown, placed, titles, texts, plan_more, plan, other)
    if history:
        refs = {rec.id: rec.ref for rec in plan.recommendations}
        add_history_sheet(wb, history, _field_name, refs)
    try:
        save_atomically(wb, path)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportError", "{name} could not be written: {reason}.").format(
                name=path.name, reason=exc.strerror or str(exc)
            )
        ) from None
    return warnings
