"""Load the human-annotated evaluation corpus into :class:`GoldDoc` objects.

The corpus lives beside the checkout (``../shared/corpus``): PolNeAR quotes
(``quotes_gold.jsonl``), M2E2 events (``events_gold.jsonl``) and the seed article
(``*.gold.json``), each with its texts. All offsets in the gold files are Python string indices
into the article text, so texts are read exactly, without newline translation.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["HALVES", "GoldDoc", "load_corpus"]

_POLNEAR_GOLD = "quotes_gold.jsonl"
_M2E2_GOLD = "events_gold.jsonl"
_SEED_GOLD_SUFFIX = ".gold.json"
_M2E2_DATE = re.compile(r"(\d{4})\.(\d{2})\.(\d{2})")


@dataclass
class GoldDoc:
    """One annotated article: its text, reference date and the raw gold record.

    ``gold`` is the JSON object of the gold file as written (a PolNeAR or M2E2 line, or the
    seed ``*.gold.json``). ``split`` is PolNeAR's train/dev/test split, None elsewhere.
    ``half`` is :data:`HALVES`' 'read' or 'unread' (see :func:`load_corpus`).
    """

    corpus: str
    doc_id: str
    text: str
    published: date | None
    gold: dict[str, Any]
    split: str | None = None
    half: str = "read"


#: The two halves of the corpus: rules are written reading only the first, and both are measured.
HALVES: tuple[str, ...] = ("read", "unread")


def _assign_halves(docs: list[GoldDoc]) -> None:
    """PolNeAR: its train split is read, dev and test are not. M2E2: the documents ranked by the SHA-256 of
    their id, the first half read. The seed is read (it is the article the project was specified from)."""
    for d in docs:
        if d.corpus == "polnear":
            d.half = "read" if d.split == "train" else "unread"
    m2e2 = sorted((d for d in docs if d.corpus == "m2e2_voa"), key=lambda d: hashlib.sha256(d.doc_id.encode()).hexdigest())
    for rank, d in enumerate(m2e2):
        d.half = "read" if rank < (len(m2e2) + 1) // 2 else "unread"


def _read_text(path: Path) -> str:
    """Read a text exactly (no newline translation), so gold offsets stay valid."""
    return path.read_bytes().decode("utf-8")


def _parse_date(value: object) -> date | None:
    """Parse an ISO date string; None when absent or malformed."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _m2e2_date(doc_id: str) -> date | None:
    """Publication date from an M2E2 doc id: ``VOA_EN_NW_2014.01.31.1841956`` -> 2014-01-31."""
    m = _M2E2_DATE.search(doc_id)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _find_text(folder: Path, doc_id: str) -> Path:
    """The text of ``doc_id``: ``texts/<id>.txt`` or ``<id>.txt`` beside the gold."""
    for candidate in (folder / "texts" / f"{doc_id}.txt", folder / f"{doc_id}.txt"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no text for {doc_id!r} in {folder}")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file (blank lines skipped)."""
    out: list[dict[str, Any]] = []
    for line in _read_text(path).splitlines():
        if line.strip():
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise TypeError(f"{path}: a line is not a JSON object")
            out.append(obj)
    return out


def _load_polnear(folder: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for rec in _read_jsonl(folder / _POLNEAR_GOLD):
        doc_id = str(rec["doc_id"])
        split = rec.get("split")
        docs.append(
            GoldDoc(
                corpus="polnear",
                doc_id=doc_id,
                text=_read_text(_find_text(folder, doc_id)),
                published=_parse_date(rec.get("date")),
                gold=rec,
                split=str(split) if split is not None else None,
            )
        )
    return docs


def _load_m2e2(folder: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for rec in _read_jsonl(folder / _M2E2_GOLD):
        doc_id = str(rec["doc_id"])
        docs.append(
            GoldDoc(
                corpus="m2e2_voa",
                doc_id=doc_id,
                text=_read_text(_find_text(folder, doc_id)),
                published=_m2e2_date(doc_id),
                gold=rec,
            )
        )
    return docs


def _load_seed(folder: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for gold_path in sorted(folder.glob(f"*{_SEED_GOLD_SUFFIX}")):
        rec = json.loads(_read_text(gold_path))
        if not isinstance(rec, dict):
            raise TypeError(f"{gold_path}: not a JSON object")
        doc_id = str(rec.get("doc_id") or gold_path.name[: -len(_SEED_GOLD_SUFFIX)])
        docs.append(
            GoldDoc(
                corpus="seed",
                doc_id=doc_id,
                text=_read_text(_find_text(folder, doc_id)),
                published=_parse_date(rec.get("reference_date_hint")),
                gold=rec,
            )
        )
    return docs


def _corpus_kind(folder: Path) -> str | None:
    """Which gold a folder holds: 'polnear', 'm2e2_voa', 'seed' or None (no gold)."""
    if (folder / _POLNEAR_GOLD).is_file():
        return "polnear"
    if (folder / _M2E2_GOLD).is_file():
        return "m2e2_voa"
    if any(folder.glob(f"*{_SEED_GOLD_SUFFIX}")):
        return "seed"
    return None


def load_corpus(corpus_dir: Path, *, split: str | None = None, half: str | None = None) -> list[GoldDoc]:
    """Load the gold documents under ``corpus_dir``.

    ``corpus_dir`` is either the corpus root (holding ``seed/``, ``polnear/``, ``m2e2_voa/``;
    folders without gold, such as ``bbc_politics/``, are skipped) or one of those folders.
    The corpus is recognised by its gold file, not by the folder name.

    ``split`` keeps only PolNeAR documents of that split (its values are 'train', 'dev' and
    'test'). Seed and M2E2 documents have no split and are always kept: all of them are used
    whatever ``split`` asks for.

    ``half`` keeps only the documents of that half of :data:`HALVES`: 'read' (PolNeAR's train
    split, the first half of the M2E2 documents ranked by the SHA-256 of their id, the seed) or
    'unread' (the rest), so that rules written reading one half can be measured on the other.

    Documents come sorted by corpus name, then doc id.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"no corpus folder at {corpus_dir}")
    folders = (
        [corpus_dir] if _corpus_kind(corpus_dir) else sorted(p for p in corpus_dir.iterdir() if p.is_dir())
    )
    loaders = {"polnear": _load_polnear, "m2e2_voa": _load_m2e2, "seed": _load_seed}
    docs: list[GoldDoc] = []
    for folder in folders:
        kind = _corpus_kind(folder)
        if kind is not None:
            docs.extend(loaders[kind](folder))
    _assign_halves(docs)
    if split is not None:
        docs = [d for d in docs if d.split is None or d.split == split]
    if half is not None:
        if half not in HALVES:
            raise ValueError(f"half must be one of {', '.join(HALVES)}, got {half!r}")
        docs = [d for d in docs if d.half == half]
    docs.sort(key=lambda d: (d.corpus, d.doc_id))
    return docs
