"""``planapp import WORKBOOK --translation OTHER``: the two language versions of a plan as one.

WORKBOOK's language (read from its headings and title rows) becomes the plan's primary
content language; OTHER's texts become the translations (``domain.plan_pairing``). What did
not pair is printed, so the user knows which texts still lack a version.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planapp.cli_common import CommandError
from planapp.domain.bilingual import content_language
from planapp.domain.plan import Plan
from planapp.domain.plan_pairing import pair_plans
from planapp.domain.texts import QT_TRANSLATE_NOOP

# The refusal when both workbooks read as one language, by that language.
SAME_LANGUAGE = {
    "en": QT_TRANSLATE_NOOP(
        "CliTranslation",
        "{first} and {second} both read as English; --translation takes the French version.",
    ),
    "fr": QT_TRANSLATE_NOOP(
        "CliTranslation",
        "{first} and {second} both read as French; --translation takes the English version.",
    ),
}


def paired_plans(
    primary: Sequence[Plan], translation: Sequence[Plan], workbook: str, other: str
) -> list[Plan]:
    """Each plan of ``workbook`` paired with the plan at the same place in ``other``; prints
    how they paired. CommandError when the two cannot be versions of each other."""
    names = Path(workbook).name, Path(other).name
    if len(primary) != len(translation):
        raise CommandError(
            QT_TRANSLATE_NOOP(
                "CliTranslation",
                "{first} holds {count} plan(s) and {second} {other}; --translation takes the "
                "other language's version of the same workbook.",
            ).format(first=names[0], count=len(primary), second=names[1], other=len(translation))
        )
    out = []
    for mine, theirs in zip(primary, translation, strict=True):
        lang = content_language(mine.language)
        if mine.language != "both" and theirs.language == mine.language:
            raise CommandError(SAME_LANGUAGE[lang].format(first=names[0], second=names[1]))
        english, french = (mine, theirs) if lang == "en" else (theirs, mine)
        result = pair_plans(english, french, primary=lang)
        print(
            QT_TRANSLATE_NOOP("CliTranslation", "paired {first} with {second}: {plan}").format(
                first=names[0], second=names[1], plan=mine.short_name
            )
        )
        for line in result.report.lines():
            print(f"  {line}")
        out.append(result.plan)
    return out
