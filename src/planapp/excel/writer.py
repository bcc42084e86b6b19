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
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import tempfile
from collections.abc import Sequence, Set
from copy import copy
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain.cell_parsing import split_milestone_number
from planapp.domain.cells import contacts_text, milestones_text
from planapp.domain.plan import Plan, Recommendation, WrittenDate
from planapp.domain.richtext import normalize
from planapp.domain.template import HEADINGS, TITLE_SUFFIX, Column, Language
from planapp.excel import layout, record
from planapp.excel.errors import ExportError
from planapp.excel.headings import above_header_texts
from planapp.excel.pagination import estimate_lines, split_cell

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


def clean_text(text: str | None) -> str:
    """The stored form of a text (``normalize``) without characters XML cannot hold."""
    return _XML_ILLEGAL.sub("", normalize(text))


def _clean_date(d: WrittenDate) -> WrittenDate:
    text = clean_text(d.text)
    return d if text == d.text else WrittenDate(text, d.date)


def clean_plan(plan: Plan) -> Plan:
    """A copy of ``plan`` with every text as it will read back from a workbook."""

    def texts(obj: object) -> dict[str, str]:
        return {
            f.name: clean_text(getattr(obj, f.name))
            for f in dataclasses.fields(obj)  # type: ignore[arg-type]
            if type(getattr(obj, f.name)) is str  # not the str-valued status enums
        }

    recs = []
    for rec in plan.recommendations:
        milestones = [
            dataclasses.replace(
                m, **texts(m), due=_clean_date(m.due), completed_on=_clean_date(m.completed_on)
            )
            for m in rec.milestones
        ]
        contacts = [dataclasses.replace(c, **texts(c)) for c in rec.contacts]
        recs.append(
            dataclasses.replace(
                rec,
                **texts(rec),
                completion=_clean_date(rec.completion),
                milestones=milestones,
                contacts=contacts,
            )
        )
    return dataclasses.replace(plan, **texts(plan), recommendations=recs)


def row_texts(rec: Recommendation) -> list[str]:
    """The eight cells of a recommendation, in template column order, as the reader sees them."""
    return [
        rec.ref,
        rec.recommendation,
        rec.response,
        rec.outcome,
        rec.completion.text,
        normalize(milestones_text(rec.milestones)),
        normalize(contacts_text(rec.contacts)),
        rec.indicator,
    ]


def title_texts(plan: Plan, lang: Language) -> list[str]:
    """The title row and audit title row as written for ``lang``."""
    en = plan.display_title
    fr = plan.title_fr
    if not fr:
        name = (plan.department_fr or plan.department).upper()
        if plan.acronym:
            name = f"{name} ({plan.acronym})" if name else plan.acronym
        fr = f"{name} {TITLE_SUFFIX['fr']}".strip()
    title = {"en": en, "fr": fr, "both": f"{en} / {fr}" if en != fr else en}[lang]
    return [clean_text(title), clean_text(plan.display_audit_title)]


def _check_lengths(plan: Plan, texts: Sequence[Sequence[str]], titles: Sequence[str]) -> None:
    for i, (rec, row) in enumerate(zip(plan.recommendations, texts, strict=True)):
        for column in Column:
            if len(row[column]) > EXCEL_CELL_LIMIT:
                who = f"Recommendation {rec.ref}" if rec.ref else f"Recommendation {i + 1}"
                raise ExportError(
                    f"{who}: the “{HEADINGS[column].en}” cell would hold "
                    f"{len(row[column]):,} characters, more than the 32,767 an Excel cell can "
                    "hold; shorten it before exporting."
                )
    for text in titles:
        if len(text) > EXCEL_CELL_LIMIT:
            raise ExportError(
                f"The plan's title holds {len(text):,} characters, more than the 32,767 an "
                "Excel cell can hold."
            )


def put_text(
    ws: Worksheet, row: int, column: int, text: str | CellRichText, style: Cell | None
) -> Cell:
    """Write ``text`` as a text cell (never a formula or an error value) with a style."""
    cell = ws.cell(row=row, column=column)
    if style is not None:
        cell._style = copy(style._style)
    if text:
        cell.value = text
        if cell.data_type != "s":
            cell.data_type = "s"
        if isinstance(text, str) and text.startswith(_FORMULA_LIKE):
            cell.quotePrefix = True
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


def write_rows(
    ws: Worksheet,
    first_row: int,
    positions: dict[Column, int],
    texts: Sequence[Sequence[str]],
    widths: dict[Column, float],
    styles: dict[Column, Cell | None],
    organizations: Sequence[Set[str]] = (),
    set_heights: bool = True,
) -> list[int]:
    """The recommendations from ``first_row`` down, each template column in the sheet column
    ``positions`` gives (1-based); returns each recommendation's first row."""
    starts = []
    row = first_row
    chars = {c: widths[c] * layout.CHARS_PER_UNIT for c in Column}
    for i, cells in enumerate(texts):
        pieces = [
            [cells[c]] if c == Column.REF else split_cell(cells[c], chars[c], c) for c in Column
        ]
        height = max(len(p) for p in pieces)
        for k in range(height):
            lines = 1
            for c in Column:
                part = pieces[c]
                text = part[k] if k < len(part) else ""
                value: str | CellRichText = text
                if text and c == Column.MILESTONES:
                    value = rich_milestones(text)
                elif text and c == Column.CONTACTS and organizations:
                    value = rich_lines(text, organizations[i])
                put_text(ws, row + k, positions[c], value, styles[c])
                if text:
                    lines = max(lines, estimate_lines(text, chars[c]))
            if set_heights:
                ws.row_dimensions[row + k].height = layout.row_height(lines)
        starts.append(row)
        row += height
    return starts


def _write_builtin(
    wb: Workbook, plan: Plan, texts: list[list[str]], titles: list[str], lang: Language,
    paper: layout.Paper,
) -> Placed:
    ws = wb.active
    ws.title = {"en": "Action Plan", "fr": "Plan d'action", "both": "Plan"}[lang]
    styles = layout.SheetStyles.create(ws)
    widths = layout.column_widths(texts, paper)
    layout.set_widths(ws, 1, widths)
    last = len(Column)
    for row, (text, proto, height) in enumerate(
        zip(titles, (styles.title, styles.audit), (24.0, 20.0), strict=True), start=1
    ):
        put_text(ws, row, 1, text, proto)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        ws.row_dimensions[row].height = height
    layout.write_header(ws, 3, 1, lang, styles, widths)
    body = {c: styles.body_committee if c == Column.INDICATOR else styles.body for c in Column}
    organizations = [{c.organization for c in rec.contacts} for rec in plan.recommendations]
    positions = {c: 1 + c for c in Column}
    starts = write_rows(ws, 4, positions, texts, widths, body, organizations)
    ws.freeze_panes = "A4"
    layout.set_up_printing(ws, paper, "1:3", lang)
    return Placed(ws.title, starts)


def _set_properties(wb: Workbook, plan: Plan, titles: list[str], lang: Language) -> None:
    props = wb.properties
    props.title = titles[0][:255]
    props.subject = titles[1][:255]
    props.creator = props.lastModifiedBy = "planapp"
    props.category = "Detailed Action Plan"
    props.keywords = "Detailed Action Plan; OAG; Public Accounts Committee"
    props.description = f"{len(plan.recommendations)} recommendations"
    props.language = {"en": "en-CA", "fr": "fr-CA", "both": "en-CA"}[lang]


def _add_record(wb: Workbook, plan: Plan, placed: Placed, titles: list[str],
                texts: list[list[str]]) -> None:
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
    )
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            put_text(ws, r, c, value, None)


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save next to ``path`` then rename over it; on failure ``path`` is untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_workbook(
    plan: Plan,
    path: str | Path,
    lang: Literal["en", "fr", "both"] = "en",
    template: str | Path | None = None,
    paper: Literal["legal", "letter"] = "legal",
) -> list[str]:
    """Write ``plan`` to ``path`` (built-in template, or the department's ``template``);
    returns warnings. Raises ExportError if the plan cannot be written as it is."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(
            f"{path.name} cannot be written: the folder {path.parent} does not exist."
        )
    plan = clean_plan(plan)
    texts = [row_texts(rec) for rec in plan.recommendations]
    titles = title_texts(plan, lang)
    _check_lengths(plan, texts, titles)
    warnings: list[str] = []
    if template is None:
        wb = Workbook()
        placed = _write_builtin(wb, plan, texts, titles, lang, paper)
        titles = above_header_texts([[t] for t in titles])
    else:
        from planapp.excel.template import fill_template

        wb, placed, title_rows, more = fill_template(Path(template), plan, texts, titles)
        titles = title_rows
        warnings.extend(more)
    _set_properties(wb, plan, title_texts(plan, lang), lang)
    _add_record(wb, plan, placed, titles, texts)
    try:
        save_atomically(wb, path)
    except OSError as exc:
        raise ExportError(f"{path.name} could not be written: {exc.strerror or exc}.") from None
    return warnings

