"""Entities merged across articles, conservatively, with the merge kept visible.

Two mentions are one entity when they share a name key (the normalised full name, or an alias of
two words or more) and their kinds agree (the same kind, or one of them unknown). A one-word alias
("Blinken") never merges: it is too often someone else's surname. A quote speaker the article
leaves unresolved ("he", "the spokesman") is an entity of its own article only.
``article_entities`` records, for every article, which entity it was merged into under which name.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata

from summarizer.schemas import Entity

__all__ = ["entity_ids_for", "name_key", "resolve_entity"]

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[.\u2019'`´,]")


def name_key(name: str) -> str:
    """The form names are compared in: NFKC, case-folded, no dots or apostrophes, single spaces, no leading 'the'."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = _SPACE.sub(" ", _PUNCT.sub("", folded.replace("-", " "))).strip()
    return folded.removeprefix("the ").strip()


def _keys(entity: Entity) -> list[str]:
    """The entity's name keys: its full name first, then its aliases of two words or more."""
    keys = [name_key(entity.name)]
    keys += [name_key(a) for a in entity.aliases if len(name_key(a).split()) >= 2]
    return [k for k in dict.fromkeys(keys) if k]


def _compatible(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def _find(conn: sqlite3.Connection, keys: list[str], kind: str) -> int | None:
    for key in keys:
        rows = conn.execute(
            "SELECT e.id, e.kind FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.key = ? "
            "ORDER BY e.id", (key,)).fetchall()
        for entity_id, other_kind in rows:
            if _compatible(kind, other_kind):
                return int(entity_id)
    return None


def _update(conn: sqlite3.Connection, entity_id: int, entity: Entity) -> None:
    """Fold what this mention adds (aliases, a role, a kind, a country code) into the stored entity."""
    row = conn.execute("SELECT name, kind, role, aliases, country_code FROM entities WHERE id = ?", (entity_id,)).fetchone()
    name, kind, role, aliases_json, code = row
    aliases = list(json.loads(aliases_json))
    for alias in [entity.name, *entity.aliases]:
        if name_key(alias) != name_key(name) and alias not in aliases:
            aliases.append(alias)
    conn.execute(
        "UPDATE entities SET kind = ?, role = ?, aliases = ?, country_code = ? WHERE id = ?",
        (kind if kind != "unknown" else entity.kind, role or entity.role, json.dumps(aliases, ensure_ascii=False),
         code or entity.country_code, entity_id),
    )


def resolve_entity(conn: sqlite3.Connection, article_id: str, entity: Entity, *, mergeable: bool = True) -> int:
    """The id of the stored entity ``entity`` is (merged, or new), noted as seen in ``article_id``.

    ``mergeable=False`` (an unresolved quote speaker) makes an entity of this article alone: it is
    neither looked up nor findable by name keys.
    """
    keys = _keys(entity) if mergeable else []
    entity_id = _find(conn, keys, entity.kind) if keys else None
    if entity_id is None:
        cur = conn.execute(
            "INSERT INTO entities (name, kind, role, aliases, country_code) VALUES (?, ?, ?, ?, ?)",
            (entity.name, entity.kind, entity.role, json.dumps(entity.aliases, ensure_ascii=False), entity.country_code),
        )
        entity_id = int(cur.lastrowid or 0)
    else:
        _update(conn, entity_id, entity)
    conn.executemany("INSERT OR IGNORE INTO entity_names (key, entity_id) VALUES (?, ?)", [(k, entity_id) for k in keys])
    conn.execute(
        "INSERT OR IGNORE INTO article_entities (article_id, entity_id, name, role, aliases) VALUES (?, ?, ?, ?, ?)",
        (article_id, entity_id, entity.name, entity.role, json.dumps(entity.aliases, ensure_ascii=False)),
    )
    return entity_id


def entity_ids_for(conn: sqlite3.Connection, name: str) -> list[int]:
    """The entities a person asking for ``name`` means.

    The exact name key (a full name or a long alias) when one matches; else every entity whose
    name or an alias holds ``name`` as whole words ("Blinken" finds "Antony Blinken").
    """
    key = name_key(name)
    if not key:
        return []
    rows = conn.execute("SELECT DISTINCT entity_id FROM entity_names WHERE key = ? ORDER BY entity_id", (key,)).fetchall()
    if rows:
        return [int(r[0]) for r in rows]
    words = re.compile(r"(?:^| )" + re.escape(key) + r"(?: |$)")
    found: list[int] = []
    for entity_id, ename, aliases in conn.execute("SELECT id, name, aliases FROM entities ORDER BY id"):
        if any(words.search(name_key(n)) for n in [ename, *json.loads(aliases)]):
            found.append(int(entity_id))
    return found
