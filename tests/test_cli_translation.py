"""``planapp import EN.xlsx --translation FR.xlsx``: one plan from the two language versions."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from planapp.domain.template import headings
from tests.test_cli import planapp

ENGLISH = [
    ["Rec. 1", "Improve oversight.", "Agreed.", "Oversight improved.", "March 31, 2025",
     "1.1 Draft the framework. June 30, 2024\n1.2 Approve it. September 30, 2024", "", ""],
    ["Rec. 2", "Report yearly.", "Agreed.", "A yearly report.", "March 31, 2026", "", "", ""],
    ["Rec. 3", "Train staff.", "Agreed.", "Trained staff.", "March 31, 2026", "", "", ""],
]  # fmt: skip
FRENCH = [
    ["Rec. 1", "Améliorer la surveillance.", "Acceptée.", "Surveillance améliorée.",
     "31 mars 2025", "1.1 Rédiger le cadre. 30 juin 2024", "", ""],
    ["Rec. 2", "Faire rapport chaque année.", "Acceptée.", "Un rapport annuel.",
     "31 mars 2026", "", "", ""],
]  # fmt: skip


def _workbook(path: Path, lang: str, rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if lang == "fr":
        ws.append(["SANTÉ CANADA (SC) PLAN D'ACTION DÉTAILLÉ"])
        ws.append(["Rapport 3—Surveillance"])
    else:
        ws.append(["HEALTH CANADA (HC) DETAILED ACTION PLAN"])
        ws.append(["Report 3—Oversight"])
    ws.append(headings(lang))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_two_versions_become_one_plan_and_what_did_not_pair_is_printed(
    tmp_path: Path, data_dir: Path
) -> None:
    en = _workbook(tmp_path / "en.xlsx", "en", ENGLISH)
    fr = _workbook(tmp_path / "fr.xlsx", "fr", FRENCH)
    doc = tmp_path / "plans.planapp"
    done = planapp(
        "import", str(en), "--translation", str(fr), "--into", str(doc), data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "paired en.xlsx with fr.xlsx: Report 3—Oversight"
    assert (
        "  2 recommendation(s) paired: 2 by ref, 0 by the number in the ref, 0 by position" in lines
    )
    assert "  Rec. 1: milestone 2 (1.2) has no French version" in lines
    assert "  Rec. 3 is only in the English version" in lines
    assert lines[-1].startswith("added plan 1: Report 3—Oversight (3 recommendations")
    (plan,) = json.loads(planapp("dump", str(doc), data_dir=data_dir).stdout)["plans"]
    assert plan["language"] == "en"
    assert plan["department"] == {"en": "Health Canada", "fr": "SANTÉ CANADA"}
    assert plan["audit_title"] == {"en": "Report 3—Oversight", "fr": "Rapport 3—Surveillance"}
    rec1, rec2, rec3 = plan["recommendations"]
    assert rec1["recommendation"] == {
        "en": "Improve oversight.",
        "fr": "Améliorer la surveillance.",
    }
    assert rec1["completion"]["text"] == "March 31, 2025"
    assert rec1["milestones"][0]["description"]["fr"].startswith("Rédiger le cadre")
    assert rec1["milestones"][1]["description"]["fr"] == ""
    assert rec2["outcome"] == {"en": "A yearly report.", "fr": "Un rapport annuel."}
    assert rec3["response"] == {"en": "Agreed.", "fr": ""}


def test_the_french_workbook_first_makes_a_french_plan(tmp_path: Path, data_dir: Path) -> None:
    en = _workbook(tmp_path / "en.xlsx", "en", ENGLISH[:2])
    fr = _workbook(tmp_path / "fr.xlsx", "fr", FRENCH)
    doc = tmp_path / "plans.planapp"
    done = planapp(
        "import", str(fr), "--translation", str(en), "--into", str(doc), data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    (plan,) = json.loads(planapp("dump", str(doc), data_dir=data_dir).stdout)["plans"]
    assert plan["language"] == "fr"
    rec1 = plan["recommendations"][0]
    assert rec1["response"] == {"en": "Agreed.", "fr": "Acceptée."}
    assert rec1["completion"]["text"] == "31 mars 2025"


def test_refusals_say_why_and_import_nothing(tmp_path: Path, data_dir: Path) -> None:
    en = _workbook(tmp_path / "en.xlsx", "en", ENGLISH)
    en2 = _workbook(tmp_path / "en2.xlsx", "en", ENGLISH)
    fr = _workbook(tmp_path / "fr.xlsx", "fr", FRENCH)
    doc = tmp_path / "plans.planapp"
    same = planapp(
        "import", str(en), "--translation", str(en2), "--into", str(doc), data_dir=data_dir
    )
    assert same.returncode == 1
    assert "en.xlsx and en2.xlsx both read as English; --translation takes the French version" in (
        same.stderr
    )
    merge = planapp(
        "import",
        str(en),
        "--translation",
        str(fr),
        "--into",
        str(doc),
        "--merge",
        data_dir=data_dir,
    )
    assert merge.returncode == 1 and "cannot --merge" in merge.stderr
    assert not doc.exists() or json.loads(planapp("dump", str(doc), data_dir=data_dir).stdout) == {
        "plans": []
    }
    # Imported once, the pair is refused a second time like any known plan.
    assert (
        planapp(
            "import", str(en), "--translation", str(fr), "--into", str(doc), data_dir=data_dir
        ).returncode
        == 0
    )
    again = planapp(
        "import", str(en), "--translation", str(fr), "--into", str(doc), data_dir=data_dir
    )
    assert again.returncode == 1 and "already holds" in again.stderr


def test_help_explains_the_option(data_dir: Path) -> None:
    out = planapp("import", "--help", data_dir=data_dir).stdout
    assert "--translation OTHER.xlsx" in out and "other official language" in " ".join(out.split())
