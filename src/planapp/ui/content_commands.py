"""The undoable edit of a recommendation's text in the plan's other language.

The other language's texts live in the recommendation's ``translations``; an edit of one of
them stores the whole new dict through the same store operation as any field
(``set_recommendation(translations=…)``), with what the user saw as ``expect``, so it is one
undo step, is checked for conflicts, and is kept in the history like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planapp.domain.bilingual import other_language, with_text
from planapp.domain.fields import BY_NAME
from planapp.domain.plan import Recommendation
from planapp.domain.richtext import plain_preview
from planapp.store.document import Document
from planapp.ui.commands import EditRecommendation, StoreCommand


def _undo_text(rec: Recommendation, field: str, lang: str) -> str:
    label = BY_NAME[field].label
    ref = plain_preview(rec.ref, 20) or "recommendation"
    if lang == "fr":
        text = QCoreApplication.translate("EditTranslation", "Edit French {field} of {ref}")
    else:
        text = QCoreApplication.translate("EditTranslation", "Edit English {field} of {ref}")
    return text.format(field=label, ref=ref)


class EditTranslation(EditRecommendation):
    """Set ``field``'s text in ``lang`` (not the plan's primary language) to ``value``."""

    def __init__(
        self,
        doc: Document,
        rec: Recommendation,
        field: str,
        lang: str,
        value: str,
        force: bool = False,
    ) -> None:
        # ``lang`` is not the primary language, so the primary is the other one.
        new = with_text(rec, field, lang, other_language(lang), value).translations
        super().__init__(doc, rec, "translations", new, force=force)
        self.setText(_undo_text(rec, field, lang))
        self.text_field, self.lang, self.value = field, lang, value
        self.ref = rec.ref

    def again(self) -> StoreCommand:
        seen = Recommendation(id=self.rec_id, ref=self.ref, translations=dict(self.old))
        return EditTranslation(self.doc, seen, self.text_field, self.lang, self.value)

    def forced(self, text: str) -> StoreCommand:
        current = self.doc.load_recommendation(self.rec_id)
        return EditTranslation(self.doc, current, self.text_field, self.lang, text, force=True)
