"""The status words coordinators use for milestones and recommendations.

Milestone (action) statuses follow the audit committee's and PACP's follow-up tables. Release
0.1 wrote "in progress" for a milestone; that word now means "on track", and is still read
(from documents, workbooks' hidden records and the command line) as on track.
"""

from __future__ import annotations

from enum import StrEnum

from planapp.domain.texts import QT_TRANSLATE_NOOP, english


class MilestoneStatus(StrEnum):
    NOT_STARTED = "not started"
    ON_TRACK = "on track"
    AT_RISK = "at risk"
    DELAYED = "delayed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    # The 0.1 name of ON_TRACK, kept so code and files written for it still work.
    IN_PROGRESS = "on track"

    @classmethod
    def _missing_(cls, value: object) -> MilestoneStatus | None:
        if isinstance(value, str):
            word = " ".join(value.strip().lower().replace("_", " ").split())
            if word in OLD_MILESTONE_WORDS:
                return cls(OLD_MILESTONE_WORDS[word])
            for member in cls:
                if member.value == word:
                    return member
        return None

    @property
    def label(self) -> str:
        """The status in the user's language ("Not started", « Non commencé »)."""
        return str(MILESTONE_LABELS[self.value])

    @property
    def english_label(self) -> str:
        """The status in English, for an output in English whatever the user's language."""
        return english(MILESTONE_LABELS[self.value])

    @classmethod
    def from_text(cls, text: str) -> MilestoneStatus | None:
        """The status a user typed or pasted: its stored value, an earlier release's word,
        or its label in English or in the user's language ("Completed", « Terminé »),
        whatever the case and spacing; None when it names no status."""
        word = " ".join(str(text).split()).casefold()
        if (status := cls._missing_(word)) is not None:
            return status
        for member in cls:
            label = MILESTONE_LABELS[member.value]
            if word in (str(label).casefold(), english(label).casefold()):
                return member
        return None

    @property
    def is_open(self) -> bool:
        """Work still owed: neither completed nor cancelled."""
        return self not in (MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED)


MILESTONE_LABELS = {
    "not started": QT_TRANSLATE_NOOP("MilestoneStatus", "Not started"),
    "on track": QT_TRANSLATE_NOOP("MilestoneStatus", "On track"),
    "at risk": QT_TRANSLATE_NOOP("MilestoneStatus", "At risk"),
    "delayed": QT_TRANSLATE_NOOP("MilestoneStatus", "Delayed"),
    "completed": QT_TRANSLATE_NOOP("MilestoneStatus", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("MilestoneStatus", "Cancelled"),
}

# Words of earlier releases (and common variants) and the status they mean now.
OLD_MILESTONE_WORDS = {"in progress": "on track", "ongoing": "on track", "on-track": "on track"}


class RecommendationStatus(StrEnum):
    """Where a recommendation stands, in the words of the OAG's status reports."""

    IN_PROGRESS = "in progress"
    AWAITING_VERIFICATION = "implemented, awaiting verification"
    FULLY_IMPLEMENTED = "fully implemented"
    SUBSTANTIALLY_IMPLEMENTED = "substantially implemented"
    PARTIALLY_IMPLEMENTED = "partially implemented"
    NOT_IMPLEMENTED = "not implemented"
    WILL_NOT_BE_IMPLEMENTED = "will not be implemented"

    @property
    def label(self) -> str:
        """The status in the user's language."""
        return str(RECOMMENDATION_LABELS[self.value])


RECOMMENDATION_LABELS = {
    "in progress": QT_TRANSLATE_NOOP("RecommendationStatus", "In progress"),
    "implemented, awaiting verification": QT_TRANSLATE_NOOP(
        "RecommendationStatus", "Implemented, awaiting verification"
    ),
    "fully implemented": QT_TRANSLATE_NOOP("RecommendationStatus", "Fully implemented"),
    "substantially implemented": QT_TRANSLATE_NOOP(
        "RecommendationStatus", "Substantially implemented"
    ),
    "partially implemented": QT_TRANSLATE_NOOP("RecommendationStatus", "Partially implemented"),
    "not implemented": QT_TRANSLATE_NOOP("RecommendationStatus", "Not implemented"),
    "will not be implemented": QT_TRANSLATE_NOOP("RecommendationStatus", "Will not be implemented"),
}


class AssessmentSource(StrEnum):
    """Who judged a recommendation's progress from outside the team."""

    OAG = "OAG"
    PACP = "PACP"
    AUDIT_COMMITTEE = "audit committee"

    @property
    def label(self) -> str:
        if self is AssessmentSource.AUDIT_COMMITTEE:
            return str(QT_TRANSLATE_NOOP("AssessmentSource", "Audit committee"))
        return str(
            QT_TRANSLATE_NOOP("AssessmentSource", "OAG") if self.value == "OAG" else self.value
        )
