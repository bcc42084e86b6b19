"""The follow-up dialogs the milestones panel opens, with what they need from the window.

The panel asks; this decides when a due-date change is tracked (the plan was submitted, or
the milestone's date was already revised), asks the reason and approval, and opens the
progress editor. Whatever it returns the panel stores as one undoable edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from planapp.domain.followup import must_track_change, revise_due
from planapp.domain.plan import Milestone, Plan, Recommendation
from planapp.store.document import Document
from planapp.ui import commands, dialogs
from planapp.ui.progress_dialog import ProgressDialog
from planapp.ui.revision_dialog import RevisionDialog


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment
        return ""


@dataclass(frozen=True)
class FollowUpContext:
    """What the follow-up dialogs need of the window: a parent for the dialogs, the document,
    the shown plan and its current recommendation, today, and how to store an edit."""

    parent: QWidget
    doc: Callable[[], Document]
    plan: Callable[[], Plan | None]
    current_recommendation: Callable[[], Recommendation | None]
    today: dt.date
    push: Callable[[commands.StoreCommand], bool]


class FollowUpHooks:
    """Given to the milestones panel by the window."""

    def __init__(self, context: FollowUpContext) -> None:
        self.context = context

    def _tracked(self, milestone: Milestone) -> bool:
        plan = self.context.plan()
        if milestone.revisions:
            return True
        if plan is None or plan.id is None:
            return False
        return must_track_change(self.context.doc().submitted_on(plan.id), self.context.today)

    def _ask(self, old: Milestone, new_text: str | None) -> Milestone | None:
        dialog = RevisionDialog(old.due.text, new_text, self.context.today, self.context.parent)
        if not dialogs.run(dialog):
            return None
        answer = dialog.answer()
        return revise_due(
            old,
            answer.pop("new_text"),
            **answer,
            changed_by=user_name(),
            changed_at=dt.datetime.now().replace(microsecond=0),
        )

    def track_due_changes(
        self, old: Sequence[Milestone], new: list[Milestone]
    ) -> list[Milestone] | None:
        """``new`` with a revision for each tracked due-date change; None if the user cancels."""
        before = {m.id: m for m in old if m.id is not None}
        out = []
        for m in new:
            was = before.get(m.id)
            if was is None or was.due.text == m.due.text or not self._tracked(was):
                out.append(m)
                continue
            revised = self._ask(was, m.due.text)
            if revised is None:
                return None
            out.append(
                dataclasses.replace(
                    m,
                    due=revised.due,
                    original_due=revised.original_due,
                    revisions=revised.revisions,
                )
            )
        return out

    def revise(self, milestone: Milestone) -> Milestone | None:
        """Revise Date…: the user chooses to track this change whether or not it is required."""
        revised = self._ask(milestone, None)
        return None if revised is None or revised is milestone else revised

    def recommendation_status(self) -> None:
        recommendation_status(self.context)

    def progress(self, milestone: Milestone) -> Milestone | None:
        context = self.context
        dialog = ProgressDialog(
            milestone, context.doc().periods(), context.today, user_name(), context.parent
        )
        return dialog.outcome() if dialogs.run(dialog) else None


def record_submission(context: FollowUpContext) -> None:
    """Plan ▸ Record Submission…: ask when and to whom the shown plan was sent (undoable)."""
    from planapp.ui.followup_commands import AddSubmission
    from planapp.ui.submission_dialog import SubmissionDialog

    plan, doc = context.plan(), context.doc()
    if plan is None or plan.id is None:
        return
    dialog = SubmissionDialog(
        plan.short_name, doc.submissions(plan.id), context.today, context.parent
    )
    if dialogs.run(dialog):
        context.push(AddSubmission(doc, plan.id, dialog.submission()))


def recommendation_status(context: FollowUpContext) -> None:
    """Recommendation Status…: the current recommendation's status and assessments (undoable)."""
    from planapp.ui.followup_commands import SetRecommendationFollowUp
    from planapp.ui.status_dialog import StatusDialog

    rec, doc = context.current_recommendation(), context.doc()
    if rec is None or rec.id is None:
        return
    dialog = StatusDialog(doc.load_recommendation(rec.id), context.today, context.parent)
    if dialogs.run(dialog):
        context.push(
            SetRecommendationFollowUp(doc, rec.id, dialog.chosen_status(), dialog.assessments)
        )
