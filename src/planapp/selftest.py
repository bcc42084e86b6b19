"""``planapp --self-test``: does this installation (pip-installed or frozen) have all it needs?

A frozen build can start and still lack a data file or a module only one feature loads (the
Alembic migrations are read from disk, the PDF needs Qt's platform plugin, the workbook reader
needs defusedxml). Each check here exercises one such path end to end in a temporary folder,
offscreen, and prints one line: ``ok   <check>`` or ``FAIL <check>: <reason>``. The exit status
is 1 if any check failed, 0 if all passed; no check ever ends in a traceback.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from planapp.domain.texts import QT_TRANSLATE_NOOP, Text

Check = Callable[[Path], None]


class CheckFailed(Exception):
    """A check's reason for failing, said in one line (a :class:`Text`, shown in the
    user's language)."""


def first_difference(a: Any, b: Any, where: str = "plan") -> str | None:
    """Where two plans (or parts) first differ, e.g. ``plan.recommendations[2].outcome``.

    Fields marked ``compare=False`` (database ids) are skipped, as ``==`` does.
    """
    if dataclasses.is_dataclass(a) and type(a) is type(b):
        for f in dataclasses.fields(a):
            if not f.compare:
                continue
            found = first_difference(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    if a != b:
        return f"{where}: {_short(a)} vs {_short(b)}"
    return None


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the checks ---------------------------------------------------------------------------------


def check_migrations(tmp: Path) -> None:
    """The Alembic scripts are found on disk and a new document reaches their head."""
    from alembic.runtime.migration import MigrationContext

    from planapp.store.connection import head_revision
    from planapp.store.document import Document

    head = head_revision()
    if not head:
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "no migration scripts found"))
    with Document.open(tmp / "migrations.planapp", create=True) as doc, doc.engine.connect() as c:
        current = MigrationContext.configure(c).get_current_revision()
    if current != head:
        raise CheckFailed(
            QT_TRANSLATE_NOOP(
                "SelfTest", "a new document is at revision {current}, not the head {head}"
            ).format(current=repr(current), head=repr(head))
        )


def _sample_document(tmp: Path) -> Any:
    """The sample plan as stored in and loaded back from a new document."""
    from planapp.store.document import Document

    with Document.open(tmp / "sample.planapp", create=True, sample=True) as doc:
        plans = doc.plans()
        if len(plans) != 1:
            raise CheckFailed(
                QT_TRANSLATE_NOOP(
                    "SelfTest", "a new document holds {count} plans, not the sample plan"
                ).format(count=len(plans))
            )
        return doc.load_plan(plans[0].id)


def check_sample_document(tmp: Path) -> None:
    """A new document holds the sample plan, unchanged by the trip through SQLite."""
    from planapp.domain.sample import sample_plan

    diff = first_difference(sample_plan(), _sample_document(tmp))
    if diff:
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "the stored sample plan differs at {where}").format(
                where=diff
            )
        )


def check_excel_round_trip(tmp: Path) -> None:
    """Export the sample plan to a workbook, import it back: the same plan."""
    from planapp.excel.reader import read_workbook
    from planapp.excel.writer import write_workbook

    plan = _sample_document(tmp)
    path = tmp / "round trip.xlsx"
    write_workbook(plan, path)
    result = read_workbook(path)
    if len(result.plans) != 1:
        raise CheckFailed(
            QT_TRANSLATE_NOOP(
                "SelfTest", "the workbook read back holds {count} plans, not 1"
            ).format(count=len(result.plans))
        )
    diff = first_difference(plan, result.plans[0])
    if diff:
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "the plan read back differs at {where}").format(
                where=diff
            )
        )


def check_pdf(tmp: Path) -> None:
    """Print the sample plan to a PDF (needs Qt's platform plugin and fonts)."""
    from planapp.printing.application import ensure_gui_application

    ensure_gui_application()
    from planapp.printing.options import PrintOptions
    from planapp.printing.pdf import write_pdf

    path = tmp / "sample.pdf"
    pages = write_pdf(_sample_document(tmp), path, PrintOptions())
    if pages <= 0:
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "the PDF has {count} pages").format(count=pages)
        )
    if not path.is_file() or path.stat().st_size == 0:
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "no PDF file was written"))


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE bomb [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<bomb>&c;</bomb>"""


def check_defusedxml(tmp: Path) -> None:
    """openpyxl parses workbooks through defusedxml, which refuses entity declarations."""
    import io

    import defusedxml
    import defusedxml.ElementTree
    import openpyxl.xml
    import openpyxl.xml.functions as xml_functions

    if not openpyxl.xml.DEFUSEDXML:
        raise CheckFailed(
            QT_TRANSLATE_NOOP(
                "SelfTest", "openpyxl does not use defusedxml (openpyxl.xml.DEFUSEDXML is False)"
            )
        )
    try:
        defusedxml.ElementTree.fromstring(BOMB)
    except defusedxml.EntitiesForbidden:
        pass
    else:
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "defusedxml parsed an entity bomb"))
    try:  # the parser openpyxl's worksheet reader really calls
        for _event in xml_functions.iterparse(io.BytesIO(BOMB)):
            pass
    except defusedxml.EntitiesForbidden:
        return
    raise CheckFailed(
        QT_TRANSLATE_NOOP("SelfTest", "openpyxl's XML parser expanded an entity bomb")
    )


def check_resources(tmp: Path) -> None:
    """Files read at run time through importlib.resources are there (the icon)."""
    from importlib import resources

    folder = resources.files("planapp") / "resources"
    missing = [n for n in ("planapp.png", "planapp-16.png") if not (folder / n).is_file()]
    if missing:
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "missing from planapp/resources: {names}").format(
                names=", ".join(missing)
            )
        )


# Each check's name, as its line says it (English when compared, translated when printed).
CHECKS: tuple[tuple[str, Check], ...] = (
    (QT_TRANSLATE_NOOP("SelfTest", "migrations found"), check_migrations),
    (QT_TRANSLATE_NOOP("SelfTest", "sample document"), check_sample_document),
    (QT_TRANSLATE_NOOP("SelfTest", "excel round trip"), check_excel_round_trip),
    (QT_TRANSLATE_NOOP("SelfTest", "pdf"), check_pdf),
    (QT_TRANSLATE_NOOP("SelfTest", "defusedxml protection"), check_defusedxml),
    (QT_TRANSLATE_NOOP("SelfTest", "resources"), check_resources),
)
PASSED = QT_TRANSLATE_NOOP("SelfTest", "ok   {check}")
FAILED = QT_TRANSLATE_NOOP("SelfTest", "FAIL {check}: {reason}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        reason = exc.args[0] if exc.args else ""
        return reason if isinstance(reason, Text) else str(exc)
    if isinstance(exc, ModuleNotFoundError):
        return QT_TRANSLATE_NOOP(
            "SelfTest", "module {name} is missing from this installation"
        ).format(name=str(exc.name))
    if isinstance(exc, ImportError):
        return QT_TRANSLATE_NOOP("SelfTest", "cannot import: {reason}").format(
            reason=" ".join(str(exc).split())
        )
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 if all passed, 1 otherwise. Never raises."""
    out = out if out is not None else sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
    failures = 0
    with tempfile.TemporaryDirectory(prefix="planapp-self-test-", ignore_cleanup_errors=True) as d:
        for name, check in CHECKS:
            folder = Path(d) / check.__name__
            folder.mkdir()
            try:
                check(folder)
            except Exception as exc:
                failures += 1
                line = FAILED.format(check=name, reason=_reason(exc))
            else:
                line = PASSED.format(check=name)
            if out is not None:
                print(line, file=out, flush=True)
    return 1 if failures else 0
