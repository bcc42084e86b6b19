"""The follow-up dashboard as a printable document: one table, its header on every page.

In English or French, or both (the English report, then the French one on a new page).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from planapp.domain import dashboard_language as words
from planapp.domain.dashboard import GroupBy, Section
from planapp.domain.history import ReportingPeriod
from planapp.domain.template import Language


def dashboard_html(
    sections: Sequence[Section],
    today: dt.date,
    period: ReportingPeriod | None,
    by: GroupBy,
    lang: Language = "en",
) -> str:
    """HTML for a QTextDocument: a title, then each bucket and group as spanning rows."""
    parts = [_report(sections, today, period, by, v) for v in words.report_languages(lang)]
    return '<div style="page-break-before: always"></div>'.join(parts)


def _report(
    sections: Sequence[Section],
    today: dt.date,
    period: ReportingPeriod | None,
    by: GroupBy,
    lang: str,
) -> str:
    esc = html.escape
    columns = words.columns(lang)
    out = [
        f'<div lang="{"fr-CA" if lang == "fr" else "en-CA"}">',
        f"<h2>{esc(words.title(today, period, lang))}</h2>",
        f"<p>{esc(words.grouped_by(by, lang))}</p>",
        '<table border="1" cellspacing="0" cellpadding="3" width="100%"><thead><tr>',
        *(f"<th>{esc(c)}</th>" for c in columns),
        "</tr></thead><tbody>",
    ]
    span = len(columns)
    for section in sections:
        label = words.bucket_label(section.bucket, lang)
        out.append(
            f'<tr><td colspan="{span}" bgcolor="#d9e1f2"><b>'
            f"{esc(label)} ({section.count})</b></td></tr>"
        )
        for group in section.groups:
            label = words.group_label(group, by, lang)
            out.append(f'<tr><td colspan="{span}"><i>{esc(label)} ({group.count})</i></td></tr>')
            for i in group.items:
                cells = words.report_row_in(i, lang)
                out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)
