"""The follow-up dashboard as a printable document: one table, its header on every page."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from planapp.domain.dashboard import REPORT_COLUMNS, GroupBy, Section, report_row
from planapp.domain.history import ReportingPeriod

COLUMNS = REPORT_COLUMNS


def dashboard_html(
    sections: Sequence[Section], today: dt.date, period: ReportingPeriod | None, by: GroupBy
) -> str:
    """HTML for a QTextDocument: a title, then each bucket and group as spanning rows."""
    esc = html.escape
    title = f"Follow-up dashboard as of {today.isoformat()}"
    if period is not None:
        title += f" — {period.name}"
    out = [
        f"<h2>{esc(title)}</h2><p>Grouped by {esc(by.value)}</p>",
        '<table border="1" cellspacing="0" cellpadding="3" width="100%"><thead><tr>',
        *(f"<th>{esc(c)}</th>" for c in COLUMNS),
        "</tr></thead><tbody>",
    ]
    span = len(COLUMNS)
    for section in sections:
        out.append(
            f'<tr><td colspan="{span}" bgcolor="#d9e1f2"><b>'
            f"{esc(section.bucket.label)} ({section.count})</b></td></tr>"
        )
        for group in section.groups:
            out.append(
                f'<tr><td colspan="{span}"><i>{esc(group.label)} ({group.count})</i></td></tr>'
            )
            for i in group.items:
                cells = report_row(i)
                out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)
