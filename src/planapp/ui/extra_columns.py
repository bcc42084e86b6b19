"""The undoable edit of a recommendation's extra columns.

An imported plan keeps each column that maps to no template field as the recommendation's
extra columns (heading and text). The detail panel lists them as a small table the user can
edit, add to, reorder or empty; each edit is one store operation (``set_extra``) and one undo
step.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from planapp.domain.plan import ExtraColumn
from planapp.store.document import Document
from planapp.ui.commands import StoreCommand


class SetExtra(StoreCommand):
    """Replace a recommendation's extra columns with an edited list."""

    def __init__(
        self,
        doc: Document,
        rec_id: int,
        old: Sequence[ExtraColumn],
        new: Sequence[ExtraColumn],
        text: str,
    ) -> None:
        super().__init__(text)
        self.doc, self.rec_id = doc, rec_id
        self.old, self.new = copy.deepcopy(list(old)), copy.deepcopy(list(new))

    def _redo(self) -> None:
        self.doc.set_extra(self.rec_id, self.new, initiator=self)

    def _undo(self) -> None:
        self.doc.set_extra(self.rec_id, self.old, initiator=self)
