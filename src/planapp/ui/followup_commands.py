"""Undoable follow-up edits that are not a milestone list: reporting periods and update rounds.

(Progress entries and revised dates change a recommendation's milestones and go through the
milestone list's own command.)
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from planapp.domain.history import Assessment, ReportingPeriod, Submission
from planapp.domain.status import RecommendationStatus
from planapp.store.document import Document
from planapp.ui.commands import StoreCommand


class AddPeriod(StoreCommand):
    def __init__(self, doc: Document, period: ReportingPeriod) -> None:
        super().__init__(
            QCoreApplication.translate("AddPeriod", "Add Reporting Period {name}").format(
                name=period.name
            )
        )
        self.doc, self.period = doc, period

    def _redo(self) -> None:
        self.period = self.doc.add_period(self.period)  # a redo brings back the same id

    def _undo(self) -> None:
        self.doc.delete_period(self.period.id)


class DeletePeriod(StoreCommand):
    def __init__(self, doc: Document, period: ReportingPeriod) -> None:
        super().__init__(
            QCoreApplication.translate("DeletePeriod", "Delete Reporting Period {name}").format(
                name=period.name
            )
        )
        self.doc, self.period = doc, period
        self.awaiting: list[int] = []

    def _redo(self) -> None:
        self.period, self.awaiting = self.doc.delete_period(self.period.id)

    def _undo(self) -> None:
        self.doc.restore_period(self.period, self.awaiting)


class StartUpdateRound(StoreCommand):
    """Every open milestone awaits an update for the period; undo unmarks exactly those."""

    def __init__(self, doc: Document, period: ReportingPeriod) -> None:
        super().__init__(
            QCoreApplication.translate("StartUpdateRound", "Start Update Round for {name}").format(
                name=period.name
            )
        )
        self.doc, self.period = doc, period
        self.marked: list[int] = []

    def _redo(self) -> None:
        self.marked = self.doc.start_update_round(self.period.id)

    def _undo(self) -> None:
        self.doc.end_update_round(self.period.id, self.marked)


class AddSubmission(StoreCommand):
    """The plan (or a progress report on it) was sent: from then on date changes are tracked."""

    def __init__(self, doc: Document, plan_id: int, submission: Submission) -> None:
        super().__init__(
            QCoreApplication.translate("AddSubmission", "Record Submission to {recipient}").format(
                recipient=submission.recipient
            )
        )
        self.doc, self.plan_id, self.submission = doc, plan_id, submission

    def _redo(self) -> None:
        self.submission = self.doc.add_submission(self.plan_id, self.submission)

    def _undo(self) -> None:
        self.doc.delete_submission(self.plan_id, self.submission.id)


class SetRecommendationFollowUp(StoreCommand):
    """A recommendation's status and outside assessments, set together."""

    def __init__(
        self,
        doc: Document,
        rec_id: int,
        status: RecommendationStatus | None,
        assessments: Sequence[Assessment],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("SetRecommendationFollowUp", "Set Recommendation Status")
        )
        self.doc, self.rec_id = doc, rec_id
        self.new = (status, list(assessments))
        self.old: tuple[RecommendationStatus | None, list[Assessment]] = (None, [])

    def _redo(self) -> None:
        self.old = self.doc.set_recommendation_followup(self.rec_id, *self.new)

    def _undo(self) -> None:
        self.doc.set_recommendation_followup(self.rec_id, *self.old)
