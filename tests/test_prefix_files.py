"""Shared prompt prefixes kept in sequences of their own, and on disk for the next process.

Against the Python model of ``test_parallel_decoding`` (a unified KV cache whose next token
depends on the whole sequence, so a wrong prefix gives a different answer).
"""

from __future__ import annotations

from pathlib import Path

from test_parallel_decoding import PREFIX, FakeModel, alone, drain, greedy, prompts

from summarizer.config import resolve_settings
from summarizer.llm.backends.batched import Job, Scheduler
from summarizer.llm.backends.prefix_files import PrefixFiles, context_key, prune_stale

OTHER = list(range(100, 140))  # another kind's instructions


def run(sched: Scheduler, *prompt_list: list[int], keep_prefix: bool = True) -> list[Job]:
    jobs = [Job(prompt=p, max_tokens=3, choose=greedy, keep_prefix=keep_prefix) for p in prompt_list]
    for job in jobs:
        sched.submit(job)
        drain(sched)
    return jobs


def test_a_kinds_prefix_is_parked_and_outlives_the_sequences_other_kinds_take() -> None:
    sched = Scheduler(FakeModel(), slots=1, parked=1)
    first, second, third = prompts(3)
    run(sched, first, second)  # two questions of a kind: the 40 tokens they share are parked
    run(sched, prompts(1, OTHER)[0])  # another kind takes the one working sequence
    [job] = run(sched, third)
    assert job.reused == len(PREFIX)
    assert job.tokens == alone(third, 3).tokens
    # without a parked sequence the instructions are read again
    bare = Scheduler(FakeModel(), slots=1)
    run(bare, first, second, prompts(1, OTHER)[0])
    [again] = run(bare, third)
    assert again.reused < len(PREFIX) and again.tokens == job.tokens


def test_a_re_ask_parks_nothing() -> None:
    sched = Scheduler(FakeModel(), slots=1, parked=1)
    run(sched, *prompts(2), keep_prefix=False)
    assert sched.contents[1] == []


def test_the_next_process_starts_from_the_saved_prefix(tmp_path: Path) -> None:
    first = Scheduler(FakeModel(), slots=2, parked=2, files=PrefixFiles(tmp_path))
    run(first, *prompts(2))
    assert first.stats["prefixes_saved"] == 1
    [saved] = list(tmp_path.glob("*.cells"))
    later = prompts(3)[2]
    model = FakeModel()
    second = Scheduler(model, slots=2, parked=2, files=PrefixFiles(tmp_path))
    [job] = run(second, later)
    assert second.stats["prefixes_loaded"] == 1 and second.stats["prefixes_saved"] == 0
    assert job.reused == len(PREFIX) and second.stats["prompt_evaluated"] == len(later) - len(PREFIX)
    assert job.tokens == alone(later, 3).tokens
    assert list(tmp_path.glob("*.cells")) == [saved]


def test_a_damaged_or_foreign_file_is_removed_and_the_prefix_read_again(tmp_path: Path) -> None:
    files = PrefixFiles(tmp_path)
    files.save(PREFIX, b'{"another": "model"}')  # cells this model cannot load
    (tmp_path / ("0" * 64 + ".cells")).write_bytes(b"not a prefix file")
    sched = Scheduler(FakeModel(), slots=2, parked=2, files=PrefixFiles(tmp_path))
    later = prompts(3)[2]
    [job] = run(sched, later)
    assert job.reused == 0 and job.tokens == alone(later, 3).tokens
    assert sched.stats["prefixes_loaded"] == 0 and list(tmp_path.glob("*.cells")) == []


def test_a_longer_prefix_replaces_the_one_it_extends(tmp_path: Path) -> None:
    system = list(range(1, 37))
    kind_a, kind_b = system + list(range(200, 240)), system + list(range(300, 340))
    sched = Scheduler(FakeModel(), slots=2, parked=2, files=PrefixFiles(tmp_path))
    # two kinds: their first questions share the system prompt only, then two of the first kind share more
    jobs = [Job(prompt=p, max_tokens=3, choose=greedy)
            for p in (prompts(1, kind_a)[0], prompts(1, kind_b)[0], prompts(2, kind_a)[1])]
    for job in jobs:
        sched.submit(job)
    drain(sched)
    assert [job.reused for job in jobs] == [0, len(system), len(kind_a)]
    assert [sched.contents[s] for s in (2, 3) if sched.contents[s]] == [kind_a]
    assert [tokens for tokens, _ in PrefixFiles(tmp_path).read(8)] == [kind_a]


def test_files_beyond_capacity_go_least_recently_used_first(tmp_path: Path) -> None:
    files = PrefixFiles(tmp_path, capacity=2)
    for k in range(3):
        files.save([k] * 40, b"cells")
    assert sorted(tokens[0] for tokens, _ in PrefixFiles(tmp_path).read(8)) == [1, 2]
    assert not [p for p in tmp_path.iterdir() if p.suffix != ".cells"]  # no temporary file left


def test_the_folder_is_keyed_by_the_model_file_and_the_context(tmp_path: Path) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"weights")
    key = context_key(model, llama_cpp="0.3.36", type_k=1)
    assert key == context_key(model, llama_cpp="0.3.36", type_k=1)
    assert key != context_key(model, llama_cpp="0.3.37", type_k=1)
    model.write_bytes(b"other weights")
    assert key != context_key(model, llama_cpp="0.3.36", type_k=1)


def test_the_prefix_folder_setting() -> None:
    assert resolve_settings(model="local", env={"XDG_CACHE_HOME": "/c"}).prefix_dir == Path("/c/summarizer/prefixes")
    assert resolve_settings(model="local", env={"SUMMARIZER_PREFIX_DIR": "/p"}).prefix_dir == Path("/p")
    assert resolve_settings(model="local", env={"SUMMARIZER_PREFIX_DIR": "off"}).prefix_dir is None


def test_folders_of_models_unused_for_a_month_are_removed(tmp_path: Path) -> None:
    import os
    import time

    old = time.time() - 40 * 86400
    stale, recent, current = (tmp_path / (c * 24) for c in "abc")
    other = tmp_path / "notes"  # not a folder this cache made
    for folder in (stale, recent, current, other):
        folder.mkdir()
        (folder / "x.cells").write_bytes(b"cells")
    for folder in (stale, current, other):
        os.utime(folder / "x.cells", (old, old))
    (recent / "y.cells").write_bytes(b"cells")
    os.utime(recent / "x.cells", (old, old))
    prune_stale(tmp_path, keep=current.name)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([recent.name, current.name, "notes"])
    assert (current / "x.cells").exists() and (other / "x.cells").exists()


def test_after_a_completion_that_had_the_context_alone_the_saved_prefixes_are_loaded_again(tmp_path: Path) -> None:
    sched = Scheduler(FakeModel(), slots=2, parked=2, files=PrefixFiles(tmp_path))
    run(sched, *prompts(2))
    assert sched.stats["prefixes_saved"] == 1
    sched.exclusive(lambda: None)  # the KV cache emptied before and after, parked sequences too
    assert not any(sched.contents.values())
    later = prompts(3)[2]
    job = sched.run(Job(prompt=later, max_tokens=3, choose=greedy))
    sched.close()
    assert sched.stats["prefixes_loaded"] == 1
    assert job.reused == len(PREFIX) and job.tokens == alone(later, 3).tokens
