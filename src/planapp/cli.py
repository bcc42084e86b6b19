"""The ``planapp`` command: the window by default, and commands for automation.

    planapp [DOCUMENT]                 open the window (default document if none)
    planapp dump [DOCUMENT] [--plan ID]
    planapp import WORKBOOK --into DOCUMENT [--map "Heading=field" ...] [--show-mapping] [--merge]
    planapp export DOCUMENT --plan ID -o OUT.xlsx [--lang en|fr|both] [--template T.xlsx]
    planapp pdf DOCUMENT --plan ID -o OUT.pdf [--page-size legal|letter] [--lang en|fr|both]
    planapp copy SRC DEST                    a document between a file and a server
    planapp recover DAMAGED -o COPY          save what can be read of a damaged document
    planapp dashboard [DOCUMENT] [--as-of DATE] [--group-by plan|organization|month] [--json]
    planapp progress DOCUMENT --plan ID --milestone NUMBER --as-of DATE --status S --text T

Errors print one line to stderr and exit with status 1 (2 for a usage error).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planapp import __version__, cli_language
from planapp import cli_followup as followup_commands
from planapp.domain.plan import Plan, WrittenDate
from planapp.domain.titles import plan_title
from planapp.gcpause import paused_gc
from planapp.store.connection import DocumentError
from planapp.store.document import Document
from planapp.store.errors import DamagedDocumentError
from planapp.store.lock import DocumentLockedError
from planapp.store.outputs import refuse_document_target
from planapp.store.paths import default_document

COMMANDS = ("dump", "import", "export", "pdf", "copy", "recover", *followup_commands.COMMANDS)


class CommandError(Exception):
    """A failure to report as one line, not a traceback."""


def _date_json(d: WrittenDate) -> dict[str, Any]:
    return {"text": d.text, "date": d.date.isoformat() if d.date else None}


def plan_json(plan: Plan) -> dict[str, Any]:
    """The dump's shape for one plan (documented in the README)."""
    return {
        "id": plan.id,
        "department": plan.department,
        "acronym": plan.acronym,
        "title": plan_title(plan),
        "audit_title": plan.audit_title,
        "language": plan.language,
        "recommendations": [
            {
                "ref": r.ref,
                "recommendation": r.recommendation,
                "response": r.response,
                "outcome": r.outcome,
                "completion": _date_json(r.completion),
                "indicator": r.indicator,
                "milestones": [
                    {
                        "number": m.number,
                        "description": m.description,
                        "due": _date_json(m.due),
                        "status": m.status.value,
                    }
                    | followup_commands.milestone_json(m, r)
                    for m in r.milestones
                ],
                "contacts": [
                    {
                        "organization": c.organization,
                        "name": c.name,
                        "title": c.title,
                        "phone": c.phone,
                        "email": c.email,
                    }
                    for c in r.contacts
                ],
                "extra": [{"heading": e.heading, "text": e.text} for e in r.extra],
            }
            | followup_commands.recommendation_json(r)
            for r in plan.recommendations
        ],
    }


def _open_existing(path: str) -> Document:
    """A document to read from: a file held by a window is opened read-only beside it."""
    try:
        return Document.open(path, lock=True)
    except DocumentLockedError:
        return Document.open(path, lock=False, read_only=True)


def cmd_copy(args: argparse.Namespace) -> int:
    from planapp.store.document_copy import copy_document

    rows = copy_document(args.source, args.target)
    print(f"Copied {rows} rows to {args.target}")
    return 0


def _plan_id(doc: Document, plan_id: int | None) -> int:
    ids = [p.id for p in doc.plans()]
    if plan_id is None:
        if len(ids) == 1:
            return ids[0]
        raise CommandError(f"{doc.path.name} holds {len(ids)} plans; choose one with --plan.")
    if plan_id not in ids:
        raise CommandError(f"{doc.path.name} has no plan {plan_id} (plans: {ids}).")
    return plan_id


def cmd_dump(args: argparse.Namespace) -> int:
    if args.document:
        doc = _open_existing(args.document)
    else:
        doc = Document.open(default_document(), create=True, sample=True, lock=False)
    with doc:
        if args.plan is not None:
            plans = [doc.load_plan(_plan_id(doc, args.plan))]
        else:
            plans = [doc.load_plan(p.id) for p in doc.plans()]
    json.dump({"plans": [plan_json(p) for p in plans]}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


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
    from planapp.domain.plan_diff import apply_changes, diff_plans
    from planapp.domain.plan_match import matching_plan
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
    result = read_workbook(args.workbook, mapping=mapping)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    with Document.open(args.into, create=True) as doc:
        existing = [doc.load_plan(p.id) for p in doc.plans()]
        added: list[Plan] = []
        merged: list[tuple[Plan, int]] = []
        for plan, own in zip(result.plans, result.from_planapp, strict=True):
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


def cmd_export(args: argparse.Namespace) -> int:
    from planapp.excel.writer import write_workbook

    with _open_existing(args.document) as doc:
        refuse_document_target(args.output, [doc.path])
        plan = doc.load_plan(_plan_id(doc, args.plan))
    warnings = write_workbook(
        plan, args.output, lang=args.lang, template=args.template, paper=args.page_size
    )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from planapp.printing.application import ensure_gui_application

    ensure_gui_application()
    from planapp.printing.options import PrintOptions
    from planapp.printing.pdf import write_pdf

    with _open_existing(args.document) as doc:
        refuse_document_target(args.output, [doc.path])
        plan = doc.load_plan(_plan_id(doc, args.plan))
    options = PrintOptions(page_size=args.page_size, lang=args.lang or plan.language)
    pages = write_pdf(plan, args.output, options)
    print(f"{args.output}: {pages} pages")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from planapp.store.recover import recover_copy

    source = Path(args.document)
    if not source.is_file():
        raise CommandError(f"{source} does not exist.")
    refuse_document_target(args.output, [source])
    print(recover_copy(source, args.output).summary())
    return 0


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planapp")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("dump", help="print the document's plans as JSON")
    p.add_argument("document", nargs="?", help="the planapp document (default: your plans)")
    p.add_argument("--plan", type=int, help="only the plan with this id (see the dump)")
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("import", help="import an Excel workbook into a document")
    p.add_argument("workbook", help="the Excel workbook (.xlsx) to read; it is not changed")
    p.add_argument(
        "--into", metavar="DOCUMENT", help="the document to import into (created if missing)"
    )
    p.add_argument(
        "--map",
        action="append",
        metavar='"Heading=field"',
        help="send the column with this heading (or column letter) to a field; repeatable",
    )
    p.add_argument(
        "--show-mapping",
        action="store_true",
        help="print each sheet's columns and where they go, and import nothing",
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help="merge into the plan the workbook is a version of, instead of refusing",
    )
    p.set_defaults(func=cmd_import)

    for name, func, help_text in (
        ("export", cmd_export, "write a plan as an Excel workbook"),
        ("pdf", cmd_pdf, "write a plan as a PDF"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("document", help="the planapp document holding the plan")
        p.add_argument(
            "--plan", type=int, help="the plan's id, when the document holds several (see dump)"
        )
        p.add_argument("-o", "--output", required=True, help="the file to write")
        p.add_argument(
            "--lang",
            choices=("en", "fr", "both"),
            help="language of the headings: English, French or both (default: the plan's own)",
        )
        p.add_argument(
            "--page-size",
            choices=("legal", "letter"),
            default="legal",
            help="paper size of the printed pages (default: legal)",
        )
        if name == "export":
            p.add_argument(
                "--template",
                metavar="T.xlsx",
                help="a department's own template workbook to fill (default: the built-in one)",
            )
        p.set_defaults(func=func)

    p = sub.add_parser(
        "copy", help="copy a document between a file and a server (every plan and history)"
    )
    p.add_argument("source", metavar="SRC", help="a document file or postgresql:// URL")
    p.add_argument("target", metavar="DEST", help="a new file, or an empty server database")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser("recover", help="save what can be read of a damaged document")
    p.add_argument("document", help="the damaged planapp document; it is not changed")
    p.add_argument(
        "-o", "--output", required=True, metavar="COPY", help="the new document to write"
    )
    p.set_defaults(func=cmd_recover)
    followup_commands.add_parsers(sub)
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planapp",
        description="Keep a Detailed Action Plan as data. Commands: "
        + ", ".join(COMMANDS)
        + " (planapp COMMAND --help).",
    )
    parser.add_argument("document", nargs="?", help="document to open (default: your plans)")
    parser.add_argument("--version", action="version", version=f"planapp {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    return parser


def _known_errors() -> tuple[type[BaseException], ...]:
    """Errors that carry a message for the user; the Excel ones only if Excel code ran."""
    errors: list[type[BaseException]] = [DocumentError, CommandError, OSError]
    errors.append(followup_commands.FollowUpCommandError)
    for module, name in (
        ("planapp.excel.reader", "WorkbookError"),
        ("planapp.excel.writer", "ExportError"),
        ("planapp.printing.pdf", "PdfError"),
    ):
        error = getattr(sys.modules.get(module), name, None)
        if isinstance(error, type) and issubclass(error, BaseException):
            errors.append(error)
    return tuple(errors)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cli_language.install(cli_language.user_language())
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            with paused_gc():  # a command is one job: see planapp.gcpause
                return args.func(args)
        args = _window_parser().parse_args(argv)
        if args.self_test:
            from planapp.selftest import run_self_test

            return run_self_test()
        from planapp.ui.app import run_window

        return run_window(Path(args.document) if args.document else None)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (planapp dump | head): nothing to report, and stdout must
        # not be flushed again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        if isinstance(exc, _known_errors()):
            message = _one_line(exc)
            if isinstance(exc, DamagedDocumentError) and exc.path is not None:
                copy = exc.path.with_name(f"{exc.path.stem} (recovered){exc.path.suffix}")
                message += f" To do so: planapp recover {shlex.quote(str(exc.path))} -o "
                message += shlex.quote(str(copy))
            print(f"planapp: {message}", file=sys.stderr)
            return 1
        raise


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return " ".join(str(exc).split()) or type(exc).__name__
