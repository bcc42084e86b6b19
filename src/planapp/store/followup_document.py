"""The document's follow-up operations: progress, revised dates, statuses, periods, rounds.

Mixed into :class:`~planapp.store.document.Document`. Each method is one transaction and
notifies a change after it committed; each returns what an undo needs (the milestone as it
was, the ids a round marked), so the window's undo commands restore exactly that.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from planapp.domain import followup as rules
from planapp.domain.dashboard import DashboardItem
from planapp.domain.history import Assessment, ProgressEntry, ReportingPeriod, Submission
from planapp.domain.plan import Milestone, Recommendation, WrittenDate
from planapp.domain.status import RecommendationStatus
from planapp.store import followup, tracking
from planapp.store.changes import Change, Changed
from planapp.store.tables import ASSESSMENT, REC, REVISION


class FollowUpMethods:
    """Follow-up operations; the host provides ``engine`` and ``_notify``."""

    engine: Engine

    def _notify(self, change: Change) -> Change:  # provided by Document
        raise NotImplementedError

    def _changed(self, kind: str, plan_id: int | None = None, rec_id: int | None = None) -> Change:
        """Notify ``kind``: "recommendation" (its milestones' history), "plans" or "periods"."""
        what = {
            "recommendation": Changed.RECOMMENDATION,
            "plans": Changed.PLANS,
            "periods": Changed.PERIODS,
        }[kind]
        return self._notify(Change(what, plan_id, rec_id))

    # -- milestones --------------------------------------------------------------------------

    def load_milestone(self, milestone_id: int) -> Milestone:
        """One milestone with its revisions, progress entries and update requests."""
        with self.engine.connect() as conn:
            return tracking.load_milestone(conn, milestone_id)[2]

    def milestone_location(self, milestone_id: int) -> tuple[int, int]:
        """(plan id, recommendation id) of a milestone, e.g. to open it from the dashboard."""
        with self.engine.connect() as conn:
            plan_id, rec_id, _m = tracking.load_milestone(conn, milestone_id)
        return plan_id, rec_id

    def find_milestone(self, plan_id: int, number: str) -> int:
        with self.engine.connect() as conn:
            return tracking.find_milestone(conn, plan_id, number)

    def restore_milestone(self, milestone: Milestone) -> Change:
        """Write a whole milestone back as given (the undo of every operation below)."""
        with self.engine.begin() as conn:
            plan_id, rec_id, _old = tracking.load_milestone(conn, milestone.id)
            tracking.save_milestone(conn, milestone)
        return self._changed("recommendation", plan_id, rec_id)

    def _edit_milestone(self, milestone_id: int, edit: Any) -> tuple[Milestone, Milestone]:
        """Load, change with ``edit`` (a domain rule) and save in one transaction."""
        with self.engine.begin() as conn:
            plan_id, rec_id, before = tracking.load_milestone(conn, milestone_id)
            after = edit(before)
            if after is not before:
                tracking.save_milestone(conn, after)
        if after is not before:
            self._changed("recommendation", plan_id, rec_id)
        return before, after

    def add_progress(
        self, milestone_id: int, entry: ProgressEntry, *, today: _dt.date
    ) -> tuple[Milestone, Milestone]:
        """Record a progress entry (its status becomes the milestone's); (before, after)."""
        with self.engine.connect() as conn:
            periods = tracking.periods(conn)
        rules.check_new_entry(entry, periods, today)
        return self._edit_milestone(milestone_id, lambda m: rules.add_progress(m, entry))

    def edit_progress(
        self, milestone_id: int, old: ProgressEntry, new: ProgressEntry, *, today: _dt.date
    ) -> tuple[Milestone, Milestone]:
        """Change an entry while its period is open (FollowUpError after); (before, after)."""
        with self.engine.connect() as conn:
            periods = tracking.periods(conn)
        return self._edit_milestone(
            milestone_id, lambda m: rules.replace_progress(m, old, new, periods, today)
        )

    def revise_due(
        self, milestone_id: int, new_text: str, *, reason: str, **approval: Any
    ) -> tuple[Milestone, Milestone]:
        """Change a due date keeping the first one and the revision; (before, after).

        ``approval`` takes approved_by, approved_on, changed_by and changed_at.
        """
        return self._edit_milestone(
            milestone_id, lambda m: rules.revise_due(m, new_text, reason=reason, **approval)
        )

    def set_responsible_organization(
        self, milestone_id: int, organization: str
    ) -> tuple[Milestone, Milestone]:
        """The office that owns the action ("" for the first contact's); (before, after)."""
        return self._edit_milestone(
            milestone_id,
            lambda m: (
                m
                if m.organization == organization.strip()
                else dataclasses.replace(m, organization=organization.strip())
            ),
        )

    # -- recommendations ---------------------------------------------------------------------

    def set_recommendation_status(
        self, rec_id: int, status: RecommendationStatus | None
    ) -> RecommendationStatus | None:
        """Set (or clear, with None) the status the user gives; returns the previous one."""
        with self.engine.begin() as conn:
            old, plan_id = conn.execute(
                select(REC.c.status, REC.c.plan_id).where(REC.c.id == rec_id)
            ).one()
            value = RecommendationStatus(status).value if status else ""
            conn.execute(update(REC).where(REC.c.id == rec_id).values(status=value))
        self._changed("recommendation", plan_id, rec_id)
        return RecommendationStatus(old) if old else None

    def set_assessments(self, rec_id: int, assessments: Sequence[Assessment]) -> list[Assessment]:
        """Replace the outside assessments of a recommendation; returns the previous ones."""
        with self.engine.begin() as conn:
            plan_id = conn.execute(select(REC.c.plan_id).where(REC.c.id == rec_id)).scalar_one()
            holder = Recommendation(id=rec_id)
            followup.attach_history(conn, {rec_id: holder})
            conn.execute(ASSESSMENT.delete().where(ASSESSMENT.c.recommendation_id == rec_id))
            followup.insert_recommendation_history(
                conn, [Recommendation(id=rec_id, assessments=list(assessments))]
            )
        self._changed("recommendation", plan_id, rec_id)
        return holder.assessments

    def set_recommendation_followup(
        self,
        rec_id: int,
        status: RecommendationStatus | None,
        assessments: Sequence[Assessment],
    ) -> tuple[RecommendationStatus | None, list[Assessment]]:
        """Set a recommendation's status and outside assessments in one transaction; returns
        the previous ones (for undo)."""
        with self.engine.begin() as conn:
            old, plan_id = conn.execute(
                select(REC.c.status, REC.c.plan_id).where(REC.c.id == rec_id)
            ).one()
            holder = Recommendation(id=rec_id)
            followup.attach_history(conn, {rec_id: holder})
            value = RecommendationStatus(status).value if status else ""
            conn.execute(update(REC).where(REC.c.id == rec_id).values(status=value))
            conn.execute(ASSESSMENT.delete().where(ASSESSMENT.c.recommendation_id == rec_id))
            followup.insert_recommendation_history(
                conn, [Recommendation(id=rec_id, assessments=list(assessments))]
            )
        self._changed("recommendation", plan_id, rec_id)
        return (RecommendationStatus(old) if old else None), holder.assessments

    def revise_completion(
        self, rec_id: int, new_text: str, *, reason: str, **approval: Any
    ) -> Recommendation:
        """Change the expected completion date keeping the first one; returns it as it was.

        Undo with :meth:`restore_completion` given what this returned.
        """
        with self.engine.begin() as conn:
            plan_id, before = _completion_state(conn, rec_id)
            after = rules.revise_completion(before, new_text, reason=reason, **approval)
            _write_completion(conn, after)
        self._changed("recommendation", plan_id, rec_id)
        return before

    def restore_completion(self, state: Recommendation) -> Change:
        """Put a completion date and its revisions back as :meth:`revise_completion` found them."""
        with self.engine.begin() as conn:
            plan_id, _now = _completion_state(conn, state.id)
            _write_completion(conn, state)
        return self._changed("recommendation", plan_id, state.id)

    # -- periods, rounds, submissions ---------------------------------------------------------

    def periods(self) -> list[ReportingPeriod]:
        with self.engine.connect() as conn:
            return tracking.periods(conn)

    def add_period(self, period: ReportingPeriod) -> ReportingPeriod:
        with self.engine.begin() as conn:
            period = tracking.add_period(conn, period)
        self._changed("periods")
        return period

    def delete_period(self, period_id: int) -> tuple[ReportingPeriod, list[int]]:
        """Remove a period; returns it and the milestones that awaited it, for undo."""
        with self.engine.begin() as conn:
            period = next(p for p in tracking.periods(conn) if p.id == period_id)
            awaiting = tracking.delete_period(conn, period_id)
        self._changed("periods")
        return period, awaiting

    def restore_period(self, period: ReportingPeriod, awaiting: Sequence[int]) -> None:
        with self.engine.begin() as conn:
            tracking.add_period(conn, period)
            tracking.restore_requests(conn, period.id, awaiting)
        self._changed("periods")

    def start_update_round(self, period_id: int) -> list[int]:
        """Every open milestone now awaits an update for the period; returns those marked."""
        with self.engine.begin() as conn:
            ids = tracking.start_update_round(conn, period_id)
        self._changed("periods")
        return ids

    def end_update_round(self, period_id: int, milestone_ids: Sequence[int]) -> None:
        with self.engine.begin() as conn:
            tracking.end_update_round(conn, period_id, milestone_ids)
        self._changed("periods")

    def submissions(self, plan_id: int) -> list[Submission]:
        with self.engine.connect() as conn:
            return tracking.submissions(conn, plan_id)

    def submitted_on(self, plan_id: int) -> _dt.date | None:
        """When the plan was first sent (None if never): later date changes are revisions."""
        found = self.submissions(plan_id)
        return found[0].submitted_on if found else None

    def add_submission(self, plan_id: int, submission: Submission) -> Submission:
        with self.engine.begin() as conn:
            submission = tracking.add_submission(conn, plan_id, submission)
        self._changed("plans", plan_id)
        return submission

    def delete_submission(self, plan_id: int, submission_id: int) -> None:
        with self.engine.begin() as conn:
            tracking.delete_submission(conn, submission_id)
        self._changed("plans", plan_id)

    # -- the dashboard -----------------------------------------------------------------------

    def dashboard_items(self) -> list[DashboardItem]:
        with self.engine.connect() as conn:
            return tracking.dashboard_items(conn)


def _completion_state(conn: Connection, rec_id: int) -> tuple[int, Recommendation]:
    """(plan id, a recommendation holding just its completion date and its revisions)."""
    plan_id, text, date = conn.execute(
        select(REC.c.plan_id, REC.c.completion_text, REC.c.completion_date).where(
            REC.c.id == rec_id
        )
    ).one()
    rec = Recommendation(id=rec_id, completion=WrittenDate(text, date))
    followup.attach_history(conn, {rec_id: rec})
    return plan_id, rec


def _write_completion(conn: Connection, rec: Recommendation) -> None:
    first = rec.original_completion
    conn.execute(
        update(REC)
        .where(REC.c.id == rec.id)
        .values(
            completion_text=rec.completion.text,
            completion_date=rec.completion.date,
            original_completion_text=first.text if first else None,
            original_completion_date=first.date if first else None,
        )
    )
    conn.execute(REVISION.delete().where(REVISION.c.recommendation_id == rec.id))
    followup.insert_recommendation_history(
        conn, [Recommendation(id=rec.id, completion_revisions=rec.completion_revisions)]
    )
