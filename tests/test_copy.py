"""``planapp copy``: a document moves between a file and a server with every plan, follow-up
and history row; file → server → file gives the same document (compared table by table and
by ``planapp dump``)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planapp.domain.history import ProgressEntry
from planapp.domain.plan import Milestone, MilestoneStatus, Recommendation
from planapp.store.document import Document
from planapp.store.document_copy import copy_document
from planapp.store.transfer import CopyTargetError, dump_tables


def _dump(location: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "planapp", "dump", location],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.fixture
def edited_file(tmp_path: Path) -> Path:
    path = tmp_path / "source.planapp"
    with Document.open(path, create=True, sample=True) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        rec = plan.recommendations[0]
        doc.set_recommendation(rec.id, response="Edited before the copy")
        doc.set_milestones(rec.id, rec.milestones[:2])
        doc.add_progress(
            rec.milestones[0].id,
            ProgressEntry(dt.date(2020, 10, 1), MilestoneStatus.ON_TRACK, text="On track"),
            today=dt.date(2020, 10, 2),
        )
    return path


def test_file_to_server_to_file_is_the_same_document(
    edited_file: Path, empty_server_url: str, tmp_path: Path
) -> None:
    copied = copy_document(edited_file, empty_server_url)
    back = tmp_path / "back.planapp"
    assert copy_document(empty_server_url, back) == copied
    with (
        Document.open(edited_file) as a,
        Document.open(empty_server_url) as s,
        Document.open(back) as b,
    ):
        original, on_server, returned = dump_tables(a), dump_tables(s), dump_tables(b)
    assert original["change_log"] and original["progress_entry"]
    assert on_server == original
    assert returned == original
    assert _dump(str(back)) == _dump(str(edited_file)) == _dump(empty_server_url)


def test_server_copy_continues_with_new_ids(edited_file: Path, empty_server_url: str) -> None:
    """The server's id sequences start past the copied rows: new rows never collide."""
    copy_document(edited_file, empty_server_url)
    with Document.open(empty_server_url) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        new = Recommendation(ref="New", milestones=[Milestone("9")])
        rec = doc.insert_recommendation(plan.id, 0, new)
        assert rec.id > max(r.id for r in plan.recommendations)


def test_copy_never_replaces_a_document(edited_file: Path, tmp_path: Path, server_url: str) -> None:
    with pytest.raises(CopyTargetError, match="onto itself"):
        copy_document(edited_file, edited_file)
    existing = tmp_path / "existing.planapp"
    existing.write_bytes(b"keep me")
    with pytest.raises(CopyTargetError, match="already exists"):
        copy_document(edited_file, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(CopyTargetError, match="already holds plans"):
        copy_document(edited_file, server_url)  # the sample plan is there


def test_reading_commands_read_a_document_a_window_holds(edited_file: Path, tmp_path) -> None:
    with Document.open(edited_file):  # the window's lock
        dumped = _dump(str(edited_file))
        out = tmp_path / "plan.xlsx"
        result = subprocess.run(
            [sys.executable, "-m", "planapp", "export", str(edited_file), "-o", str(out)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    assert dumped["plans"][0]["recommendations"][0]["response"]["en"] == "Edited before the copy"
    assert out.stat().st_size > 0
