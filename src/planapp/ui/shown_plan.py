"""Which of the document's plans the window shows, and its views kept up to date from the
store's change notices (:meth:`ShownPlan.on_change`, sent after each commit): the only place
views are refreshed from, whether the edit came from a cell, an undo, an import or another
editor of a server document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

from planapp.domain.plan import Plan
from planapp.gcpause import paused_gc
from planapp.store.changes import Change, Changed
from planapp.ui import window_state
from planapp.ui.plan_list import PlanList
from planapp.ui.plan_session import PlanSession
from planapp.ui.plan_view import PlanView


class ShownPlan:
    """``shown`` hears each plan shown (the menus and spelling follow it); ``counts``
    takes the status bar's count of recommendations and milestones."""

    def __init__(
        self,
        session: PlanSession,
        plan_list: PlanList,
        view: PlanView,
        settings: QSettings,
        shown: Callable[[Plan | None], None],
        counts: Callable[[str], None],
    ) -> None:
        self.session = session
        self.plan_list = plan_list
        self.view = view
        self.settings = settings
        self._shown = shown
        self._counts = counts

    # -- plans -------------------------------------------------------------------------------

    def reload_plan_list(self) -> None:
        self.plan_list.show_plans(self.session.plans(), self.session.plan_id)

    def select_plan(self, plan_id: int | None) -> None:
        ids = self.plan_list.plan_ids()
        if plan_id not in ids:
            plan_id = ids[0] if ids else None
        if plan_id is not None:
            self.plan_list.mark(plan_id)
        self.show_plan(plan_id)

    def show_plan(self, plan_id: int | None, select_rec: int | None = None) -> None:
        self.save_current_plan()
        with paused_gc():  # loading a plan is a job: see planapp.gcpause
            plan = self.session.load(plan_id)
        self._shown(plan)
        self.view.show_plan(plan, select_rec)
        self.update_counts()
        if plan_id is not None:
            window_state.set_last_plan(self.settings, self.session.doc.path, plan_id)

    def reshow(self) -> None:
        """Read the shown plan afresh (after an edit that was not saved, or a reconnect)."""
        self.show_plan(self.session.plan_id)

    def save_current_plan(self) -> None:
        if self.session.plan_id is not None:
            window_state.set_last_plan(self.settings, self.session.doc.path, self.session.plan_id)

    def update_counts(self) -> None:
        self._counts(self.view.counts_text())

    # -- refreshing from the store -----------------------------------------------------------

    def on_change(self, change: Change) -> None:
        """The store committed ``change``: bring the session and the views up to date."""
        plan = self.session.plan
        if change.what == Changed.PERIODS:
            return  # reporting periods and update rounds: only the dashboard shows them
        if Changed.PLANS in change.what:
            self._plans_changed(change)
            return
        if plan is None or change.plan_id != plan.id:
            # An undo or import touched another plan: show it, then the change.
            self.plan_list.mark(change.plan_id)
            self.show_plan(change.plan_id, change.recommendation_id)
            return
        if Changed.RECOMMENDATION in change.what:
            assert change.recommendation_id is not None
            self.view.update_recommendation(
                self.session.update_recommendation(change.recommendation_id)
            )
        elif change.rows:
            self.view.apply_rows(change.rows, self.session.apply_rows(change.rows))
        else:
            self._reload_table(change.recommendation_id)
        self.update_counts()

    def _plans_changed(self, change: Change) -> None:
        """Plans added, removed, reordered or edited (an import, all at once): one reload."""
        self.reload_plan_list()
        ids = self.plan_list.plan_ids()
        plan = self.session.plan
        if plan is None or plan.id not in ids:
            self.select_plan(change.plan_id)
        elif change.plan_id != plan.id and change.plan_id in ids:
            self.select_plan(change.plan_id)  # a plan added or restored: show it
        elif plan.id in change.plan_ids:
            if Changed.ROWS in change.what:
                self._reload_table(None)
            else:
                self.view.show_titles(self.session.reload_fields())
            self.update_counts()

    def _reload_table(self, select_rec: int | None) -> None:
        table = self.view.table
        row = table.current_row()
        self.show_plan(self.session.plan_id, select_rec)
        if select_rec is None or self.view.model.row_of(select_rec) is None:
            table.select_row(row)
