"""``planapp import``: a workbook read into a document, added as new plans or merged.

``--map "Heading=field"`` sends a column the reader does not know to a field, and
``--show-mapping`` prints where each column goes without importing anything.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planapp.cli_common import CommandError, print_warnings
from planapp.cli_translation import paired_plans
from planapp.domain.plan import Plan
from planapp.domain.texts import QT_TRANSLATE_NOOP, plural
from planapp.store.document import Document
from planapp.store.recover import ROW_WORDS


def _parse_maps(items: Sequence[str]) -> list[tuple[str, str]]:
    """``--map "Heading=field"`` items as (folded heading, field)."""
    from planapp.excel.mapping import FIELDS

    pairs = []
    for item in items:
        heading, equals, name = item.rpartition("=")
        name = name.strip().casefold()
        if not equals or not heading.strip():
            raise CommandError(
                QT_TRANSLATE_NOOP("Cli", '--map "{item}" should read "Heading=field".').format(
                    item=item
                )
            )
        if name not in FIELDS:
            raise CommandError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--map “{item}”: “{name}” is not a field (fields: {fields})."
                ).format(item=item, name=name, fields=", ".join(FIELDS))
            )
        pairs.append((" ".join(heading.split()).casefold(), name))
    return pairs


def _mapping(layouts: Sequence[Any], maps: list[tuple[str, str]]) -> dict[str, dict[int, str]]:
    """Per sheet, the columns the ``--map`` headings name (by heading, or by column letter)."""
    from openpyxl.utils import get_column_letter

    mapping: dict[str, dict[int, str]] = {}
    for heading, name in maps:
        hits = 0
        for layout in layouts:
            for column in layout.columns:
                letter = get_column_letter(column.index + 1).casefold()
                if column.heading.casefold() == heading or (
                    heading == letter
                    and not any(c.heading.casefold() == heading for c in layout.columns)
                ):
                    mapping.setdefault(layout.sheet, {})[column.index] = name
                    hits += 1
        if not hits:
            known = "; ".join(f"“{c.heading}”" for layout in layouts for c in layout.columns)
            raise CommandError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--map: no column is headed “{heading}” (headings: {known})."
                ).format(heading=heading, known=known or QT_TRANSLATE_NOOP("Cli", "none"))
            )
    return mapping


def _show_mapping(layouts: Sequence[Any]) -> None:
    from openpyxl.utils import get_column_letter

    for layout in layouts:
        if layout.recognized:
            state = QT_TRANSLATE_NOOP("Cli", "read without asking")
        else:
            state = QT_TRANSLATE_NOOP("Cli", "needs --map to be read")
        print(
            QT_TRANSLATE_NOOP(
                "Cli", "Sheet “{sheet}”, headings in row {row} (language {language}; {state}):"
            ).format(
                sheet=layout.sheet,
                row=str(layout.header_row),
                language=layout.language,
                state=state,
            )
        )
        width = max((len(c.heading) for c in layout.columns), default=0)
        for c in layout.columns:
            how = "" if c.detected else "  (--map)"
            print(f"  {get_column_letter(c.index + 1):>3}  {c.heading:<{width}}  -> {c.field}{how}")


def cmd_import(args: argparse.Namespace) -> int:
    from planapp.domain.plan_diff import diff_plans
    from planapp.domain.plan_match import matching_plan
    from planapp.domain.plan_merge import apply_changes
    from planapp.excel.mapping import inspect_workbook, read_workbook
    from planapp.excel.sheet_layout import apply_mapping

    maps = _parse_maps(args.map or [])
    mapping: dict[str, dict[int, str]] | None = None
    if maps or args.show_mapping:
        layouts = inspect_workbook(args.workbook)
        mapping = _mapping(layouts, maps)
        if args.show_mapping:
            chosen = [apply_mapping(x, mapping.get(x.sheet, {})) for x in layouts]
            _show_mapping(chosen)
            return 0
    if not args.into:
        raise CommandError(
            QT_TRANSLATE_NOOP(
                "Cli", "import: say which document to import into with --into DOCUMENT."
            )
        )
    if args.translation and args.merge:
        raise CommandError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "import: --translation makes a new plan from both versions; it cannot --merge.",
            )
        )
    result = read_workbook(args.workbook, mapping=mapping)
    print_warnings(result.warnings)
    incoming = list(zip(result.plans, result.from_planapp, strict=True))
    if args.translation:
        other = read_workbook(args.translation)
        name = Path(args.translation).name
        print_warnings(f"{name}: {warning}" for warning in other.warnings)
        paired = paired_plans(result.plans, other.plans, args.workbook, args.translation)
        incoming = [(plan, False) for plan in paired]
    with Document.open(args.into, create=True) as doc:
        existing = [doc.load_plan(p.id) for p in doc.plans()]
        added: list[Plan] = []
        merged: list[tuple[Plan, int]] = []
        for plan, own in incoming:
            current = matching_plan(existing, plan)
            if current is None:
                added.append(plan)
                continue
            if not args.merge and not doc.read_only:  # (the store refuses a read-only one)
                raise CommandError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{name} already holds “{plan}” (plan {id}), which {workbook} is a "
                        "version of; nothing was imported. Use --merge to merge the workbook "
                        "into it field by field.",
                    ).format(
                        name=doc.path.name,
                        plan=current.short_name,
                        id=str(current.id),
                        workbook=Path(args.workbook).name,
                    )
                )
            diff = diff_plans(current, plan, hidden_fields=own)
            merged.append((apply_changes(current, diff, diff.keys()), len(diff.keys())))
        added = doc.apply_plans(add=added, replace=[p for p, n in merged if n])
    for plan in added:
        print(
            QT_TRANSLATE_NOOP("Cli", "added plan {id}: {name} ({counts})").format(
                id=str(plan.id), name=plan.short_name, counts=_counts(plan)
            )
        )
    for plan, changes in merged:
        if changes:
            what = plural(
                changes,
                QT_TRANSLATE_NOOP("Cli", "{n} change"),
                QT_TRANSLATE_NOOP("Cli", "{n} changes"),
            )
        else:
            what = QT_TRANSLATE_NOOP("Cli", "already up to date")
        print(
            QT_TRANSLATE_NOOP("Cli", "merged into plan {id}: {name} ({what}; {counts})").format(
                id=str(plan.id), name=plan.short_name, what=what, counts=_counts(plan)
            )
        )
    return 0


def _counts(plan: Plan) -> str:
    """ "3 recommendations, 12 milestones, 4 contacts" in the user's language."""
    contacts = sum(len(r.contacts) for r in plan.recommendations)
    extra = sum(len(r.extra) for r in plan.recommendations[:1])
    counts = [
        plural(len(plan.recommendations), *ROW_WORDS["recommendation"]),
        plural(plan.milestone_count(), *ROW_WORDS["milestone"]),
        plural(contacts, *ROW_WORDS["contact"]),
    ]
    if extra:
        counts.append(plural(extra, *EXTRA_COLUMNS))
    return ", ".join(str(c) for c in counts)


EXTRA_COLUMNS = (
    QT_TRANSLATE_NOOP("Cli", "{n} extra column"),
    QT_TRANSLATE_NOOP("Cli", "{n} extra columns"),
)
