"""Make resources/screenshots/dashboard.png: the dashboard on a small realistic document.

QT_QPA_PLATFORM=offscreen .venv/bin/python resources/screenshots/make_dashboard.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from planapp.domain.followup import add_progress, revise_due
from planapp.domain.history import ProgressEntry, ReportingPeriod, Submission
from planapp.domain.plan import Contact, Milestone, Plan, Recommendation, WrittenDate
from planapp.domain.status import MilestoneStatus as S
from planapp.store.document import Document
from planapp.ui.dashboard import DashboardView

TODAY = dt.date(2026, 11, 16)
OUT = Path(__file__).with_name("dashboard.png")

PLANS = [
    (
        "Health Canada",
        "HC",
        "Report 3—Oversight of Medical Devices",
        "Medical Devices Directorate",
        [
            (
                "1.1",
                "Publish the revised post-market surveillance framework.",
                "2026-09-30",
                S.DELAYED,
            ),
            ("1.2", "Train regional inspectors on the new risk model.", "2026-12-15", S.ON_TRACK),
            (
                "2.1",
                "Report device incident trends to the ADM committee quarterly.",
                "2027-01-31",
                S.NOT_STARTED,
            ),
            ("2.2", "Evaluate the incident reporting portal.", "2026-11-30", S.AT_RISK),
        ],
    ),
    (
        "Public Services and Procurement Canada",
        "PSPC",
        "Report 7—Professional Services Contracting",
        "Procurement Branch",
        [
            (
                "1.1",
                "Issue guidance on documenting the need for professional services.",
                "2026-10-31",
                S.ON_TRACK,
            ),
            (
                "1.2",
                "Add a conflict-of-interest attestation to every contract file.",
                "2026-12-31",
                S.ON_TRACK,
            ),
            ("2.1", "Audit a sample of 2025-26 task authorizations.", "2027-02-28", S.NOT_STARTED),
            (
                "3.1",
                "Publish contract performance results on the open data portal.",
                "2026-11-20",
                S.COMPLETED,
            ),
        ],
    ),
    (
        "Indigenous Services Canada",
        "ISC",
        "Report 5—Drinking Water in First Nations Communities",
        "Regional Operations",
        [
            (
                "1.1",
                "Agree on an operations and maintenance funding formula with communities.",
                "2026-08-31",
                S.DELAYED,
            ),
            (
                "1.2",
                "Fund operator training and retention in every region.",
                "2027-01-15",
                S.ON_TRACK,
            ),
            ("2.1", "Report on long-term advisories lifted to PACP.", "2026-12-01", S.AT_RISK),
        ],
    ),
]


def build(path: Path) -> Document:
    doc = Document.open(path, create=True, lock=False)
    plans = []
    for department, acronym, audit, org, rows in PLANS:
        recs: dict[str, Recommendation] = {}
        for number, text, due, status in rows:
            ref = number.split(".")[0]
            recs.setdefault(
                ref,
                Recommendation(
                    ref=f"Rec. {ref}",
                    recommendation="…",
                    contacts=[Contact(organization=org, name="Director General")],
                ),
            )
            due = _written(dt.date.fromisoformat(due))
            m = Milestone(number, text, WrittenDate.of(due), status)
            if status is S.DELAYED:
                earlier = m.due.date - dt.timedelta(days=92)
                m = dataclass_replace_due(m, _written(earlier))
                m = revise_due(
                    m,
                    due,
                    reason="Consultations with partners took longer than planned",
                    approved_by="Departmental Audit Committee",
                    approved_on=dt.date(2026, 6, 12),
                )
            if status is S.COMPLETED:
                m.completed_on = WrittenDate.of("2026-10-28")
                m = add_progress(m, ProgressEntry(dt.date(2026, 10, 28), S.COMPLETED, "Published."))
            recs[ref].milestones.append(m)
        plans.append(
            Plan(
                department=department,
                acronym=acronym,
                audit_title=audit,
                recommendations=list(recs.values()),
            )
        )
    added = doc.add_plans(plans)
    for plan in added:
        doc.add_submission(plan.id, Submission(dt.date(2026, 3, 31), "PACP"))
    period = doc.add_period(
        ReportingPeriod("Q3 2026-27", dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    )
    doc.start_update_round(period.id)
    return doc


def _written(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def dataclass_replace_due(m: Milestone, text: str) -> Milestone:
    import dataclasses

    return dataclasses.replace(m, due=WrittenDate.of(text))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        doc = build(Path(tmp) / "followup.planapp")
        view = DashboardView(doc, TODAY, lambda _item: None)
        view.resize(1600, 640)
        view.show()
        app.processEvents()
        view.grab().save(str(OUT))
        view.close()
        doc.close()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
