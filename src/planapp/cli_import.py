"""``planapp import``: a workbook read into a document, added as new plans or merged.

``--map "Heading=field"`` sends a column the reader does not know to a field, and
``--show-mapping`` prints where each column goes without importing anything.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planapp.cli_common import CommandError
from planapp.cli_translation import paired_plans
from planapp.domain.plan import Plan
from planapp.store.document import Document


def _parse_maps(items: Sequence[str]) -> list[tuple[str, str]]:
    """``--map "Heading=field"`` items as (folded heading, field)."""
    from planapp.excel.mapping import FIELDS

    pairs = []
    for item in items:
        heading, equals, name = item.rpartition("=")
        name = name.strip().casefold()
        if not equals or not heading.strip():
            raise CommandError(f'--map "{item}" should read "Heading=field".')
        if name not in FIELDS:
            raise CommandError(
                f"--map “{item}”: “{name}” is not a field (fields: {', '.join(FIELDS)})."
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
                f"--map: no column is headed “{heading}” (headings: {known or 'none'})."
            )
    return mapping


def _show_mapping(layouts: Sequence[Any]) -> None:
    from openpyxl.utils import get_column_letter

    for layout in layouts:
        state = "read without asking" if layout.recognized else "needs --map to be read"
        print(
            f"Sheet “{layout.sheet}”, headings in row {layout.header_row} "
            f"(language {layout.language}; {state}):"
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
        raise CommandError("import: say which document to import into with --into DOCUMENT.")
    if args.translation and args.merge:
        raise CommandError(
            "import: --translation makes a new plan from both versions; it cannot --merge."
        )
    result = read_workbook(args.workbook, mapping=mapping)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    incoming = list(zip(result.plans, result.from_planapp, strict=True))
    if args.translation:
        other = read_workbook(args.translation)
        for warning in other.warnings:
            print(f"warning: {Path(args.translation).name}: {warning}", file=sys.stderr)
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
                    f"{doc.path.name} already holds “{current.short_name}” (plan {current.id}), "
                    f"which {Path(args.workbook).name} is a version of; nothing was imported. "
                    "Use --merge to merge the workbook into it field by field."
                )
            diff = diff_plans(current, plan, hidden_fields=own)
            merged.append((apply_changes(current, diff, diff.keys()), len(diff.keys())))
        added = doc.apply_plans(add=added, replace=[p for p, n in merged if n])
    for plan in added:
        print(f"added plan {plan.id}: {plan.short_name} ({_counts(plan)})")
    for plan, changes in merged:
        what = f"{changes} change(s)" if changes else "already up to date"
        print(f"merged into plan {plan.id}: {plan.short_name} ({what}; {_counts(plan)})")
    return 0


def _counts(plan: Plan) -> str:
    recs = len(plan.recommendations)
    contacts = sum(len(r.contacts) for r in plan.recommendations)
    extra = sum(len(r.extra) for r in plan.recommendations[:1])
    text = f"{recs} recommendations, {plan.milestone_count()} milestones, {contacts} contacts"
    return f"{text}, {extra} extra columns" if extra else text
