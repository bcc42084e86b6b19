"""Follow-up on the command line: ``planapp dashboard``, ``progress``, ``period`` and
``submitted`` (the JSON shapes, also of ``planapp dump``'s follow-up fields, are in
:mod:`planapp.followup_json`).

    planapp dashboard [DOCUMENT] [--as-of DATE] [--group-by plan|organization|month] [--json]
    planapp progress DOCUMENT --plan ID --milestone NUMBER --as-of DATE --status S --text T
                     [--percent N] [--delay-reason R] [--recovery-plan P] [--evidence REF]...
    planapp period DOCUMENT --name NAME --start DATE --end DATE [--start-round]
    planapp submitted DOCUMENT --plan ID --on DATE --to RECIPIENT [--note TEXT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from collections.abc import Sequence
from typing import Any

from planapp.domain import dashboard, texts
from planapp.domain.followup import FollowUpError, current_period
from planapp.domain.history import ProgressEntry, ReportingPeriod
from planapp.domain.status import MilestoneStatus
from planapp.domain.texts import QT_TRANSLATE_NOOP, Text, plural
from planapp.followup_json import dashboard_json

# ``planapp dump`` reads a plan's follow-up fields through this module.

COMMANDS = ("dashboard", "progress", "period", "submitted")


class FollowUpCommandError(Exception):
    """A failure to report as one line (the command line's known errors include it)."""


# -- dashboard --------------------------------------------------------------------------------


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            str(
                QT_TRANSLATE_NOOP("Cli", "“{text}” is not a date like 2026-05-13").format(text=text)
            )
        ) from None


def dashboard_text(
    sections: Sequence[dashboard.Section],
    today: dt.date,
    period: ReportingPeriod | None,
    by: dashboard.GroupBy,
) -> str:
    grouping = GROUPINGS[by.value]
    if period:
        head = QT_TRANSLATE_NOOP(
            "Cli", "Dashboard as of {day}, period {period}; grouped by {grouping}"
        ).format(day=today, period=period.name, grouping=grouping)
    else:
        head = QT_TRANSLATE_NOOP(
            "Cli", "Dashboard as of {day}, no current reporting period; grouped by {grouping}"
        ).format(day=today, grouping=grouping)
    lines = [str(head)]
    for s in sections:
        lines.append(f"\n{s.bucket.label} ({texts.format_number(s.count)})")
        for g in s.groups:
            lines.append(f"  {g.label} ({texts.format_number(g.count)})")
            for i in g.items:
                what = " ".join(i.description.split())
                what = what if len(what) <= 60 else what[:59] + "…"
                line = QT_TRANSLATE_NOOP("Cli", "{ref} / {number}  {what}  · due {due} · {status}")
                line = line.format(
                    ref=i.recommendation_ref,
                    number=i.number,
                    what=what,
                    due=i.due_text or QT_TRANSLATE_NOOP("Cli", "no date"),
                    status=i.status.label,
                )
                lines.append(f"    {line}" + (f" · {i.organization}" if i.organization else ""))
    return "\n".join(lines) + "\n"


# How the dashboard's text names its grouping (``--group-by``).
GROUPINGS = {
    "plan": QT_TRANSLATE_NOOP("Cli", "plan"),
    "organization": QT_TRANSLATE_NOOP("Cli", "organization"),
    "month": QT_TRANSLATE_NOOP("Cli", "month"),
}


def cmd_dashboard(args: argparse.Namespace) -> int:
    from planapp.store.document import Document
    from planapp.store.paths import default_document

    if args.document:
        doc = Document.open(args.document, lock=False)
    else:
        doc = Document.open(default_document(), create=True, sample=True, lock=False)
    with doc:
        items = doc.dashboard_items()
        periods = doc.periods()
    today = args.as_of or dt.date.today()
    by = dashboard.GroupBy(args.group_by)
    sections = dashboard.build(items, today, periods, by)
    period = current_period(periods, today)
    if args.json:
        found = dashboard_json(sections, today, period, by)
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(dashboard_text(sections, today, period, by))
    return 0


# -- progress ---------------------------------------------------------------------------------


def _status(text: str) -> MilestoneStatus:
    try:
        return MilestoneStatus(text)
    except ValueError:
        words = ", ".join(dict.fromkeys(s.value for s in MilestoneStatus))
        raise argparse.ArgumentTypeError(
            str(
                QT_TRANSLATE_NOOP("Cli", "“{text}” is not a status ({words})").format(
                    text=text, words=words
                )
            )
        ) from None


def cmd_progress(args: argparse.Namespace) -> int:
    from planapp.store.document import Document
    from planapp.store.tracking import MilestoneNotFound

    try:
        entry = ProgressEntry(
            as_of=args.as_of,
            status=args.status,
            text=args.text,
            percent=args.percent,
            delay_reason=args.delay_reason,
            recovery_plan=args.recovery_plan,
            evidence=tuple(args.evidence),
            author=_user(),
            recorded_at=dt.datetime.now().replace(microsecond=0),
        )
    except ValueError as exc:
        raise FollowUpCommandError(str(exc)) from None
    with Document.open(args.document, lock=True) as doc:
        if args.plan not in [p.id for p in doc.plans()]:
            raise FollowUpCommandError(no_plan(doc.path.name, args.plan))
        try:
            milestone_id = doc.find_milestone(args.plan, args.milestone)
            _before, after = doc.add_progress(milestone_id, entry, today=dt.date.today())
        except (MilestoneNotFound, FollowUpError) as exc:
            raise FollowUpCommandError(str(exc)) from None
    print(
        plural(
            len(after.progress),
            QT_TRANSLATE_NOOP(
                "Cli", "milestone {number} of plan {plan}: {status} as of {day} ({n} entry)"
            ),
            QT_TRANSLATE_NOOP(
                "Cli", "milestone {number} of plan {plan}: {status} as of {day} ({n} entries)"
            ),
            number=after.number,
            plan=str(args.plan),
            status=entry.status.label,
            day=entry.as_of,
        )
    )
    return 0


def cmd_period(args: argparse.Namespace) -> int:
    from planapp.store.document import Document

    try:
        period = ReportingPeriod(args.name.strip(), args.start, args.end)
    except ValueError as exc:
        raise FollowUpCommandError(str(exc)) from None
    with Document.open(args.document, lock=True) as doc:
        period = doc.add_period(period)
        marked = doc.start_update_round(period.id) if args.start_round else []
    said = QT_TRANSLATE_NOOP("Cli", "period {id}: {name} ({start} to {end})").format(
        id=str(period.id), name=period.name, start=period.start, end=period.end
    )
    if args.start_round:
        awaited = plural(
            len(marked),
            QT_TRANSLATE_NOOP("Cli", "{n} open milestone awaits an update"),
            QT_TRANSLATE_NOOP("Cli", "{n} open milestones await an update"),
        )
        print(f"{said}; {awaited}")
    else:
        print(said)
    return 0


def cmd_submitted(args: argparse.Namespace) -> int:
    from planapp.domain.history import Submission
    from planapp.store.document import Document

    with Document.open(args.document, lock=True) as doc:
        if args.plan not in [p.id for p in doc.plans()]:
            raise FollowUpCommandError(no_plan(doc.path.name, args.plan))
        sent = doc.add_submission(args.plan, Submission(args.on, args.to, args.note))
    print(
        QT_TRANSLATE_NOOP("Cli", "plan {plan} submitted {day} to {recipient}").format(
            plan=str(args.plan), day=sent.submitted_on, recipient=sent.recipient
        )
    )
    return 0


def no_plan(name: str, plan_id: int) -> Text:
    return QT_TRANSLATE_NOOP("Cli", "{name} has no plan {plan}.").format(
        name=name, plan=str(plan_id)
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment
        return ""


def add_parsers(sub: Any) -> None:
    """Add the follow-up commands to ``planapp``'s subcommand parser."""
    p = sub.add_parser(
        "dashboard",
        help=QT_TRANSLATE_NOOP("CliHelp", "list overdue, due and awaited milestones of all plans"),
    )
    p.add_argument("document", nargs="?")
    p.add_argument(
        "--as-of",
        type=_day,
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("CliHelp", "the day to look from (today)"),
    )
    p.add_argument("--group-by", choices=[g.value for g in dashboard.GroupBy], default="plan")
    p.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"),
    )
    p.set_defaults(func=cmd_dashboard)

    p = sub.add_parser(
        "progress", help=QT_TRANSLATE_NOOP("CliHelp", "record a progress entry for one milestone")
    )
    p.add_argument("document")
    p.add_argument("--plan", type=int, required=True)
    p.add_argument("--milestone", required=True, metavar="NUMBER")
    p.add_argument("--as-of", type=_day, required=True, metavar="DATE")
    p.add_argument("--status", type=_status, required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--percent", type=int)
    p.add_argument("--delay-reason", default="")
    p.add_argument("--recovery-plan", default="")
    p.add_argument("--evidence", action="append", default=[], metavar="REF")
    p.set_defaults(func=cmd_progress)

    p = sub.add_parser(
        "period",
        help=QT_TRANSLATE_NOOP("CliHelp", "define a reporting period (and start its update round)"),
    )
    p.add_argument("document")
    p.add_argument("--name", required=True)
    p.add_argument("--start", type=_day, required=True, metavar="DATE")
    p.add_argument("--end", type=_day, required=True, metavar="DATE")
    p.add_argument(
        "--start-round",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "every open milestone awaits an update"),
    )
    p.set_defaults(func=cmd_period)

    p = sub.add_parser(
        "submitted",
        help=QT_TRANSLATE_NOOP("CliHelp", "record that a plan was sent (when, to whom)"),
    )
    p.add_argument("document")
    p.add_argument("--plan", type=int, required=True)
    p.add_argument("--on", type=_day, required=True, metavar="DATE")
    p.add_argument("--to", required=True, metavar="RECIPIENT")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_submitted)
