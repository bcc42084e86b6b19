"""Widgets, Qt models, dialogs and undo commands."""
