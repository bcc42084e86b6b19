"""Which plan of a document a re-imported workbook is a version of.

The window's import preview and ``planapp import --merge`` both pair an imported plan with
the document's plan that has the same audit title and department (case and spacing aside),
so that a returned workbook merges into its plan instead of becoming a second copy.
"""

from __future__ import annotations

from collections.abc import Sequence

from planapp.domain.plan import Plan

__all__ = ["matching_plan"]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _key(plan: Plan) -> tuple[str, str]:
    audit = _fold(plan.audit_title or plan.audit_title_fr)
    if not audit:  # a management action plan often has a title row and nothing else
        return "", _fold(plan.title or plan.title_fr)
    return audit, _fold(plan.acronym or plan.department or plan.display_title)


def matching_plan(existing: Sequence[Plan], imported: Plan) -> Plan | None:
    """The document's plan this workbook is a version of: same audit title and department
    (a plan without an audit title matches on its title row alone)."""
    wanted = _key(imported)
    if not any(wanted):
        return None
    return next((p for p in existing if _key(p) == wanted), None)
