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

from planapp.domain.plan import Plan
from planapp.domain.template import Column, Language
from planapp.excel import extra_columns, layout, record
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
    wb: Workbook,
    plan: Plan,
    texts: list[list[str]],
    titles: list[str],
    lang: Language,
    paper: layout.Paper,
    bold: bool,
    extra: extra_columns.ExtraTable,
) -> Placed:
    ws = wb.active
    ws.title = {"en": "Action Plan", "fr": "Plan d'action", "both": "Plan"}[lang]
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


def _set_properties(wb: Workbook, plan: Plan, titles: list[str], lang: Language) -> None:
    props = wb.properties
    props.title = titles[0][:255]
    props.subject = titles[1][:255]
    props.creator = props.lastModifiedBy = "planapp"
    props.category = "Detailed Action Plan"
    props.keywords = "Detailed Action Plan; OAG; Public Accounts Committee"
    props.description = f"{len(plan.recommendations)} recommendations"
    props.language = {"en": "en-CA", "fr": "fr-CA", "both": "en-CA"}[lang]


def _add_record(
    wb: Workbook, plan: Plan, placed: Placed, titles: list[str], texts: list[list[str]]
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

    ``lang`` (headings, titles, sheet name) defaults to the plan's own language.

    ``bold_numbers`` sets milestone numbers and organizations in bold with rich-text runs.
    It reads well but costs: with it, a 1,000-recommendation export takes ~35% longer and
    reading the file back (by planapp or anything built on openpyxl) about twice as long.

    ``history`` (the document's entries for the plan) is written as a History sheet.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(
            f"{path.name} cannot be written: the folder {path.parent} does not exist."
        )
    if lang is None:
        lang = plan.language if plan.language in ("en", "fr", "both") else "en"  # type: ignore[assignment]
    plan = clean_plan(plan)
    texts = [row_texts(rec) for rec in plan.recommendations]
    titles = title_texts(plan, lang)
    _check_lengths(plan, texts, titles)
    extra = extra_columns.ExtraTable.of(plan)
    extra.check_lengths(plan)
    warnings: list[str] = []
    if template is None:
        wb = Workbook()
        placed = _write_builtin(wb, plan, texts, titles, lang, paper, bold_numbers, extra)
        titles = above_header_texts([[t] for t in titles])
    else:
        wb, placed, title_rows, more = fill_template(
            Path(template), plan, texts, titles, _organizations(plan) if bold_numbers else None
        )
        titles = title_rows
        warnings.extend(more)
        first = extra.write_after_table(wb[placed.sheet], placed.starts, put_text)
        placed.extra_first = first - 1 if first else None
        if extra.headings and not first:
            warnings.append(
                f"{Path(template).name}: the plan's extra columns could not be placed after "
                "its table; export without the template to keep them."
            )
    _set_properties(wb, plan, title_texts(plan, lang), lang)
    _add_record(wb, plan, placed, titles, texts)
    if history:
        refs = {rec.id: rec.ref for rec in plan.recommendations}
        add_history_sheet(wb, history, _field_name, refs)
    try:
        save_atomically(wb, path)
    except OSError as exc:
        raise ExportError(f"{path.name} could not be written: {exc.strerror or exc}.") from None
    return warnings
