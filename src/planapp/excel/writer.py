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

import contextlib
import dataclasses
import datetime as _dt
import os
import re
import secrets
import shutil
import zipfile
from collections.abc import Sequence, Set
from pathlib import Path
from typing import Any, Literal, TypeVar

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from planapp.domain import titles
from planapp.domain.cell_parsing import split_milestone_number
from planapp.domain.cells import contacts_text, milestones_text
from planapp.domain.plan import Plan, Recommendation, WrittenDate
from planapp.domain.richtext import normalize
from planapp.domain.template import HEADINGS, Column, Language
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel import extra_columns, layout, record
from planapp.excel import openpyxl_internals as internals
from planapp.excel.errors import ExportError
from planapp.excel.headings import above_header_texts
from planapp.excel.pagination import (
    MAX_LINES_PER_ROW,
    estimate_lines,
    has_suspects,
    lines_up_to,
    may_need_normalizing,
    split_counted,
)
from planapp.excel.quiet import quiet

__all__ = [
    "EXCEL_CELL_LIMIT",
    "ExportError",
    "clean_plan",
    "clean_text",
    "row_texts",
    "title_texts",
    "write_workbook",
]

EXCEL_CELL_LIMIT = 32_767
_XML_ILLEGAL = re.compile("[\ud800-\udfff\ufffe\uffff]")
_FORMULA_LIKE = ("=", "+", "-", "@", "\t")
T = TypeVar("T")
_COLUMNS = tuple(Column)  # iterating an Enum is slow in a loop run for every cell
_MAX_ROW = 1_048_576  # Excel's last row: past it, ``put_text`` raises as openpyxl does


def clean_text(text: str | None) -> str:
    """The stored form of a text (``normalize``) without characters XML cannot hold."""
    if not text:
        return ""
    if not may_need_normalizing(text):
        return text
    return normalize(_XML_ILLEGAL.sub("", text))


def _clean_date(d: WrittenDate) -> WrittenDate:
    text = clean_text(d.text)
    return d if text == d.text else WrittenDate(text, d.date)


def _cleaned(obj: T, names: Sequence[str], **more: object) -> T:
    """``obj``, or a copy with its texts cleaned if any needed it (objects are reused, never
    changed: the writer does not modify the plan it is given)."""
    changes: dict[str, object] = {}
    for name in names:
        value = getattr(obj, name)
        cleaned = clean_text(value)
        if cleaned != value:
            changes[name] = cleaned
    for name, value in more.items():
        if value is not getattr(obj, name):
            changes[name] = value
    return dataclasses.replace(obj, **changes) if changes else obj  # type: ignore[type-var]


_PLAN_TEXTS = tuple(f.name for f in dataclasses.fields(Plan) if f.type in ("str", str))
_REC_TEXTS = ("ref", "recommendation", "response", "outcome", "indicator")
_MILESTONE_TEXTS = ("number", "description")
_CONTACT_TEXTS = ("organization", "name", "title", "phone", "email")


def _rec_is_clean(rec: Recommendation) -> bool:
    """True when no text of ``rec`` needs cleaning, checked on all its texts at once: joined
    by line breaks, they hold a suspect character or a line ending in whitespace exactly when
    one of them does; a blank first or last line then shows as a line break at an end or two
    in a row (two in a row may also be a blank line inside a text: the slow path decides)."""
    texts = [
        rec.ref,
        rec.recommendation,
        rec.response,
        rec.outcome,
        rec.indicator,
        rec.completion.text,
    ]
    for m in rec.milestones:
        texts += (m.number, m.description, m.due.text, m.completed_on.text)
    for c in rec.contacts:
        texts += (c.organization, c.name, c.title, c.phone, c.email)
    if any(type(t) is not str for t in texts):
        return False
    joined = "\n".join([t for t in texts if t])
    return not (
        has_suspects(joined) or "\n\n" in joined or joined.startswith("\n") or joined.endswith("\n")
    )


def clean_plan(plan: Plan) -> Plan:
    """``plan`` with every text as it will read back from a workbook (``normalize``d, without
    characters XML cannot hold); the plan itself when nothing needed cleaning."""
    recs = []
    for rec in plan.recommendations:
        if _rec_is_clean(rec):
            recs.append(rec)
            continue
        milestones = [
            _cleaned(
                m,
                _MILESTONE_TEXTS,
                due=_clean_date(m.due),
                completed_on=_clean_date(m.completed_on),
            )
            for m in rec.milestones
        ]
        contacts = [_cleaned(c, _CONTACT_TEXTS) for c in rec.contacts]
        same = all(a is b for a, b in zip(milestones, rec.milestones, strict=True)) and all(
            a is b for a, b in zip(contacts, rec.contacts, strict=True)
        )
        recs.append(
            _cleaned(
                rec,
                _REC_TEXTS,
                completion=_clean_date(rec.completion),
                **({} if same else {"milestones": milestones, "contacts": contacts}),
            )
        )
    changed = any(a is not b for a, b in zip(recs, plan.recommendations, strict=True))
    cleaned = _cleaned(plan, _PLAN_TEXTS, **({"recommendations": recs} if changed else {}))
    return extra_columns.clean_extra(cleaned, clean_text)


def _normalized(text: str) -> str:
    return normalize(text) if may_need_normalizing(text) else text


def row_texts(rec: Recommendation) -> list[str]:
    """The eight cells of a recommendation, in template column order, as the reader sees them."""
    return [
        rec.ref,
        rec.recommendation,
        rec.response,
        rec.outcome,
        rec.completion.text,
        _normalized(milestones_text(rec.milestones)),
        _normalized(contacts_text(rec.contacts)),
        rec.indicator,
    ]


def title_texts(plan: Plan, lang: Language) -> list[str]:
    """The title row and audit title row as written for ``lang`` (as printed: see
    ``domain.titles``)."""
    return [clean_text(titles.plan_title(plan, lang)), clean_text(titles.audit_title(plan, lang))]


def _check_lengths(plan: Plan, texts: Sequence[Sequence[str]], titles: Sequence[str]) -> None:
    for i, (rec, row) in enumerate(zip(plan.recommendations, texts, strict=True)):
        for column in Column:
            if len(row[column]) > EXCEL_CELL_LIMIT:
                who = f"Recommendation {rec.ref}" if rec.ref else f"Recommendation {i + 1}"
                raise ExportError(
                    QT_TRANSLATE_NOOP(
                        "ExportError",
                        "{who}: the “{heading}” cell would hold {count} characters, more than the "
                        "32,767 an Excel cell can hold; shorten it before exporting.",
                    ).format(who=who, heading=HEADINGS[column].en, count=len(row[column]))
                )
    for text in titles:
        if len(text) > EXCEL_CELL_LIMIT:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "ExportError",
                    "The plan's title holds {count} characters, more than the 32,767 an "
                    "Excel cell can hold.",
                ).format(count=len(text))
            )


def formula_like(text: str | CellRichText) -> bool:
    """Text Excel would take for a formula when the cell is edited (so it gets the quote
    prefix): what it shows starts with "=", "+", "-", "@" or a tab, rich text included."""
    plain = text if isinstance(text, str) else str(text)
    return plain.startswith(_FORMULA_LIKE)


def set_text(cell: Cell, text: str | CellRichText) -> None:
    """Put user text in an existing cell as text: never a formula or an error value."""
    cell.value = text
    if text:
        if cell.data_type != "s":
            cell.data_type = "s"
        if formula_like(text):
            cell.quotePrefix = True


def put_text(
    ws: Worksheet, row: int, column: int, text: str | CellRichText, style: Cell | None
) -> Cell:
    """Write ``text`` as a text cell (never a formula or an error value) with a style."""
    cell = ws.cell(row=row, column=column)
    if style is not None:
        internals.copy_style(style, cell)
    if text:
        set_text(cell, text)
    return cell


_BOLD = InlineFont(rFont=layout.FONT, sz=10, b=True)


def rich_milestones(text: str) -> str | CellRichText:
    """The milestone cell with each milestone number in bold (the text is unchanged)."""
    runs: list[str | TextBlock] = []
    plain: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            plain.append("\n")
        found = split_milestone_number(line)
        if found is None:
            plain.append(line)
            continue
        head = line[: len(line) - len(found[1])]
        if plain:
            runs.append("".join(plain))
            plain = []
        runs.append(TextBlock(_BOLD, head))
        plain.append(found[1])
    if not runs:
        return text
    if "".join(plain):
        runs.append("".join(plain))
    return CellRichText(runs)


def rich_lines(text: str, bold: Set[str]) -> str | CellRichText:
    """``text`` with the lines in ``bold`` (the organizations of a contact cell) in bold."""
    if not bold or not any(line in bold for line in text.split("\n")):
        return text
    runs: list[str | TextBlock] = []
    for i, line in enumerate(text.split("\n")):
        end = "" if i == text.count("\n") else "\n"
        if line in bold:
            runs.append(TextBlock(_BOLD, line))
            if end:
                runs.append(end)
        else:
            runs.append(line + end)
    return CellRichText([r for r in runs if r])


@dataclasses.dataclass
class Placed:
    """Where the plan landed on its sheet, for the hidden record."""

    sheet: str
    starts: list[int]
    extra_first: int | None = None  # 0-based sheet column of the first extra column


def write_rows(
    ws: Worksheet,
    first_row: int,
    positions: dict[Column, int],
    texts: Sequence[Sequence[str]],
    widths: dict[Column, float],
    styles: dict[Column, Cell | None],
    organizations: Sequence[Set[str]] | None = None,
    set_heights: bool = True,
    max_lines: int = MAX_LINES_PER_ROW,
) -> list[int]:
    """The recommendations from ``first_row`` down, each template column in the sheet column
    ``positions`` gives (1-based); returns each recommendation's first row.

    Each cell's wrapped lines are counted once and serve the split, the pieces and the row
    height; new cells are made directly (what ``put_text`` does, without its look-ups)."""
    starts = []
    row = first_row
    chars = [widths[c] * layout.CHARS_PER_UNIT for c in _COLUMNS]
    where = [positions[c] for c in _COLUMNS]
    protos = [None if styles[c] is None else internals.style_array(styles[c]) for c in _COLUMNS]  # type: ignore[arg-type]
    existing = internals.cell_map(ws)
    dimensions = ws.row_dimensions
    for i, cells in enumerate(texts):
        pieces: list[list[str]] = []
        counts: list[list[int]] = []
        for c in _COLUMNS:
            text = cells[c]
            if c == Column.REF:  # never split: its count must be exact
                lines = estimate_lines(text, chars[c])
            else:
                lines = lines_up_to(text, chars[c], max_lines)
            if lines <= max_lines or c == Column.REF:
                pieces.append([text])
                counts.append([lines])
            else:
                parts, part_lines = split_counted(text, chars[c], c, max_lines, lines)
                pieces.append(parts)
                counts.append(part_lines)
        height = max(len(p) for p in pieces)
        for k in range(height):
            r = row + k
            lines = 1
            for c in _COLUMNS:
                part = pieces[c]
                text = part[k] if k < len(part) else ""
                value: str | CellRichText = text
                if organizations is not None and text:
                    if c == Column.MILESTONES:
                        value = rich_milestones(text)
                    elif c == Column.CONTACTS:
                        value = rich_lines(text, organizations[i])
                if text:
                    lines = max(lines, counts[c][k])
                column = where[c]
                if r > _MAX_ROW or (r, column) in existing or text.startswith(_FORMULA_LIKE):
                    put_text(ws, r, column, value, styles[c])
                    continue
                internals.new_text_cell(existing, ws, r, column, protos[c], value)
            if set_heights:
                dimensions[r].height = layout.row_height(lines)
        internals.note_last_row(ws, row + height - 1)
        starts.append(row)
        row += height
    return starts


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


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save next to ``path`` then rename over it; on failure ``path`` is untouched. The new
    file gets the old one's permissions, or the usual ones for a new file (not mkstemp's
    owner-only)."""
    folder = path.parent if str(path.parent) else Path(".")
    for _ in range(100):
        tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - 100 random names taken
        raise FileExistsError(tmp)
    try:
        _save(wb, tmp)
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _save(wb: Workbook, target: Path) -> None:
    """``wb.save(target)``, with the zip archive closed even when writing fails.

    openpyxl leaves its archive open when a write fails (a full disk, a file size limit);
    the archive then tries to finish itself when it is collected, fails again and prints
    "Exception ignored in: ZipFile.__del__" with a traceback. Here the archive is ours, and
    a failed one is closed at once, its error ignored: the file is deleted anyway."""
    archive = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = _dt.datetime.now(tz=_dt.UTC).replace(tzinfo=None)
    try:
        with quiet():
            ExcelWriter(wb, archive).save()  # writes every part, then closes the archive
    except BaseException:
        with contextlib.suppress(OSError, ValueError):
            archive.close()
        if archive.fp is not None:  # close() refused (a part was still being written)
            with contextlib.suppress(OSError):
                archive.fp.close()
            archive.fp = None
        raise


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
            QT_TRANSLATE_NOOP(
                "ExportError", "{name} cannot be written: the folder {parent} does not exist."
            ).format(name=path.name, parent=path.parent)
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
        from planapp.excel.template import fill_template

        wb, placed, title_rows, more = fill_template(
            Path(template), plan, texts, titles, _organizations(plan) if bold_numbers else None
        )
        titles = title_rows
        warnings.extend(more)
        first = extra.write_after_table(wb[placed.sheet], placed.starts, put_text)
        placed.extra_first = first - 1 if first else None
        if extra.headings and not first:
            warnings.append(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "{name}: the plan's extra columns could not be placed after its table; "
                    "export without the template to keep them.",
                ).format(name=Path(template).name)
            )
    _set_properties(wb, plan, title_texts(plan, lang), lang)
    _add_record(wb, plan, placed, titles, texts)
    if history:
        from planapp.excel.history_sheet import add_history_sheet

        refs = {rec.id: rec.ref for rec in plan.recommendations}
        add_history_sheet(wb, history, _field_name, refs)
    try:
        save_atomically(wb, path)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportError", "{name} could not be written: {reason}.").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None
    return warnings
