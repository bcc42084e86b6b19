"""Follow-up in the window: revised due dates with their reasons, and progress entries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from planapp.domain.history import ReportingPeriod, Submission
from planapp.domain.status import MilestoneStatus
from planapp.store.document import Document
from planapp.ui import dialogs
from planapp.ui.list_fields import MILESTONE_FIELDS
from planapp.ui.progress_dialog import ProgressDialog
from planapp.ui.revision_dialog import RevisionDialog

DUE = 2
REVISED = [f.heading for f in MILESTONE_FIELDS].index("Revised")


def _answer_revision(reason: str, approved_by: str = ""):
    def run(dialog) -> bool:
        assert isinstance(dialog, RevisionDialog)
        dialog.reason.setPlainText(reason)
        if approved_by:
            dialog.approved.setChecked(True)
            dialog.approved_by.setText(approved_by)
            dialog.approved_on.setDate(QDate(2020, 10, 15))
        return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    return run


def _first(document: Document, window):
    return document.load_plan(window.plan.id).recommendations[0].milestones[0]


def test_due_date_change_in_a_submitted_plan_asks_why_and_keeps_the_original(
    window, document: Document, monkeypatch
) -> None:
    document.add_submission(window.plan.id, Submission(dt.date(2020, 6, 1), "PACP"))
    monkeypatch.setattr(dialogs, "run", _answer_revision("Consultations took longer", "ADM"))
    window.select_row(0)
    panel = window.details.milestones
    panel.model.setData(panel.model.index(0, DUE), "December 31, 2020")
    m = _first(document, window)
    assert m.due.text == "December 31, 2020"
    assert m.original_due.text == "September 30, 2020"
    assert m.revisions[0].reason == "Consultations took longer"
    assert m.revisions[0].approved_by == "ADM"
    assert m.revisions[0].approved_on == dt.date(2020, 10, 15)
    note = panel.model.index(0, REVISED)
    assert note.data() == "Revised from September 30, 2020"
    assert "Consultations took longer" in note.data(Qt.ItemDataRole.ToolTipRole)
    window.menus.undo_action.trigger()
    m = _first(document, window)
    assert (m.due.text, m.original_due, m.revisions) == ("September 30, 2020", None, [])
    assert panel.model.index(0, REVISED).data() == ""
    window.menus.redo_action.trigger()
    assert _first(document, window).revisions[0].reason == "Consultations took longer"


def test_cancelling_the_reason_changes_nothing(window, document: Document, monkeypatch) -> None:
    document.add_submission(window.plan.id, Submission(dt.date(2020, 6, 1), "PACP"))
    monkeypatch.setattr(dialogs, "run", lambda dialog: False)
    window.select_row(0)
    panel = window.details.milestones
    panel.model.setData(panel.model.index(0, DUE), "December 31, 2020")
    assert _first(document, window).due.text == "September 30, 2020"
    assert not window.undo_stack.canUndo()


def test_a_draft_plan_changes_dates_without_asking(window, document: Document, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: asked.append(dialog) or False)
    window.select_row(0)
    panel = window.details.milestones
    panel.model.setData(panel.model.index(0, DUE), "December 31, 2020")
    assert asked == []
    assert _first(document, window).due.text == "December 31, 2020"
    assert _first(document, window).revisions == []


def test_revise_date_tracks_a_change_by_choice(window, document: Document, monkeypatch) -> None:
    def run(dialog) -> bool:
        assert isinstance(dialog, RevisionDialog)
        dialog.new_date.setText("March 31, 2021")
        dialog.reason.setPlainText("Scope")
        return True

    monkeypatch.setattr(dialogs, "run", run)
    window.select_row(0)
    panel = window.details.milestones
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    window.details.revise_action.trigger()
    m = _first(document, window)
    assert (m.due.text, m.original_due.text) == ("March 31, 2021", "September 30, 2020")


def test_progress_entry_recorded_undone_and_frozen(window, document: Document, monkeypatch) -> None:
    document.add_period(ReportingPeriod("Q2 2020-21", dt.date(2020, 7, 1), dt.date(2020, 9, 30)))
    shown: list[ProgressDialog] = []

    def run(dialog) -> bool:
        assert isinstance(dialog, ProgressDialog)
        shown.append(dialog)
        dialog.as_of.setDate(QDate(2020, 10, 20))
        dialog.status.setCurrentIndex(dialog.status.findData("at risk"))
        dialog.text.setPlainText("Vendor late")
        dialog.percent.setValue(30)
        dialog.delay_reason.setPlainText("Procurement")
        dialog.evidence.setPlainText("GCdocs 555\n\nhttps://example.gc.ca/a")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", run)
    window.select_row(0)
    panel = window.details.milestones
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    window.details.progress_action.trigger()
    m = _first(document, window)
    (entry,) = m.progress
    assert (entry.as_of, entry.status, entry.text, entry.percent) == (
        dt.date(2020, 10, 20),
        MilestoneStatus.AT_RISK,
        "Vendor late",
        30,
    )
    assert entry.evidence == ("GCdocs 555", "https://example.gc.ca/a")
    assert m.status is MilestoneStatus.AT_RISK
    window.menus.undo_action.trigger()
    assert _first(document, window).progress == []
    window.menus.redo_action.trigger()
    assert len(_first(document, window).progress) == 1


def test_progress_dialog_refuses_a_date_in_a_closed_period(window, document: Document) -> None:
    period = ReportingPeriod("Q2 2020-21", dt.date(2020, 7, 1), dt.date(2020, 9, 30), id=1)
    m = _first(document, window)
    dialog = ProgressDialog(m, [period], dt.date(2020, 11, 1))
    dialog.as_of.setDate(QDate(2020, 9, 15))
    dialog.text.setPlainText("late entry")
    dialog.accept()
    assert dialog.outcome() is None
    assert "closed reporting period" in dialog.message.text()
    dialog.as_of.setDate(QDate(2020, 10, 15))
    dialog.accept()
    assert dialog.outcome().progress[0].text == "late entry"


def test_record_submission_then_date_changes_are_tracked(window, document, monkeypatch) -> None:
    from planapp.ui.submission_dialog import SubmissionDialog

    def run(dialog) -> bool:
        if isinstance(dialog, SubmissionDialog):
            dialog.on.setDate(QDate(2020, 6, 1))
            dialog.recipient.setCurrentText("PACP")
            return True
        return _answer_revision("Late data")(dialog)

    monkeypatch.setattr(dialogs, "run", run)
    window.menus.submission_action.trigger()
    assert document.submitted_on(window.plan.id) == dt.date(2020, 6, 1)
    window.select_row(0)
    panel = window.details.milestones
    panel.model.setData(panel.model.index(0, DUE), "January 31, 2021")
    assert _first(document, window).revisions[0].reason == "Late data"
    window.menus.undo_action.trigger()  # the date change
    window.menus.undo_action.trigger()  # the submission
    assert document.submissions(window.plan.id) == []


def test_recommendation_status_and_assessments(window, document, monkeypatch) -> None:
    from planapp.domain.status import AssessmentSource, RecommendationStatus
    from planapp.ui.status_dialog import StatusDialog

    def run(dialog) -> bool:
        assert isinstance(dialog, StatusDialog)
        assert dialog.hint.text().startswith("Suggested from its milestones: In progress.")
        dialog.status.setCurrentIndex(
            dialog.status.findData(RecommendationStatus.SUBSTANTIALLY_IMPLEMENTED.value)
        )
        dialog.source.setCurrentIndex(dialog.source.findData(AssessmentSource.OAG.value))
        dialog.on.setDate(QDate(2022, 5, 1))
        dialog.rating.setText("Satisfactory progress")
        dialog.reference.setText("2022 Report 4")
        dialog.add_assessment()
        return True

    monkeypatch.setattr(dialogs, "run", run)
    window.select_row(0)
    window.details.status_action.trigger()
    rec = document.load_plan(window.plan.id).recommendations[0]
    assert rec.status is RecommendationStatus.SUBSTANTIALLY_IMPLEMENTED
    (a,) = rec.assessments
    assert (a.source, a.assessed_on, a.rating, a.reference) == (
        AssessmentSource.OAG,
        dt.date(2022, 5, 1),
        "Satisfactory progress",
        "2022 Report 4",
    )
    window.menus.undo_action.trigger()
    rec = document.load_plan(window.plan.id).recommendations[0]
    assert rec.status is None and rec.assessments == []
