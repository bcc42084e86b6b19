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
        """Tell the listeners about the changes other windows committed since the last call
        (as for this document's own changes); returns them."""
        from planapp.store.document import Change

        if self._feed is None:
            return []
        fields = set(Change.__dataclass_fields__)
        changes = [Change(**{k: v for k, v in c.items() if k in fields}) for c in self._feed.poll()]
        for change in changes:
            self._notify_listeners(change)
        return changes

    def _announce(self, change: Any) -> None:
        """Send this document's committed change to the other windows on the server."""
        if not isinstance(self.path, ServerAddress) or self.read_only:
            return
        from planapp.store.errors import DocumentError

        # The change is committed; a server lost since only delays the others' refresh
        # (they reload when they reconnect): it must not fail the edit.
        with contextlib.suppress(DocumentError), self.engine.begin() as conn:
            announce(conn, self._live_token(), change)

    def _close_feed(self) -> None:
        if self._feed is not None:
            import psycopg

            with contextlib.suppress(psycopg.Error):
                self._feed.close()
            self._feed = None

    def _notify_listeners(self, change: Any) -> None:
        raise NotImplementedError
