"""The main window's side of View ▸ Dashboard: the context the dashboard is given, and
bringing the window to the milestone a row of the dashboard names.

Only this module knows the window's parts; the dashboard sees a :class:`DashboardContext`.
"""

from __future__ import annotations

from typing import Any

from planapp.ui.dashboard_context import DashboardContext


def open_dashboard(window: Any) -> Any:
    """View ▸ Dashboard in ``window`` (the dashboard's code is loaded at its first opening)."""
    from planapp.ui.dashboard import open_dashboard as open_view

    return open_view(dashboard_context(window))


def dashboard_context(window: Any) -> DashboardContext:
    """The dashboard's context for ``window`` (a MainWindow; one dashboard per window)."""
    return DashboardContext(
        parent=window,
        document=lambda: window.doc,
        today=window.today,
        push=window.push,
        show_milestone=lambda plan_id, rec_id, milestone_id: show_milestone(
            window, plan_id, rec_id, milestone_id
        ),
        current=lambda: window._dashboard,
        keep=lambda view: setattr(window, "_dashboard", view),
    )


def show_milestone(window: Any, plan_id: int, rec_id: int, milestone_id: int) -> None:
    """Bring the window to the plan, select the recommendation's row and the milestone."""
    window.plan_list.mark(plan_id)
    window.shown.show_plan(plan_id, rec_id)
    rec = window.current_recommendation()
    ids = [m.id for m in rec.milestones] if rec is not None else []
    if milestone_id in ids:
        view = window.details.milestones.view
        view.setCurrentIndex(view.model().index(ids.index(milestone_id), 0))
        view.setFocus()
    window.raise_()
    window.activateWindow()
