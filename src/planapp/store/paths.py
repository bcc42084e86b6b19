"""Where planapp keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "planapp"
DOCUMENT_SUFFIX = ".planapp"


def data_dir() -> Path:
    """The user's data folder; ``PLANAPP_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("PLANAPP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("PLANAPP_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_document() -> Path:
    """The embedded default document, created with the sample plan on first use."""
    return data_dir() / f"plans{DOCUMENT_SUFFIX}"
