"""The ``planapp`` command: the window by default, and commands for automation.

    planapp [DOCUMENT]                 open the window (default document if none)
    planapp dump [DOCUMENT] [--plan ID]
    planapp import WORKBOOK --into DOCUMENT [--map "Heading=field" ...] [--show-mapping] [--merge]
    planapp export DOCUMENT --plan ID -o OUT.xlsx|OUT.docx [--lang en|fr|both] [--template T.xlsx]
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

from planapp import __version__, cli_language
from planapp import cli_followup as followup_commands
from planapp.cli_common import CommandError, _open_existing, _plan_id, print_warnings
from planapp.cli_import import cmd_import
from planapp.domain.texts import QT_TRANSLATE_NOOP, plural
from planapp.dump import plan_json
from planapp.gcpause import paused_gc
from planapp.store.connection import DocumentError
from planapp.store.document import Document
from planapp.store.errors import DamagedDocumentError
from planapp.store.outputs import refuse_document_target
from planapp.store.paths import default_document

COMMANDS = ("dump", "import", "export", "pdf", "copy", "recover", *followup_commands.COMMANDS)


def cmd_copy(args: argparse.Namespace) -> int:
    from planapp.store.document_copy import copy_document

    rows = copy_document(args.source, args.target)
    print(
        plural(
            rows,
            QT_TRANSLATE_NOOP("Cli", "Copied {n} row to {target}"),
            QT_TRANSLATE_NOOP("Cli", "Copied {n} rows to {target}"),
            target=args.target,
        )
    )
    return 0


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


def cmd_export(args: argparse.Namespace) -> int:
    from planapp.excel.writer import write_workbook

    word = Path(args.output).suffix.lower() == ".docx"
    if word and args.template:
        raise CommandError(
            "--template fills a department's Excel workbook; a Word document (.docx) is "
            "written in the built-in layout."
        )
    with _open_existing(args.document) as doc:
        refuse_document_target(args.output, [doc.path])
        plan = doc.load_plan(_plan_id(doc, args.plan))
    if word:
        from planapp.word.writer import write_document

        write_document(plan, args.output, lang=args.lang, paper=args.page_size)
        return 0
    warnings = write_workbook(
        plan, args.output, lang=args.lang, template=args.template, paper=args.page_size
    )
    print_warnings(warnings)
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
    print(
        plural(
            pages,
            QT_TRANSLATE_NOOP("Cli", "{output}: {n} page"),
            QT_TRANSLATE_NOOP("Cli", "{output}: {n} pages"),
            output=args.output,
        )
    )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from planapp.store.recover import recover_copy

    source = Path(args.document)
    if not source.is_file():
        raise CommandError(
            QT_TRANSLATE_NOOP("Cli", "{path} does not exist.").format(path=str(source))
        )
    refuse_document_target(args.output, [source])
    print(recover_copy(source, args.output).summary())
    return 0


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planapp")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "dump", help=QT_TRANSLATE_NOOP("CliHelp", "print the document's plans as JSON")
    )
    p.add_argument(
        "document",
        nargs="?",
        help=QT_TRANSLATE_NOOP("CliHelp", "the planapp document (default: your plans)"),
    )
    p.add_argument(
        "--plan",
        type=int,
        help=QT_TRANSLATE_NOOP("CliHelp", "only the plan with this id (see the dump)"),
    )
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser(
        "import", help=QT_TRANSLATE_NOOP("CliHelp", "import an Excel workbook into a document")
    )
    p.add_argument(
        "workbook",
        help=QT_TRANSLATE_NOOP("CliHelp", "the Excel workbook (.xlsx) to read; it is not changed"),
    )
    p.add_argument(
        "--into",
        metavar="DOCUMENT",
        help=QT_TRANSLATE_NOOP("CliHelp", "the document to import into (created if missing)"),
    )
    p.add_argument(
        "--map",
        action="append",
        metavar='"Heading=field"',
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "send the column with this heading (or column letter) to a field; repeatable"
        ),
    )
    p.add_argument(
        "--show-mapping",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "print each sheet's columns and where they go, and import nothing"
        ),
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "merge into the plan the workbook is a version of, instead of refusing"
        ),
    )
    p.add_argument(
        "--translation",
        metavar="OTHER.xlsx",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "the same plan's workbook in the other official language: both are added as one "
            "plan in WORKBOOK's language, OTHER's texts as their translations (paired by ref, "
            "then position; what did not pair is printed)",
        ),
    )
    p.set_defaults(func=cmd_import)

    for name, func, help_text in (
        (
            "export",
            cmd_export,
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "write a plan as an Excel workbook, or a Word document when OUT ends in .docx",
            ),
        ),
        ("pdf", cmd_pdf, QT_TRANSLATE_NOOP("CliHelp", "write a plan as a PDF")),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument(
            "document", help=QT_TRANSLATE_NOOP("CliHelp", "the planapp document holding the plan")
        )
        p.add_argument(
            "--plan",
            type=int,
            help=QT_TRANSLATE_NOOP(
                "CliHelp", "the plan's id, when the document holds several (see dump)"
            ),
        )
        p.add_argument(
            "-o", "--output", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the file to write")
        )
        p.add_argument(
            "--lang",
            choices=("en", "fr", "both"),
            help=QT_TRANSLATE_NOOP(
                "CliHelp",
                "language of the content, headings and titles: English, French or both (the "
                "plan in its own language, then in its other; default: the plan's own)",
            ),
        )
        p.add_argument(
            "--page-size",
            choices=("legal", "letter"),
            default="legal",
            help=QT_TRANSLATE_NOOP("CliHelp", "paper size of the printed pages (default: legal)"),
        )
        if name == "export":
            p.add_argument(
                "--template",
                metavar="T.xlsx",
                help=QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "a department's own template workbook to fill (default: the built-in one)",
                ),
            )
        p.set_defaults(func=func)

    p = sub.add_parser(
        "copy",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "copy a document between a file and a server (every plan and history)"
        ),
    )
    p.add_argument(
        "source",
        metavar="SRC",
        help=QT_TRANSLATE_NOOP("CliHelp", "a document file or postgresql:// URL"),
    )
    p.add_argument(
        "target",
        metavar="DEST",
        help=QT_TRANSLATE_NOOP("CliHelp", "a new file, or an empty server database"),
    )
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser(
        "recover", help=QT_TRANSLATE_NOOP("CliHelp", "save what can be read of a damaged document")
    )
    p.add_argument(
        "document",
        help=QT_TRANSLATE_NOOP("CliHelp", "the damaged planapp document; it is not changed"),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="COPY",
        help=QT_TRANSLATE_NOOP("CliHelp", "the new document to write"),
    )
    p.set_defaults(func=cmd_recover)
    followup_commands.add_parsers(sub)
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planapp",
        description=str(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Keep a Detailed Action Plan as data. Commands: {commands} "
                "(planapp COMMAND --help).",
            ).format(commands=", ".join(COMMANDS))
        ),
    )
    parser.add_argument(
        "document",
        nargs="?",
        help=QT_TRANSLATE_NOOP("CliHelp", "document to open (default: your plans)"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"planapp {__version__}",
        help=QT_TRANSLATE_NOOP("CliHelp", "show the version of planapp and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "check this installation and exit"),
    )
    return parser


def _known_errors() -> tuple[type[BaseException], ...]:
    """Errors that carry a message for the user; the Excel ones only if Excel code ran."""
    errors: list[type[BaseException]] = [DocumentError, CommandError, OSError]
    errors.append(followup_commands.FollowUpCommandError)
    for module, name in (
        ("planapp.excel.reader", "WorkbookError"),
        ("planapp.excel.writer", "ExportError"),
        ("planapp.printing.pdf", "PdfError"),
        ("planapp.word.writer", "WordExportError"),
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
                command = (
                    f"planapp recover {shlex.quote(str(exc.path))} -o {shlex.quote(str(copy))}"
                )
                message += " " + str(
                    QT_TRANSLATE_NOOP("Cli", "To do so: {command}").format(command=command)
                )
            print(f"planapp: {message}", file=sys.stderr)
            return 1
        raise


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"  # the system's own words
    return " ".join(str(exc).split()) or type(exc).__name__
