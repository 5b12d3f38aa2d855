"""llama.cpp's thread count follows the free cores; --threads / SUMMARIZER_THREADS fix it."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from summarizer.config import resolve_settings
from summarizer.errors import ConfigError
from summarizer.llm import threads
from summarizer.llm.threads import busy_cores, busy_from_stat, choose_threads

STAT_BEFORE = "cpu  200 0 100 700 0 0 0 0 0 0\ncpu0 100 0 50 350 0 0 0 0 0 0\ncpu1 100 0 50 350 0 0 0 0 0 0\nintr 1\n"


def _stat_after(busy0: int, busy1: int) -> str:
    """/proc/stat 100 jiffies per CPU later, with ``busy0`` and ``busy1`` of them not idle."""
    c0 = f"cpu0 {100 + busy0} 0 50 {450 - busy0} 0 0 0 0 0 0"
    c1 = f"cpu1 {100 + busy1} 0 50 {450 - busy1} 0 0 0 0 0 0"
    return f"cpu  0 0 0 0 0 0 0 0 0 0\n{c0}\n{c1}\nintr 1\n"


@pytest.mark.parametrize(
    "cores, busy, expected",
    [
        (2, 0.0, 2),  # an idle machine: every core
        (2, 0.3, 2),  # background noise takes no core
        (2, 1.0, 1),  # another process on one of the 2 cores: 1 thread, not 2 fighting over it
        (2, 0.7, 1),
        (2, 2.0, 1),  # never below 1
        (2, 5.0, 1),
        (1, 0.0, 1),
        (4, 1.0, 3),
        (64, 0.0, 8),  # at most MAX_AUTO_THREADS
        (2, float("nan"), 2),  # an unreadable load counts as none
    ],
)
def test_choice_follows_free_cores(cores: int, busy: float, expected: int) -> None:
    assert choose_threads(None, cores=cores, busy=busy) == expected


def test_never_more_than_the_affinity_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threads, "usable_cores", lambda: 3)
    monkeypatch.setattr(threads, "busy_cores", lambda: 0.0)
    assert choose_threads(None) == 3


def test_an_explicit_setting_is_used_as_given() -> None:
    assert choose_threads(6, cores=2, busy=2.0) == 6
    for bad in (0, -1, True):
        with pytest.raises(ValueError):
            choose_threads(bad, cores=2, busy=0.0)


def test_busy_cores_from_two_stat_readings() -> None:
    assert busy_from_stat(STAT_BEFORE, _stat_after(100, 0), {0, 1}) == pytest.approx(1.0)
    assert busy_from_stat(STAT_BEFORE, _stat_after(100, 100), {0, 1}) == pytest.approx(2.0)
    assert busy_from_stat(STAT_BEFORE, _stat_after(100, 100), {1}) == pytest.approx(1.0)  # only our CPUs count
    assert busy_from_stat(STAT_BEFORE, _stat_after(10, 0), None) == pytest.approx(0.1)
    assert busy_from_stat(STAT_BEFORE, STAT_BEFORE, {0, 1}) is None  # no time passed


def test_busy_cores_samples_proc_stat_then_falls_back_to_loadavg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    readings = iter([STAT_BEFORE, _stat_after(100, 0)])
    slept: list[float] = []
    files = {"/proc/loadavg": "1.50 1.00 0.50 2/100 42\n"}
    assert busy_cores(read=lambda p: next(readings) if p == "/proc/stat" else files[p], sleep=slept.append) == 1.0
    assert slept == [pytest.approx(0.1)]

    def no_stat(path: str) -> str:
        if path == "/proc/stat":
            raise OSError("no /proc/stat")
        return files[path]

    assert busy_cores(read=no_stat, sleep=lambda s: None) == 1.5

    def nothing(path: str) -> str:
        raise OSError(path)

    assert busy_cores(read=nothing, sleep=lambda s: None) == 0.0


def test_busy_cores_reads_this_machine() -> None:
    assert 0.0 <= busy_cores() <= 1024
    assert 1 <= choose_threads(None) <= threads.usable_cores()


def test_settings_take_threads_from_argument_or_environment() -> None:
    assert resolve_settings(model="local", env={}).n_threads is None
    assert resolve_settings(model="local", n_threads=3, env={}).n_threads == 3
    assert resolve_settings(model="local", env={"SUMMARIZER_THREADS": "2"}).n_threads == 2
    assert resolve_settings(model="local", n_threads=1, env={"SUMMARIZER_THREADS": "2"}).n_threads == 1


@pytest.mark.parametrize("options", [{"n_threads": 0}, {"n_threads": -2}, {"env": {"SUMMARIZER_THREADS": "0"}},
                                     {"env": {"SUMMARIZER_THREADS": "-1"}}, {"env": {"SUMMARIZER_THREADS": "two"}},
                                     {"env": {"SUMMARIZER_THREADS": "1.5"}}])
def test_bad_threads_are_config_errors(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match="THREADS|threads"):
        resolve_settings(model="local", **{"env": {}, **options})


def _fake_llama(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    class Llama:
        def __init__(self, **kwargs: Any) -> None:
            seen.update(kwargs)

        def generate(self, tokens: Any, **kwargs: Any) -> Any:  # wrapped by the backend at load
            raise AssertionError("not called here")

    monkeypatch.setitem(sys.modules, "llama_cpp", types.SimpleNamespace(Llama=Llama))
    return seen


def test_llama_backend_loads_with_the_free_cores(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from summarizer.llm.backends.llama import LlamaBackend

    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    seen = _fake_llama(monkeypatch)
    monkeypatch.setattr(threads, "usable_cores", lambda: 2)
    monkeypatch.setattr(threads, "busy_cores", lambda: 1.0)  # another process holds one of the 2 cores
    # One sequence: the fake has no context to give several (the thread count is the same either way).
    LlamaBackend(resolve_settings(model=f"local:{gguf}", parallel=1, env={})).load()
    assert seen["n_threads"] == 1
    # a prompt, or several sequences together, is decoded with the same count (not every CPU)
    assert seen["n_threads_batch"] == 1

    seen = _fake_llama(monkeypatch)
    LlamaBackend(resolve_settings(model=f"local:{gguf}", parallel=1, env={"SUMMARIZER_THREADS": "2"})).load()
    assert seen["n_threads"] == seen["n_threads_batch"] == 2


def test_cli_threads_option(tmp_path: Path) -> None:
    from conftest import SEED
    from test_cli import _one_line_error, run_cli

    _one_line_error(run_cli("summarize", str(SEED), "--threads", "0", "--cache-mode", "replay", "--cache-dir",
                            str(tmp_path)), 2, "threads")
