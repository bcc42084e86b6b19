"""``planapp dump`` shows every translatable text as ``{"en": …, "fr": …}``, in every plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from planapp.domain.plan import Contact, ExtraColumn, Milestone, Plan, Recommendation
from planapp.dump import plan_json
from planapp.store.document import Document


def _plan(language: str) -> Plan:
    return Plan(
        department="Health Canada",
        department_fr="Santé Canada",
        audit_title="Oversight",
        language=language,
        recommendations=[
            Recommendation(
                ref="Rec. 1",
                recommendation="Improve.",
                response="Agreed.",
                translations={"recommendation": "Améliorer."},
                milestones=[Milestone("1.1", "Draft.", translations={"description": "Rédiger."})],
                contacts=[Contact("HC", "Ann Lee", "DG", translations={"organization": "SC"})],
                extra=[ExtraColumn("Status", "Open", translations={"heading": "État"})],
            )
        ],
    )


def test_a_bilingual_plan_shows_both_versions_of_each_text() -> None:
    dumped = plan_json(_plan("both"))
    assert dumped["department"] == {"en": "Health Canada", "fr": "Santé Canada"}
    assert dumped["audit_title"] == {"en": "Oversight", "fr": ""}
    (rec,) = dumped["recommendations"]
    assert rec["ref"] == "Rec. 1"
    assert rec["recommendation"] == {"en": "Improve.", "fr": "Améliorer."}
    assert rec["response"] == {"en": "Agreed.", "fr": ""}
    assert rec["indicator"] == {"en": "", "fr": ""}
    assert rec["milestones"][0]["description"] == {"en": "Draft.", "fr": "Rédiger."}
    assert rec["milestones"][0]["number"] == "1.1"
    contact = rec["contacts"][0]
    assert list(contact) == ["organization", "name", "title", "phone", "email"]
    assert contact["organization"] == {"en": "HC", "fr": "SC"}
    assert contact["name"] == "Ann Lee" and contact["title"] == {"en": "DG", "fr": ""}
    assert rec["extra"] == [
        {"heading": {"en": "Status", "fr": "État"}, "text": {"en": "Open", "fr": ""}}
    ]


def test_a_french_plan_has_its_text_under_fr() -> None:
    (rec,) = plan_json(_plan("fr"))["recommendations"]
    # The attributes of a French plan are its French text; translations hold English.
    assert rec["recommendation"] == {"en": "Améliorer.", "fr": "Improve."}
    assert rec["response"] == {"en": "", "fr": "Agreed."}


def test_the_dump_command_prints_the_translations(tmp_path: Path) -> None:
    path = tmp_path / "bilingual.planapp"
    with Document.open(path, create=True) as doc:
        doc.add_plan(_plan("en"))
    env = dict(os.environ, PLANAPP_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "planapp", "dump", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    (plan,) = json.loads(out.stdout)["plans"]
    rec = plan["recommendations"][0]
    assert rec["recommendation"] == {"en": "Improve.", "fr": "Améliorer."}
    assert rec["extra"][0]["heading"] == {"en": "Status", "fr": "État"}
