"""The follow-up dashboard's columns, described once for the window's table, the Excel export
and the printout.

The window shows every column; the reports leave out the first two (the bucket and the
group, which they show as spanning rows instead). A column's window heading is shown in the
user's language; a report column has its heading in the English report and in the French one
(a report is in the language chosen for it, whatever the user's: its headings are plain
text, never translated when shown).
"""

from __future__ import annotations

from dataclasses import dataclass

from planapp.domain.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class DashboardColumn:
    name: str
    heading: Text  # in the window
    ems: int  # the window column's width, in widths of "M"
    # The English report's heading (English whatever the user's language); None: the
    # window's only.
    report: str | None = None
    report_fr: str = ""  # the French report's heading
    report_width: int = 0  # the Excel column's width, in characters


COLUMNS: tuple[DashboardColumn, ...] = (
    DashboardColumn("attention", QT_TRANSLATE_NOOP("DashboardModel", "Attention"), 14),
    DashboardColumn("group", QT_TRANSLATE_NOOP("DashboardModel", "Group"), 18),
    DashboardColumn("plan", QT_TRANSLATE_NOOP("DashboardModel", "Plan"), 16, "Plan", "Plan", 34),
    DashboardColumn(
        "ref", QT_TRANSLATE_NOOP("DashboardModel", "Rec."), 5, "Rec. no.", "N° de rec.", 10
    ),
    DashboardColumn(
        "milestone", QT_TRANSLATE_NOOP("DashboardModel", "Milestone"), 6, "Milestone", "Jalon", 10
    ),
    DashboardColumn(
        "commitment",
        QT_TRANSLATE_NOOP("DashboardModel", "Commitment"),
        30,
        "Commitment",
        "Engagement",
        60,
    ),
    DashboardColumn(
        "organization",
        QT_TRANSLATE_NOOP("DashboardModel", "Responsible organization"),
        14,
        "Responsible organization",
        "Organisation responsable",
        26,
    ),
    DashboardColumn(
        "original_date",
        QT_TRANSLATE_NOOP("DashboardModel", "Original date"),
        13,
        "Original date",
        "Date initiale",
        18,
    ),
    DashboardColumn(
        "current_date",
        QT_TRANSLATE_NOOP("DashboardModel", "Current date"),
        13,
        "Current date",
        "Date actuelle",
        18,
    ),
    DashboardColumn(
        "status", QT_TRANSLATE_NOOP("DashboardModel", "Status"), 7, "Status", "État", 14
    ),
    DashboardColumn(
        "last_update",
        QT_TRANSLATE_NOOP("DashboardModel", "Last update"),
        8,
        "Last update",
        "Dernière mise à jour",
        12,
    ),
)

# The window's column of each name.
INDEX: dict[str, int] = {c.name: i for i, c in enumerate(COLUMNS)}
# The columns of the Excel export and the printout, in order.
REPORT: tuple[DashboardColumn, ...] = tuple(c for c in COLUMNS if c.report is not None)
REPORT_NAMES: tuple[str, ...] = tuple(c.name for c in REPORT)


def report_headings(lang: str) -> tuple[str, ...]:
    """The report's column headings in ``lang`` ("en" or "fr")."""
    if lang == "fr":
        return tuple(c.report_fr for c in REPORT)
    return tuple(c.report for c in REPORT if c.report is not None)
