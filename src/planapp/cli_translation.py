"""``planapp import WORKBOOK --translation OTHER``: the two language versions of a plan as one.

WORKBOOK's language (read from its headings and title rows) becomes the plan's primary
content language; OTHER's texts become the translations (``domain.plan_pairing``). What did
not pair is printed, so the user knows which texts still lack a version.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planapp.cli_common import CommandError
from planapp.domain.bilingual import content_language, other_language
from planapp.domain.plan import Plan
from planapp.domain.plan_pairing import pair_plans
from planapp.domain.titles import LANGUAGE_NAMES


def paired_plans(
    primary: Sequence[Plan], translation: Sequence[Plan], workbook: str, other: str
) -> list[Plan]:
    """Each plan of ``workbook`` paired with the plan at the same place in ``other``; prints
    how they paired. CommandError when the two cannot be versions of each other."""
    names = Path(workbook).name, Path(other).name
    if len(primary) != len(translation):
        raise CommandError(
            f"{names[0]} holds {len(primary)} plan(s) and {names[1]} {len(translation)}; "
            "--translation takes the other language's version of the same workbook."
        )
    out = []
    for mine, theirs in zip(primary, translation, strict=True):
        lang = content_language(mine.language)
        if mine.language != "both" and theirs.language == mine.language:
            raise CommandError(
                f"{names[0]} and {names[1]} both read as {LANGUAGE_NAMES[lang]}; "
                f"--translation takes the {LANGUAGE_NAMES[other_language(lang)]} version."
            )
        english, french = (mine, theirs) if lang == "en" else (theirs, mine)
        result = pair_plans(english, french, primary=lang)
        print(f"paired {names[0]} with {names[1]}: {mine.short_name}")
        for line in result.report.lines():
            print(f"  {line}")
        out.append(result.plan)
    return out
