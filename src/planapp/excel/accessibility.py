"""What a workbook tells assistive technology and file lists about itself.

* Core properties: title (the plan's title row), subject (the audit), author (the
  department), category, keywords and the document language (``dc:language``: ``en-CA`` or
  ``fr-CA``), all in the export's language.
* Header rows: the print titles repeat the title rows and the column headings on every printed
  page, and a sheet-level defined name ``ColumnTitle`` on the first heading cell tells screen
  readers (JAWS, and NVDA with its Excel support) to announce the column's heading with each
  cell below it, the convention Microsoft's and the Government's accessibility guides give for
  Excel (Excel has no other mark for a header row outside a formatted Table, which would
  refuse the template's merged title rows).
* The sheet is named for what it holds, in the export's language, never "Sheet1".
"""

from __future__ import annotations

import re

from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain import output_language
from planapp.domain.plan import Plan
from planapp.domain.template import Language

COLUMN_TITLE = "ColumnTitle"
_TITLE_ROWS = re.compile(r"\$?(\d+):\$?(\d+)")


def describe_workbook(wb: Workbook, plan: Plan, lang: Language, first: Language) -> None:
    """Set the core properties of ``wb``, which holds ``plan`` written in ``lang`` (its first
    sheet in ``first``: a bilingual workbook's language is its first sheet's)."""
    about = output_language.describe(plan, lang, first)
    props = wb.properties
    props.title, props.subject, props.creator = about.title, about.subject, about.author
    props.category, props.keywords = about.category, about.keywords
    props.language, props.description = about.language, about.description
    props.lastModifiedBy = "planapp"


def header_row(ws: Worksheet) -> int | None:
    """The column headings' row: the last of the sheet's print title rows."""
    found = _TITLE_ROWS.search(str(ws.print_title_rows or ""))
    return int(found.group(2)) if found else None


def mark_header(ws: Worksheet) -> str | None:
    """Name the first heading cell ``ColumnTitle`` (scoped to ``ws``); returns its address."""
    row = header_row(ws)
    if row is None:
        return None
    column = next((c.column for c in ws[row] if isinstance(c.value, str) and c.value.strip()), None)
    if column is None:
        return None
    address = f"{ws.cell(row=row, column=column).coordinate}"
    letters = "".join(ch for ch in address if ch.isalpha())
    ref = f"'{ws.title.replace(chr(39), chr(39) * 2)}'!${letters}${row}"
    ws.defined_names[COLUMN_TITLE] = DefinedName(COLUMN_TITLE, attr_text=ref)
    return address
