"""A plan's primary content language changed: every translated text changes side with it.

A plan's text attributes hold its primary language and ``translations`` the other
(``domain.bilingual``). When a plan written in English is set to French, the texts must keep
their meaning, so each translated field's two versions are exchanged in the same transaction
as the language change; a text with no translation stays where it is (it is the only text the
plan has). The recommendations' versions are raised, so another editor's stale copy cannot
write one language's text into the other's place.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from planapp.domain.bilingual import TRANSLATABLE, swap_sides
from planapp.domain.plan import Contact, ExtraColumn, Milestone, Recommendation
from planapp.store import convert
from planapp.store.tables import CONTACT, EXTRA, MILESTONE, REC

_TABLES = (
    (REC, Recommendation),
    (MILESTONE, Milestone),
    (CONTACT, Contact),
    (EXTRA, ExtraColumn),
)


def swap_plan_languages(conn: Connection, plan_id: int) -> int:
    """Exchange the two versions of every translated text of ``plan_id``; returns how many
    rows changed."""
    changed_recs: set[int] = set()
    count = 0
    for table, kind in _TABLES:
        names = TRANSLATABLE[kind]
        parent = table.c.id if table is REC else table.c.recommendation_id
        query = select(
            table.c.id, parent.label("rec_id"), table.c.translations, *(table.c[n] for n in names)
        )
        if table is REC:
            query = query.where(REC.c.plan_id == plan_id)
        else:
            query = query.join(REC, REC.c.id == table.c.recommendation_id).where(
                REC.c.plan_id == plan_id
            )
        rows: list[dict[str, Any]] = []
        for row in conn.execute(query).mappings():
            translations = convert.translations_from(row["translations"])
            if not translations:
                continue
            texts, swapped = swap_sides({n: row[n] for n in names}, translations)
            rows.append({"row_id": row["id"], "new_translations": swapped, **_bound(texts)})
            changed_recs.add(row["rec_id"])
        if rows:
            values: dict[str, Any] = {n: bindparam(f"new_{n}") for n in names}
            conn.execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values(
                    translations=bindparam("new_translations", type_=table.c.translations.type),
                    **values,
                ),
                rows,
            )
            count += len(rows)
    if changed_recs:
        conn.execute(
            update(REC).where(REC.c.id.in_(sorted(changed_recs))).values(version=REC.c.version + 1)
        )
    return count


def _bound(texts: dict[str, str]) -> dict[str, str]:
    return {f"new_{n}": text for n, text in texts.items()}
