"""One event, many reports: linking trips and meetings across the articles of a store.

Stores are built with the store's own writer from the fixtures' expected summaries and from short
articles written here, with records whose spans point into their text, as the pipeline makes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES

from summarizer.schemas import ArticleSummary, DateRef, Entity, Meeting, Place, Span, Trip
from summarizer.store import ArticleIdentity, Store
from summarizer.store.linked_events import events_for
from summarizer.store.linking import Report, compare, link_events, link_reports


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words), text=words)


def _when(text: str, words: str, value: str, precision: str = "day") -> DateRef:
    return DateRef(text=words, value=value, precision=precision, span=_span(text, words))  # type: ignore[arg-type]


def _person(name: str, role: str | None = None) -> Entity:
    return Entity(name=name, kind="person", role=role)


def _org(name: str) -> Entity:
    return Entity(name=name, kind="organisation")


def _save(store: Store, article_id: str, published: str | None, text: str, *, trips: list[Trip] | None = None,
          meetings: list[Meeting] | None = None) -> None:
    trips, meetings = trips or [], meetings or []
    records: list[Trip | Meeting] = [*trips, *meetings]
    for record in records:
        for span in record.evidence:
            assert text[span.start:span.end] == span.text
    summary = ArticleSummary(doc_id=article_id, published=published, model="openai:test", trips=trips, meetings=meetings)
    store.save(ArticleIdentity(id=article_id, source=f"{article_id}.txt", published=published, title=article_id), summary)


def _expected(store: Store, doc_id: str) -> None:
    data = json.loads((FIXTURES / "expected" / f"{doc_id}.json").read_text(encoding="utf-8"))
    store.save(ArticleIdentity(id=doc_id, source=f"{doc_id}.txt", published=data["published"], title=doc_id),
               ArticleSummary.model_validate(data))


TOKYO = ("US Secretary of State Antony Blinken and Defence Secretary Lloyd Austin will travel to Tokyo and Seoul "
         "next week. The two secretaries arrive in Japan on March 15 for security talks with their counterparts.")


def _tokyo_trip() -> Trip:
    return Trip(
        travellers=[_person("Antony Blinken", "Secretary of State"), _person("Lloyd Austin", "Defence Secretary")],
        destinations=[Place(name="Tokyo", country="Japan", country_code="JP"),
                      Place(name="Seoul", country="South Korea", country_code="KR")],
        when=_when(TOKYO, "on March 15", "2021-03-15"), status="planned", mode="in_person",
        evidence=[_span(TOKYO, TOKYO.split(". ")[0] + "."), _span(TOKYO, TOKYO.split(". ")[1])],
    )


def test_the_seed_trip_told_again_elsewhere_is_one_event_with_both_sources(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as store:
        _expected(store, "atf-blinken-austin-asia")
        _expected(store, "VOA_EN_NW_2016.05.16.3331907")
        _save(store, "wire-tokyo", "2021-03-10", TOKYO, trips=[_tokyo_trip()])
        stats = link_events(store.conn)
        events = events_for(store.conn, name="Lloyd Austin", kind="trip")
        assert stats.linked == 1 and stats.conflicts == 0
        assert len(events) == 1
        event = events[0]
        assert [s.article_id for s in event.sources] == ["atf-blinken-austin-asia", "wire-tokyo"]
        assert event.date == "2021-03-15" and event.when() == "2021-03-15"  # the most precise date both agree with
        assert set(event.people) == {"Antony Blinken", "Lloyd Austin"}
        assert {"japan", "south korea", "tokyo", "seoul"} <= set(event.places)
        seed_words = store.conn.execute("SELECT text FROM evidence WHERE article_id = 'atf-blinken-austin-asia' "
                                        "AND record_kind = 'trip'").fetchall()
        assert set(event.sources[0].evidence) <= {r[0] for r in seed_words} and event.sources[1].evidence
        # Blinken's virtual trip to Mexico in February is another event: one source.
        mexico = [e for e in events_for(store.conn, name="Antony Blinken", kind="trip") if e.id != event.id]
        assert len(mexico) == 1 and len(mexico[0].sources) == 1 and mexico[0].date == "2021-02-26"
        assert events_for(store.conn, name="Antony Blinken", min_sources=2) == events
        # Nothing of the VOA article (Uganda, 2016) is linked to anything.
        assert all(len(e.sources) == 1 for e in events_for(store.conn, name="Kizza Besigye"))


PENSION_A = ("Union leaders held talks with Deputy Prime Minister John Prescott on pension reform in Gateshead "
             "on 19 March, but no deal was reached.")
PENSION_B = "Unison and John Prescott held talks on pension reform in Gateshead on 20 March, the union said."


def _pension(text: str, words: str, value: str, who: list[Entity], fmt: str = "in_person") -> Meeting:
    return Meeting(participants=who, when=_when(text, words, value), format=fmt,  # type: ignore[arg-type]
                   topics=["pension reform"], status="completed", evidence=[_span(text, text)])


def test_two_dates_for_one_meeting_are_kept_as_a_conflict_with_their_sources(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as store:
        prescott, unison = _person("John Prescott"), _org("Unison")
        _save(store, "a", "2005-03-20", PENSION_A, meetings=[_pension(PENSION_A, "on 19 March", "2005-03-19", [prescott, unison])])
        _save(store, "b", "2005-03-21", PENSION_B, meetings=[_pension(PENSION_B, "on 20 March", "2005-03-20", [unison, prescott],
                                                                     fmt="video")])
        link_events(store.conn)
        (event,) = events_for(store.conn, name="Prescott")
    assert event.date is None and event.when() == "2005-03-19 (1) | 2005-03-20 (1)"
    assert event.conflict_lines() == ["date: 2005-03-19 [a] | 2005-03-20 [b]", "format: in_person [a] | video [b]"]
    assert len(event.sources) == 2


BROWN_A = "Gordon Brown arrived in Tanzania on 3 February to see how debt relief is spent."
BROWN_B = "Gordon Brown arrived in Kenya on 3 February to see how debt relief is spent."
BROWN_C = "Gordon Brown flew to Kenya on 24 February for talks on debt relief."


def _brown(text: str, place: str, code: str, words: str, value: str) -> Trip:
    return Trip(travellers=[_person("Gordon Brown")], destinations=[Place(name=place, country_code=code)],
                when=_when(text, words, value), evidence=[_span(text, text)])


def test_two_places_on_one_day_are_a_conflict_and_another_day_is_another_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as store:
        _save(store, "a", "2005-02-04", BROWN_A, trips=[_brown(BROWN_A, "Tanzania", "TZ", "on 3 February", "2005-02-03")])
        _save(store, "b", "2005-02-04", BROWN_B, trips=[_brown(BROWN_B, "Kenya", "KE", "on 3 February", "2005-02-03")])
        _save(store, "c", "2005-02-25", BROWN_C, trips=[_brown(BROWN_C, "Kenya", "KE", "on 24 February", "2005-02-24")])
        stats = link_events(store.conn)
        first, second = events_for(store.conn, name="Gordon Brown")
    assert stats.events == 2 and stats.conflicts == 1
    assert first.conflict_lines() == ["place: tanzania [a] | kenya [b]"] and first.date == "2005-02-03"
    assert [s.article_id for s in second.sources] == ["c"] and not second.conflicts


def _report(article: str, people: set[int], first: str | None = None, last: str | None = None, *,
            published: str | None = None, words: str = "", kind: str = "meeting",
            places: tuple[tuple[str, str | None], ...] = ()) -> Report:
    return Report(kind, hash(article) % 1000, article, frozenset(people), first, last or first, first, places,
                  published=published, words=frozenset(words.split()))


def test_a_cluster_never_chains_reports_that_disagree() -> None:
    a = _report("a", {1, 2}, "2005-03-01")
    b = _report("b", {1, 2}, "2005-03-01", "2005-03-31")  # "in March" agrees with both
    c = _report("c", {1, 2}, "2005-03-20")
    assert compare(a, b) == set() and compare(b, c) == set() and compare(a, c) is None  # 19 days apart
    groups = link_reports([a, b, c])
    assert sorted(sorted(r.article_id for r in g) for g in groups) == [["a", "b"], ["c"]]


@pytest.mark.parametrize(("a", "b", "linked"), [
    # Undated: the articles' publication dates decide.
    (_report("a", {1, 2}, published="2005-03-01"), _report("b", {1, 2}, published="2005-03-05"), True),
    (_report("a", {1, 2}, published="2005-03-01"), _report("b", {1, 2}, published="2005-04-20"), False),
    # Undated and unpublished: only the same wording links them.
    (_report("a", {1, 2}, words="unions talks pension reform gateshead"),
     _report("b", {1, 2}, words="talks pension reform gateshead stalemate"), True),
    (_report("a", {1, 2}, words="unions talks pension reform gateshead"),
     _report("b", {1, 2}, words="budget speech treasury"), False),
    # One participant in common is not the same meeting; the same people are.
    (_report("a", {1, 2}, "2005-03-01"), _report("b", {1, 3}, "2005-03-01"), False),
    (_report("a", {1, 2, 3}, "2005-03-01"), _report("b", {1, 3}, "2005-03-01"), True),
    # Trips: one report may name fewer travellers, not others; a place in common is needed.
    (_report("a", {1, 2}, "2005-03-01", kind="trip", places=(("sheffield", "GB"),)),
     _report("b", {1}, "2005-03-01", kind="trip", places=(("sheffield", "GB"),)), True),
    (_report("a", {1, 2}, "2005-03-01", kind="trip", places=(("sheffield", "GB"),)),
     _report("b", {1, 3}, "2005-03-01", kind="trip", places=(("sheffield", "GB"),)), False),
    (_report("a", {1}, "2021-02-26", kind="trip", places=(("mexico", "MX"),)),
     _report("b", {1}, "2021-02-26", kind="trip", places=(("ciudad juárez", "MX"),)), True),
    (_report("a", {1}, "2005-03", "2005-03-31", kind="trip", places=(("brussels", "BE"),)),
     _report("b", {1}, "2005-03-10", kind="trip", places=(("washington", "US"),)), False),  # not the very same day
    # Two records of one article are never one event across articles.
    (_report("a", {1, 2}, "2005-03-01"), _report("a", {1, 2}, "2005-03-01"), False),
])
def test_what_links_and_what_does_not(a: Report, b: Report, linked: bool) -> None:
    assert (compare(a, b) is not None) is linked
    assert (compare(b, a) is not None) is linked  # the rule is symmetric
    assert len(link_reports([a, b])) == (1 if linked else 2)


def test_linking_is_rebuilt_whole_and_skips_failed_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as store:
        _expected(store, "atf-blinken-austin-asia")
        _save(store, "wire-tokyo", "2021-03-10", TOKYO, trips=[_tokyo_trip()])
        first = link_events(store.conn)
        again = link_events(store.conn)
        assert first == again
        assert store.conn.execute("SELECT count(*) FROM event_reports").fetchone()[0] == first.reports
        store.save(ArticleIdentity(id="wire-tokyo", source="wire-tokyo.txt"), None, status="error", error="HTTP 500")
        after = link_events(store.conn)
        assert after.linked == 0 and after.reports == first.reports - 1
        assert events_for(store.conn, name="Lloyd Austin", min_sources=2) == []
        # A date range finds the events with a report dated in it.
        march = events_for(store.conn, name="Antony Blinken", kind="trip", date_from="2021-03-01", date_to="2021-03-31")
        assert [e.date for e in march] == ["2021-03"]


def test_query_shows_each_event_once_with_its_sources_and_conflicts(tmp_path: Path) -> None:
    from test_cli import run_cli

    db = tmp_path / "c.sqlite"
    with Store(db) as store:
        _expected(store, "atf-blinken-austin-asia")
        _save(store, "wire-tokyo", "2021-03-10", TOKYO, trips=[_tokyo_trip()])
        _save(store, "a", "2005-02-04", BROWN_A, trips=[_brown(BROWN_A, "Tanzania", "TZ", "on 3 February", "2005-02-03")])
        _save(store, "b", "2005-02-04", BROWN_B, trips=[_brown(BROWN_B, "Kenya", "KE", "on 3 February", "2005-02-03")])
    # Not linked yet: the query links the store first, since it changed.
    shown = run_cli("query", "--db", str(db), "--traveller", "Lloyd Austin")
    out = shown.stdout.decode()
    assert shown.returncode == 0, shown.stderr.decode()
    assert "1 event(s): trips linked across articles" in out
    assert "atf-blinken-austin-asia" in out and "wire-tokyo" in out and "2021-03-15" in out
    brown = run_cli("query", "--db", str(db), "--traveller", "Gordon Brown").stdout.decode()
    assert "1 event(s)" in brown and "2: a" in brown
    assert "place: tanzania [a]" in brown and "kenya [b]" in brown  # the cell folds at 80 columns
