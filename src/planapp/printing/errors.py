"""What printing can fail on that the user can act on (no Qt: the window imports it at start-up
without loading the printing engine)."""

from __future__ import annotations


class PageTooSmallError(ValueError):
    """The chosen page cannot hold the plan's title and table header."""
