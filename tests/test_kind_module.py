"""A new kind is one module (tests/appointments_kind.py): summarised with the scripted model, stored,
queried, exported and shown in both HTML views without a line of its own anywhere else."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from appointments_kind import APPOINTMENTS
from conftest import stored_and_queried
from scripted_model import Reply, scripted_summary

from summarizer.kinds import get, register
from summarizer.kinds.registry import forget
from summarizer.schemas import DateRef, Entity

ARTICLE = (
    "The president appointed Maria Lopez as finance minister on Monday. "
    "Lopez met the central bank governor in Madrid on Tuesday. "
    "She said the budget would be balanced."
)
SCRIPT: dict[str, dict[str, Reply]] = {"appointment": {"appointed Maria Lopez": {"appointment": True, "person": "Maria Lopez",
                                                    "post": "finance minister"}}}


@pytest.fixture(autouse=True)
def _registered() -> Iterator[None]:
    register(APPOINTMENTS)
    yield
    forget(APPOINTMENTS.name)


def test_a_kind_from_one_module_runs_end_to_end(tmp_path: Path) -> None:
    from summarizer.batch.views import write_export
    from summarizer.render.collection import collection_page
    from summarizer.render.formats import to_markdown, to_table
    from summarizer.render.html import html

    assert get("appointments") is APPOINTMENTS
    summary, backend = scripted_summary(ARTICLE, SCRIPT, tmp_path,
                                        kinds=("trips", "meetings", "quotes", "appointments"))
    assert backend.subjects("appointment") == ["The president appointed Maria Lopez as finance minister on Monday."]
    [record] = summary.records
    assert record.kind == "appointments" and record.fields["post"] == "finance minister"
    person, when = record.fields["person"], record.fields["when"]
    assert isinstance(person, Entity) and person.name == "Maria Lopez"
    assert isinstance(when, DateRef) and when.value == "2024-03-04"  # "on Monday" before 2024-03-06
    assert ARTICLE[record.evidence[0].start:record.evidence[0].end] == record.evidence[0].text

    assert "## Appointments (1)" in to_markdown(summary) and "post: finance minister" in to_markdown(summary)
    assert "Appointments" in to_table(summary, width=200)
    page = html(summary, ARTICLE)
    assert "<h3>Appointments (1)</h3>" in page and 'style="background:#0891b2">P1</span>' in page
    assert "<dt>Post</dt><dd>finance minister</dd>" in page

    db, count, shown = stored_and_queried(tmp_path, summary, ARTICLE, "appointments", "Lopez")
    assert count == 1 and "Maria Lopez [person] in 1 article(s)" in shown
    exported = tmp_path / "appointments.jsonl"
    assert write_export(db, fmt="jsonl", kind="appointments", output=exported) == 1
    row = json.loads(exported.read_text(encoding="utf-8"))
    assert row["kind"] == "appointments" and row["who"] == "Maria Lopez" and row["date"] == "2024-03-04"
    assert collection_page(db).count('data-cat="rec"') == 1
