"""``planapp import`` as a script runs it: --map, --show-mapping, --merge and its refusals."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.test_cli import planapp

HEADER = ["Observation", "Recommendation", "What we will do", "Who", "Finish by"]


def _few(path: Path, response: str = "") -> Path:
    """A plan table with too few known headings to read without a mapping."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Audit"
    ws.append(["Audit of Records Management — Action Plan"])
    ws.append(HEADER)
    ws.append(["Obs. 1", "Keep records.", "Adopt a records plan", "Records Office", "2021-06-30"])
    ws.append(["Obs. 2", "Train staff.", "Give a course", "Learning Unit", "2021-12-31"])
    wb.save(path)
    return path


def _map(path: Path, response: str = "Agreed.") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Audit of Fleet Management — Management Response and Action Plan"])
    ws.append(
        ["No.", "Recommendation", "Management Response", "Deliverables", "Lead", "Target Date"]
    )
    ws.append(
        ["1", "Track vehicle use.", response, "Usage log\nAnnual review", "CFO", "2022-03-31"]
    )
    ws.append(["2", "Dispose of old vehicles.", "Agreed.", "Disposal plan", "CFO", "2022-09-30"])
    wb.save(path)
    return path


MAPS = ["--map", "Observation=ref", "--map", "What we will do=actions", "--map", "E=due"]


def test_show_mapping_lists_every_column_and_imports_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    doc = tmp_path / "d.planapp"
    done = planapp("import", str(_few(tmp_path / "few.xlsx")), "--show-mapping", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Sheet “Audit”, headings in row 2 (language en; needs --map to be read):",
        "    A  Observation      -> extra",
        "    B  Recommendation   -> recommendation",
        "    C  What we will do  -> extra",
        "    D  Who              -> contacts",
        "    E  Finish by        -> extra",
    ]
    mapped = planapp(
        "import", str(tmp_path / "few.xlsx"), "--show-mapping", *MAPS, data_dir=data_dir
    )
    assert "    C  What we will do  -> actions  (--map)" in mapped.stdout.splitlines()
    assert "needs --map" not in mapped.stdout
    assert not doc.exists()


def test_too_few_headings_is_refused_naming_the_map_to_use(tmp_path: Path, data_dir: Path) -> None:
    doc = tmp_path / "d.planapp"
    done = planapp(
        "import", str(_few(tmp_path / "few.xlsx")), "--into", str(doc), data_dir=data_dir
    )
    assert done.returncode == 1 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(
        "planapp: few.xlsx has too few known plan headings to import sheet “Audit”"
    )
    assert "“Recommendation” (recommendation), “Who” (contacts)" in line
    assert '--map "Observation=actions"' in line

    done = planapp(
        "import", str(tmp_path / "few.xlsx"), "--into", str(doc), *MAPS, data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "added plan 1: Audit of Records Management — Action Plan "
        "(2 recommendations, 2 milestones, 2 contacts)\n"
    )
    (plan,) = json.loads(planapp("dump", str(doc), data_dir=data_dir).stdout)["plans"]
    first = plan["recommendations"][0]
    assert (first["ref"], first["recommendation"]["en"]) == ("Obs. 1", "Keep records.")
    assert first["milestones"][0]["description"]["en"] == "Adopt a records plan"
    assert first["completion"] == {"text": "2021-06-30", "date": "2021-06-30"}


def test_a_map_naming_no_column_or_no_field_is_one_line(tmp_path: Path, data_dir: Path) -> None:
    path = str(_few(tmp_path / "few.xlsx"))
    done = planapp("import", path, "--into", "d.planapp", "--map", "Nope=ref", data_dir=data_dir)
    assert done.returncode == 1
    assert done.stderr.startswith("planapp: --map: no column is headed “nope” (headings: ")
    done = planapp("import", path, "--into", "d.planapp", "--map", "Who=person", data_dir=data_dir)
    assert done.returncode == 1
    assert "“person” is not a field (fields: ref, recommendation," in done.stderr


def test_reimport_is_refused_without_merge_and_merged_with_it(
    tmp_path: Path, data_dir: Path
) -> None:
    doc = tmp_path / "d.planapp"
    first = planapp(
        "import", str(_map(tmp_path / "v1.xlsx")), "--into", str(doc), data_dir=data_dir
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("added plan 1: Audit of Fleet Management")

    again = planapp("import", str(tmp_path / "v1.xlsx"), "--into", str(doc), data_dir=data_dir)
    assert again.returncode == 1 and again.stdout == ""
    assert "already holds" in again.stderr and "--merge" in again.stderr
    assert "nothing was imported" in again.stderr

    changed = _map(tmp_path / "v2.xlsx", response="Agreed. A log will be kept from April.")
    merged = planapp("import", str(changed), "--into", str(doc), "--merge", data_dir=data_dir)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == (
        "merged into plan 1: Audit of Fleet Management — Management Response and Action Plan "
        "(1 change; 2 recommendations, 3 milestones, 2 contacts)\n"
    )
    (plan,) = json.loads(planapp("dump", str(doc), data_dir=data_dir).stdout)["plans"]
    assert plan["id"] == 1
    assert plan["recommendations"][0]["response"]["en"] == (
        "Agreed. A log will be kept from April."
    )

    same = planapp("import", str(changed), "--into", str(doc), "--merge", data_dir=data_dir)
    assert "already up to date" in same.stdout
