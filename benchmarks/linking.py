"""One event, many reports: what linking finds in a store, a sample to check by hand, and its speed.

Prints figures; asserts nothing.

    # 1. A manifest of the BBC politics articles (paths into ../shared/corpus, read in place; titles):
    python benchmarks/linking.py manifest ../shared/corpus/bbc_politics -o /tmp/bbc.jsonl
    # 2. Summarise them into a store (trips and meetings are what linking reads):
    summarizer batch /tmp/bbc.jsonl --db /tmp/bbc.sqlite --kinds trips,meetings
    # 3. Link, print the counts and every linked event (or a sample) with its evidence, to judge by hand:
    python benchmarks/linking.py report --db /tmp/bbc.sqlite [--sample 20 --seed 1] [--judged FILE]
    # Speed of linking alone, on generated reports:
    python benchmarks/linking.py speed --reports 20000

``--judged FILE``: a JSON object ``{"<event key>": true | false}`` (keys as printed: the kind and the
record ids) gives the precision of the links judged: the share of linked events whose reports are
all of one event.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import time
from pathlib import Path

from summarizer.store.linking import Report, link_events, link_reports


def write_manifest(folder: Path, output: Path) -> int:
    """A batch manifest (JSONL: id, path, title) of a corpus folder's texts; the texts stay where they are."""
    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
    with output.open("w", encoding="utf-8") as fh:
        for row in rows:
            path = (folder / "texts" / f"{row['doc_id']}.txt").resolve()
            fh.write(json.dumps({"id": row["doc_id"], "path": str(path), "title": row.get("title")}) + "\n")
    return len(rows)


def _linked(conn: sqlite3.Connection) -> list[tuple[int, str, str | None, int, str]]:
    return conn.execute("SELECT id, kind, date, sources, conflicts FROM events WHERE sources > 1 ORDER BY id").fetchall()


def _show(conn: sqlite3.Connection, event: tuple[int, str, str | None, int, str]) -> str:
    event_id, kind, date, sources, conflicts = event
    table = "trips" if kind == "trip" else "meetings"
    reports = conn.execute(
        f"SELECT er.record_id, er.article_id, a.title, r.date_text FROM event_reports er JOIN articles a "
        f"ON a.id = er.article_id JOIN {table} r ON r.id = er.record_id WHERE er.event_id = ? ORDER BY er.record_id",
        (event_id,)).fetchall()
    people = [r[0] for r in conn.execute("SELECT e.name FROM event_entities ee JOIN entities e ON e.id = ee.entity_id "
                                         "WHERE ee.event_id = ? ORDER BY e.name", (event_id,))]
    key = f"{kind}:" + "+".join(str(r[0]) for r in reports)
    lines = [f"[{key}] {kind}, {sources} sources, date {date or '?'}, people: {'; '.join(people)}"]
    for c in json.loads(conflicts):
        lines.append("  conflict " + c["field"] + ": " + " | ".join(f"{v['value']} {v['articles']}" for v in c["values"]))
    for record_id, article, title, date_text in reports:
        evidence = " ... ".join(r[0] for r in conn.execute(
            "SELECT text FROM evidence WHERE record_kind = ? AND record_id = ? ORDER BY idx", (kind, record_id)))
        lines.append(f"  - {article} ({title}) [{date_text or 'no date'}]: {evidence[:300]}")
    return "\n".join(lines)


def report(db: Path, sample: int | None, seed: int, judged: Path | None) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    started = time.perf_counter()
    stats = link_events(conn)
    seconds = time.perf_counter() - started
    articles = conn.execute("SELECT count(*) FROM articles WHERE status = 'ok'").fetchone()[0]
    print(f"{articles} articles, {stats.reports} reports (trips and meetings) -> {stats.events} events; "
          f"{stats.linked} linked from two sources or more, {stats.conflicts} detail(s) in conflict; {seconds:.2f} s")
    linked = _linked(conn)
    reported = sum(e[3] for e in linked)
    print(f"reports in linked events: {reported}; largest event: {max((e[3] for e in linked), default=0)} sources")
    shown = random.Random(seed).sample(linked, min(sample, len(linked))) if sample else linked
    for event in shown:
        print(_show(conn, event))
    if judged is not None:
        verdicts: dict[str, bool] = json.loads(judged.read_text(encoding="utf-8"))
        right = sum(verdicts.values())
        print(f"precision of the {len(verdicts)} linked event(s) judged: {right}/{len(verdicts)} = "
              f"{right / len(verdicts):.2f}" if verdicts else "no judgements")


def speed(count: int, seed: int) -> None:
    """Link ``count`` generated reports (people from a pool of 400, dates over two years, 30 places)."""
    rng = random.Random(seed)
    reports = []
    for n in range(count):
        day = f"2005-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        people = frozenset(rng.sample(range(400), rng.randint(1, 3)))
        place = ((f"place {rng.randint(0, 29)}", None),)
        reports.append(Report(rng.choice(["trip", "meeting"]), n, f"article {n // 3}", people, day, day, day, place,
                              published=day, words=frozenset(f"w{rng.randint(0, 200)}" for _ in range(12))))
    started = time.perf_counter()
    events = link_reports(reports)
    seconds = time.perf_counter() - started
    linked = sum(len({r.article_id for r in e}) > 1 for e in events)
    print(f"{count} reports -> {len(events)} events ({linked} linked) in {seconds:.2f} s "
          f"({seconds / count * 1000:.3f} ms per report)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("manifest")
    m.add_argument("folder", type=Path)
    m.add_argument("-o", "--output", type=Path, required=True)
    r = sub.add_parser("report")
    r.add_argument("--db", type=Path, required=True)
    r.add_argument("--sample", type=int)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--judged", type=Path)
    s = sub.add_parser("speed")
    s.add_argument("--reports", type=int, default=20000)
    s.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.command == "manifest":
        print(f"{write_manifest(args.folder, args.output)} articles listed in {args.output}")
    elif args.command == "report":
        report(args.db, args.sample, args.seed, args.judged)
    else:
        speed(args.reports, args.seed)


if __name__ == "__main__":
    main()
