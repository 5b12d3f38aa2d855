"""Score a summary of a seed article item by item, with date and scare-quote checks.

A seed gold file (``../shared/corpus/seed/*.gold.json``) lists ``quotes``, ``trips``,
``meetings`` and ``meetings_optional``, ``not_quotes`` (scare quotes) and
``indirect_attributions_optional``. Nothing here knows a particular article: every check is
driven by the fields a gold item has (a ``when`` with a ``value``; a trip's periods, see
:func:`_trip_periods`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.eval.corpus import GoldDoc
from summarizer.eval.metrics import PRF, Interval, greedy, intervals, quote_intervals, raw_overlap, span_chars
from summarizer.eval.names import contains_either, entity_names, names_alias, place_names
from summarizer.eval.quotes import score_quotes
from summarizer.eval.rows import EvalRow, Scored, Scorer, prf_row
from summarizer.schemas import ArticleSummary, DateRef, Span

__all__ = ["SCORER", "SeedItem", "SeedReport", "score_seed"]

#: Item kinds whose checks are all date checks (``when`` and trip period starts).
_DATED_KINDS = ("trip", "meeting")


@dataclass
class SeedItem:
    """One gold item of the seed article and what became of it.

    ``checks`` are (name, passed) pairs such as ('speaker', True) or ('when 2021-03', False);
    ``notes`` hold free text printed after them (e.g. the value a wrong date had).
    """

    kind: str
    index: int
    label: str
    found: bool
    checks: list[tuple[str, bool]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        """'quote 1 (US State Department): found, speaker ok'."""
        parts = ["found" if self.found else "missed"]
        parts += [f"{name} {'ok' if passed else 'wrong'}" for name, passed in self.checks]
        parts += self.notes
        return f"{self.kind} {self.index} ({self.label}): " + ", ".join(parts)


@dataclass
class SeedReport:
    """The seed article scored item by item.

    ``extra`` counts predictions matched to no gold item, per kind ('quote', 'trip',
    'meeting'); ``scare_quotes`` lists the predicted quote texts overlapping a ``not_quotes``
    span.
    """

    items: list[SeedItem] = field(default_factory=list)
    extra: dict[str, int] = field(default_factory=dict)
    scare_quotes: list[str] = field(default_factory=list)

    @property
    def scare_quote_errors(self) -> int:
        """How many predicted quotes are scare quotes."""
        return len(self.scare_quotes)

    def prf(self, kind: str) -> PRF:
        """Item counts of one kind: found = tp, missed = fn, extra predictions = fp."""
        items = [i for i in self.items if i.kind == kind]
        found = sum(1 for i in items if i.found)
        return PRF(tp=found, fp=self.extra.get(kind, 0), fn=len(items) - found)

    def date_checks(self, kind: str | None = None) -> tuple[int, int]:
        """(passed, total) over the date checks of the trips and meetings, or of one kind.

        Every check of a trip or meeting is a date check (its ``when``, a trip's period
        starts); quotes have speaker checks only.
        """
        kinds = _DATED_KINDS if kind is None else (kind,)
        checks = [
            passed for i in self.items if i.kind in _DATED_KINDS and i.kind in kinds for _, passed in i.checks
        ]
        return sum(checks), len(checks)

    def lines(self) -> list[str]:
        """The report as printable lines."""
        out = [item.line() for item in self.items]
        for kind in ("quote", "trip", "meeting"):
            if self.extra.get(kind):
                out.append(f"extra {kind} predictions: {self.extra[kind]}")
        out.append(f"scare quotes: {self.scare_quote_errors}")
        out += [f"  scare quote: {t!r}" for t in self.scare_quotes]
        return out


# --------------------------------------------------------------------------------------------
# Checks and matching
# --------------------------------------------------------------------------------------------


def _date_values(refs: Iterable[DateRef | None]) -> list[str]:
    return [r.value for r in refs if r is not None and r.value]


def _when_check(gold_item: dict[str, Any], when: DateRef | None, item: SeedItem) -> None:
    gold_when = gold_item.get("when")
    if not isinstance(gold_when, dict) or not gold_when.get("value"):
        return
    want = str(gold_when["value"])
    got = when.value if when is not None else None
    item.checks.append((f"when {want}", got == want))
    if got != want:
        item.notes.append(f"when was {got or 'missing'}")


def _trip_periods(gold_trip: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, start date) of each period a gold trip gives besides its ``when``.

    A period is any field whose value is an object with a non-empty ``start`` string, such as
    ``"seoul_leg": {"text": "two days from March 17", "start": "2021-03-17", "end": ...}``; it
    is named after the field, underscores as spaces ('seoul leg'). Fields come in file order.
    """
    out: list[tuple[str, str]] = []
    for key, value in gold_trip.items():
        if key != "when" and isinstance(value, dict):
            start = value.get("start")
            if isinstance(start, str) and start:
                out.append((key.replace("_", " "), start))
    return out


def _period_checks(gold_trip: dict[str, Any], dates: list[DateRef], when: DateRef | None, item: SeedItem) -> None:
    """For each period of the gold trip: some date of the trip (``dates`` or ``when``) is its start."""
    values = _date_values([*dates, when])
    for name, start in _trip_periods(gold_trip):
        item.checks.append((f"{name} start {start}", start in values))


def _agree_names(gold_names: Sequence[str], pred_names: Sequence[str], need: int) -> bool:
    """At least ``need`` gold names (all of them when fewer) alias some predicted name."""
    hits = sum(1 for g in gold_names if any(names_alias(g, p) or contains_either(g, p) for p in pred_names))
    return bool(gold_names) and hits >= min(need, len(gold_names))


def _match_items(
    pred_evidence: Sequence[Sequence[Span]],
    gold_evidence: Sequence[list[Interval]],
    agree: dict[tuple[int, int], bool],
) -> list[tuple[int, int]]:
    """Greedy one-to-one: evidence overlap first (by shared characters), then name agreement."""
    scores: dict[tuple[int, int], float] = {}
    for i, ev in enumerate(pred_evidence):
        spans = intervals(ev)
        for j, gold in enumerate(gold_evidence):
            n = raw_overlap(spans, gold)
            if n:
                scores[(i, j)] = 1_000_000.0 + n
            elif agree.get((i, j)):
                scores[(i, j)] = 1.0
    return greedy(scores)


def _gold_to_pred(
    pred_evidence: Sequence[Sequence[Span]], gold_items: list[dict[str, Any]], agree: dict[tuple[int, int], bool]
) -> dict[int, int]:
    """Gold index -> predicted index of the matched pairs (see :func:`_match_items`)."""
    gold_evidence = [intervals(g.get("evidence", [])) for g in gold_items]
    return {g: p for p, g in _match_items(pred_evidence, gold_evidence, agree)}


# --------------------------------------------------------------------------------------------
# The report, kind by kind
# --------------------------------------------------------------------------------------------


def _seed_quotes(summary: ArticleSummary, gold_doc: GoldDoc, report: SeedReport) -> None:
    qs = score_quotes(summary.quotes, gold_doc)
    by_gold = {m.gold_index: m for m in qs.matches}
    gold_quotes = [q for q in gold_doc.gold.get("quotes", []) if q.get("direct", True)]
    for j, q in enumerate(gold_quotes):
        item = SeedItem("quote", j + 1, str(q.get("speaker", "?")), j in by_gold)
        if j in by_gold:
            item.checks.append(("speaker", by_gold[j].speaker == "ok"))
            if by_gold[j].speaker != "ok":
                item.notes.append(f"speaker was {summary.quotes[by_gold[j].pred_index].speaker!r}")
        report.items.append(item)
    report.extra["quote"] = (
        len(summary.quotes) - qs.ignored_predictions - len(qs.matches)
    )


def _seed_trips(summary: ArticleSummary, gold: dict[str, Any], report: SeedReport) -> None:
    gold_trips = list(gold.get("trips", []))
    agree = {
        (i, j): _agree_names(g.get("travellers", []), entity_names(t.travellers), 1)
        and _agree_names(g.get("destinations", []), place_names(t.destinations), 1)
        for i, t in enumerate(summary.trips)
        for j, g in enumerate(gold_trips)
    }
    pairs = _gold_to_pred([t.evidence for t in summary.trips], gold_trips, agree)
    for j, g in enumerate(gold_trips):
        label = ", ".join(g.get("travellers", [])) + " -> " + ", ".join(g.get("destinations", []))
        item = SeedItem("trip", j + 1, label, j in pairs)
        if j in pairs:
            trip = summary.trips[pairs[j]]
            _when_check(g, trip.when, item)
            _period_checks(g, trip.dates, trip.when, item)
        report.items.append(item)
    report.extra["trip"] = len(summary.trips) - len(pairs)


def _seed_meetings(summary: ArticleSummary, gold: dict[str, Any], report: SeedReport) -> None:
    gold_meetings = list(gold.get("meetings", []))
    agree = {
        (i, j): _agree_names(g.get("participants", []), entity_names(m.participants), 2)
        for i, m in enumerate(summary.meetings)
        for j, g in enumerate(gold_meetings)
    }
    pairs = _gold_to_pred([m.evidence for m in summary.meetings], gold_meetings, agree)
    for j, g in enumerate(gold_meetings):
        item = SeedItem("meeting", j + 1, ", ".join(g.get("participants", [])), j in pairs)
        if j in pairs:
            _when_check(g, summary.meetings[pairs[j]].when, item)
        report.items.append(item)
    # An unmatched prediction that matches an optional gold meeting (by participants) is no error.
    optional = list(gold.get("meetings_optional", []))
    matched = set(pairs.values())
    optional_hits = sum(
        1
        for i, m in enumerate(summary.meetings)
        if i not in matched
        and any(_agree_names(g.get("participants", []), entity_names(m.participants), 2) for g in optional)
    )
    report.extra["meeting"] = len(summary.meetings) - len(pairs) - optional_hits


def _seed_scare_quotes(summary: ArticleSummary, gold_doc: GoldDoc, report: SeedReport) -> None:
    text = gold_doc.text
    not_quotes = [span_chars(text, [iv]) for iv in intervals(gold_doc.gold.get("not_quotes", []))]
    for q in summary.quotes:
        c = span_chars(text, quote_intervals(q, text))
        if any(c & n for n in not_quotes):
            report.scare_quotes.append(q.text)


def score_seed(summary: ArticleSummary, gold_doc: GoldDoc) -> SeedReport:
    """Score a summary of a seed article item by item.

    * Quotes: the pairs of :func:`score_quotes` (content overlap, one-to-one); a found quote
      also says whether its speaker aliases the gold speaker.
    * Trips: a prediction matches a gold trip when its evidence overlaps the gold evidence, or
      when a traveller aliases a gold traveller and a destination matches a gold destination;
      evidence matches are preferred, one-to-one. Date checks: ``when.value`` equals the gold
      ``when.value``; for each period the gold trip gives (a field holding an object with a
      ``start`` date, such as ``seoul_leg``), some date of the trip (``dates`` or ``when``)
      has its start value.
    * Meetings: evidence overlap, or at least two gold participants (all, when fewer) aliasing
      predicted participants; ``when.value`` checked like trips.
    * Scare quotes: predicted quotes overlapping a ``not_quotes`` span.

    Optional gold items are not listed; predictions matching nothing (an optional meeting
    included) count as ``extra``.
    """
    report = SeedReport()
    _seed_quotes(summary, gold_doc, report)
    _seed_trips(summary, gold_doc.gold, report)
    _seed_meetings(summary, gold_doc.gold, report)
    _seed_scare_quotes(summary, gold_doc, report)
    return report


def _rows(corpus: str, docs: list[Scored]) -> list[EvalRow]:
    """Meetings and trips of the seed's item report, with its date checks."""
    rows: list[EvalRow] = []
    if not docs:
        return rows
    for kind, item_kind in (("meetings", "meeting"), ("trips", "trip")):
        prf = PRF()
        ok = total = 0
        for d in docs:
            prf.add(d.scores.prf(item_kind))
            passed, checked = d.scores.date_checks(item_kind)
            ok += passed
            total += checked
        rows.append(prf_row(corpus, kind, prf, docs, {"date_checks_ok": ok, "date_checks": total}))
    return rows


SCORER = Scorer("seed", ("seed",), ("trips", "meetings", "quotes"), score_seed, _rows,
                lambda report: {"seed_report": report.lines()})
"""The seed article item by item (its quotes are scored by the quote scorer too)."""
