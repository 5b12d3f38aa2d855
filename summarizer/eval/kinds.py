"""Score the records of a kind file against the gold events of the type the file names.

A kind file that says ``event_type = "Justice:Arrest-Jail"`` is scored against that type's M2E2 events
exactly as meetings are against ``Contact:Meet``: gold events one per sentence (their trigger's), a
prediction matches a gold event when its evidence shares characters with that sentence, pairs taken
greedily. On matched pairs, ``who_agreement`` says whether a person-typed gold argument (ACE entity
type PER, or any argument when the gold gives no type) and a name of the record's people agree (one
contains the other).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer.eval.corpus import GoldDoc
from summarizer.eval.events import GoldEvent, event_sentence, gold_sentences, match_by_sentence
from summarizer.eval.metrics import PRF, Agreement
from summarizer.eval.names import contains_either
from summarizer.schemas import Entity, Record

__all__ = ["KindScores", "gold_of_type", "kind_row_extra", "score_kind"]


@dataclass
class KindScores:
    """One kind's counts on one document (or summed over many)."""

    prf: PRF = field(default_factory=PRF)
    who: Agreement = field(default_factory=Agreement)

    def add(self, other: KindScores) -> None:
        """Add another document's counts."""
        self.prf.add(other.prf)
        self.who.add(other.who)


def gold_of_type(gold_doc: GoldDoc, event_type: str) -> list[GoldEvent]:
    """The document's events of ``event_type``, one per sentence holding a trigger (arguments pooled)."""
    sentences = gold_sentences(gold_doc)
    found: dict[tuple[int, int], GoldEvent] = {}
    for ev in gold_doc.gold.get("events", []):
        if ev.get("event_type") != event_type:
            continue
        trig = ev.get("trigger", {})
        sent = event_sentence(ev, sentences)
        args = [(str(a.get("entity_type") or ""), str(a.get("text", ""))) for a in ev.get("arguments", [])]
        if sent in found:
            found[sent].triggers.append(str(trig.get("text", "")))
            found[sent].arguments.extend(args)
        else:
            found[sent] = GoldEvent(event_type, sent, [str(trig.get("text", ""))], args)
    return [found[k] for k in sorted(found)]


def _names(record: Record) -> list[str]:
    out: list[str] = []
    for value in record.fields.values():
        for e in value if isinstance(value, list) else [value]:
            if isinstance(e, Entity):
                out += [e.name, *e.aliases]
    return out


def score_kind(records: list[Record], gold_doc: GoldDoc, event_type: str) -> KindScores:
    """Score one kind's predicted records against the document's gold events of ``event_type``."""
    golds = gold_of_type(gold_doc, event_type)
    prf, pairs = match_by_sentence([r.evidence for r in records], golds)
    out = KindScores(prf=prf)
    for p, g in pairs:
        people = [text for etype, text in golds[g].arguments if etype in ("PER", "")]
        if people:
            names = _names(records[p])
            out.who.add(Agreement(agree=int(any(contains_either(t, n) for t in people for n in names)), scored=1))
    return out


def kind_row_extra(scores: KindScores) -> dict[str, Any]:
    """The secondary figures of a kind's row."""
    return {"who_agreement": scores.who.rate, "who_scored": scores.who.scored}
