"""What a Document adds for live refresh on a server (a mixin, so document.py stays about
the plan): the change feed, announcing its own changes and receiving the others'."""

from __future__ import annotations

import contextlib
from typing import Any

from planapp.store.notify import ChangeFeed, announce, new_token
from planapp.store.server import ServerAddress


class LiveMethods:
    """Mixed into Document: ``path`` is a ServerAddress for a server document."""

    path: Any
    engine: Any
    read_only: bool
    _feed: ChangeFeed | None = None
    _token: str = ""

    def change_feed(self) -> ChangeFeed | None:
        """The live feed of a server document, made on first use (None for a file)."""
        if not isinstance(self.path, ServerAddress):
            return None
        if self._feed is None:
            self._feed = ChangeFeed(self.path.conninfo(), self._live_token())
        return self._feed

    def _live_token(self) -> str:
        if not self._token:
            self._token = new_token()
        return self._token

    def receive(self) -> list[Any]:
        """The changes other windows committed since the last call, as Change notices (the
        caller passes those it shows to ``_notify_listeners``)."""
        if self._feed is None:
            return []
        return [change_from_json(c) for c in self._feed.poll()]

    def _announce(self, change: Any) -> None:
        """Send this document's committed change to the other windows on the server."""
        if not isinstance(self.path, ServerAddress) or self.read_only:
            return
        from planapp.store.errors import DocumentError

        # The change is committed; a server lost since only delays the others' refresh
        # (they reload when they reconnect): it must not fail the edit.
        with contextlib.suppress(DocumentError), self.engine.begin() as conn:
            announce(conn, self._live_token(), change_to_json(change))

    def _close_feed(self) -> None:
        if self._feed is not None:
            import psycopg

            with contextlib.suppress(psycopg.Error):
                self._feed.close()
            self._feed = None

    def _notify_listeners(self, change: Any) -> None:
        raise NotImplementedError


#: The initiator of a change another window made (views keep their selection for it).
REMOTE = "another window"


def change_to_json(change: Any) -> dict[str, Any]:
    """A Change as plain values for a notice."""
    return {
        "what": change.what.value,
        "plan_id": change.plan_id,
        "recommendation_id": change.recommendation_id,
        "rows": [[r.op.value, r.recommendation_id, r.index, r.to_index] for r in change.rows],
        "plan_ids": list(change.plan_ids),
    }


def change_from_json(data: dict[str, Any]) -> Any:
    """The Change a notice describes, made by ``REMOTE``."""
    from planapp.store.document import Change, Changed, RowChange, RowOp

    return Change(
        Changed(int(data.get("what", 0))),
        data.get("plan_id"),
        data.get("recommendation_id"),
        tuple(RowChange(RowOp(op), rec_id, index, to) for op, rec_id, index, to in data["rows"]),
        tuple(data.get("plan_ids") or ()),
        initiator=REMOTE,
    )
