"""--output: checked before any model call, written with the usual permissions; several inputs
are told apart by source and content, appended one line at a time, and a re-run resumes."""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED
from test_cli import _one_line_error, run_cli

from summarizer.read.document import Document
from summarizer.schemas import ArticleSummary
from summarizer.util.atomic import append_line, atomic_writer, check_writable, write_atomic


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[Document]:
    """Replace the pipeline with one that records each document it is asked to summarise."""
    seen: list[Document] = []

    def fake(doc: Document, client: Any, kinds: tuple[str, ...] = ()) -> ArticleSummary:
        seen.append(doc)
        return ArticleSummary(doc_id=doc.doc_id, model="fake", warnings=[doc.text.strip()])

    monkeypatch.setattr("summarizer.api.summarize_document", fake)
    return seen


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _two_stories(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"
    for path, text in ((a, "Ministers met in Paris."), (b, "The president flew to Rome.")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    return a, b


# --------------------------------------------------------------------------- defect 5


def test_document_key_is_source_and_content() -> None:
    a = Document("text one", "story", "a/story.txt")
    assert a.key == Document("text one", "story", "a/story.txt").key
    assert a.key != Document("text one", "story", "b/story.txt").key
    assert a.key != Document("text two", "story", "a/story.txt").key
    assert len(a.key) == 16 and int(a.key, 16) >= 0


def test_same_stem_inputs_give_two_lines_and_a_rerun_skips_both(tmp_path: Path, calls: list[Document]) -> None:
    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    proc = run_cli("summarize", str(a), str(b), "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    lines = _lines(out)
    assert [(x["doc_id"], x["source"], x["warnings"]) for x in lines] == [
        ("story", str(a), ["Ministers met in Paris."]), ("story", str(b), ["The president flew to Rome."])]
    assert len({x["input_key"] for x in lines}) == 2
    assert len(calls) == 2

    proc = run_cli("summarize", str(a), str(b), "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert len(calls) == 2  # nothing summarised again
    assert proc.stderr.decode().count("skip ") == 2
    assert _lines(out) == lines


def test_a_changed_file_is_summarised_again(tmp_path: Path, calls: list[Document]) -> None:
    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    assert run_cli("summarize", str(a), str(b), "-o", str(out)).returncode == 0
    b.write_text("The president flew to Rome and Paris.", encoding="utf-8")
    assert run_cli("summarize", str(a), str(b), "-o", str(out)).returncode == 0
    assert [c.source for c in calls] == [str(a), str(b), str(b)]
    assert len(_lines(out)) == 3


class _Pages(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = f"Story at {self.path}: ministers met in Paris.".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_same_slug_urls_give_two_lines(tmp_path: Path, calls: list[Document]) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        urls = [f"{base}/world/story", f"{base}/sport/story"]
        out = tmp_path / "out.jsonl"
        proc = run_cli("summarize", *urls, "-o", str(out))
        assert proc.returncode == 0, proc.stderr.decode()
        assert [(x["doc_id"], x["source"]) for x in _lines(out)] == [("story", urls[0]), ("story", urls[1])]
        assert run_cli("summarize", *urls, "-o", str(out)).returncode == 0
        assert len(calls) == 2
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_each_article_is_appended_not_the_file_rewritten(tmp_path: Path, calls: list[Document]) -> None:
    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    assert run_cli("summarize", str(a), str(SEED), "-o", str(out)).returncode == 0
    before, inode = out.read_bytes(), out.stat().st_ino
    assert run_cli("summarize", str(a), str(b), str(SEED), "-o", str(out)).returncode == 0
    after = out.read_bytes()
    assert out.stat().st_ino == inode  # the same file, appended to
    assert after.startswith(before) and len(_lines(out)) == 3


def test_an_unfinished_last_line_is_dropped_on_resume(tmp_path: Path, calls: list[Document]) -> None:
    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    assert run_cli("summarize", str(a), str(b), "-o", str(out)).returncode == 0
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text(whole[0] + whole[1][: len(whole[1]) // 2], encoding="utf-8")  # killed while writing b's line
    proc = run_cli("summarize", str(a), str(b), "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "unfinished last line" in proc.stderr.decode()
    assert [c.source for c in calls] == [str(a), str(b), str(b)]
    assert out.read_text(encoding="utf-8") == "".join(whole)


def test_an_interrupted_run_leaves_whole_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"

    def fake(doc: Document, client: Any, kinds: tuple[str, ...] = ()) -> ArticleSummary:
        if doc.source == str(b):
            raise KeyboardInterrupt
        return ArticleSummary(doc_id=doc.doc_id, model="fake")

    monkeypatch.setattr("summarizer.api.summarize_document", fake)
    proc = run_cli("summarize", str(a), str(b), "-o", str(out))
    assert proc.returncode == 130
    assert [x["source"] for x in _lines(out)] == [str(a)]
    assert out.read_text(encoding="utf-8").endswith("\n")


@pytest.mark.parametrize("content", ['{\n  "doc_id": "x"\n}\n', "notes\n", "hello"])
def test_a_file_that_is_not_summary_lines_is_refused_not_destroyed(
    tmp_path: Path, calls: list[Document], content: str
) -> None:
    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text(content, encoding="utf-8")
    _one_line_error(run_cli("summarize", str(a), str(b), "-o", str(out)), 2, "not a summary line")
    assert out.read_text(encoding="utf-8") == content
    assert calls == []


def test_lines_from_an_older_version_are_kept(tmp_path: Path, calls: list[Document]) -> None:
    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    old = json.dumps(ArticleSummary(doc_id="story", model="old").model_dump(mode="json")) + "\n"
    out.write_text(old, encoding="utf-8")
    proc = run_cli("summarize", str(a), str(b), "-o", str(out))
    assert proc.returncode == 0 and "older version" in proc.stderr.decode()
    assert out.read_text(encoding="utf-8").startswith(old) and len(_lines(out)) == 3


# --------------------------------------------------------------------------- defect 9


def test_new_output_gets_the_umask_mode(tmp_path: Path, calls: list[Document], umask_022: None) -> None:
    out = tmp_path / "out.json"
    assert run_cli("summarize", str(SEED), "--format", "json", "-o", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    many = tmp_path / "many.jsonl"
    a, b = _two_stories(tmp_path)
    assert run_cli("summarize", str(a), str(b), "-o", str(many)).returncode == 0
    assert stat.S_IMODE(many.stat().st_mode) == 0o644


def test_replacing_keeps_the_existing_mode(tmp_path: Path, calls: list[Document], umask_022: None) -> None:
    out = tmp_path / "out.json"
    for mode in (0o644, 0o640):
        out.write_text("old", encoding="utf-8")
        out.chmod(mode)
        assert run_cli("summarize", str(SEED), "--format", "json", "-o", str(out)).returncode == 0
        assert stat.S_IMODE(out.stat().st_mode) == mode
        assert json.loads(out.read_text(encoding="utf-8"))["model"] == "fake"


def test_a_read_only_output_is_refused(tmp_path: Path, calls: list[Document]) -> None:
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    out.chmod(0o444)
    _one_line_error(run_cli("summarize", str(SEED), "--format", "json", "-o", str(out)), 2, f"read-only: {out}")
    assert out.read_text(encoding="utf-8") == "keep me"
    assert calls == []  # refused before any model call


def test_a_missing_output_folder_is_reported_before_any_model_call(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "out.json"
    # Replay from an empty cache: reaching the model would be a cache miss (exit 1).
    proc = run_cli("summarize", str(SEED), "--cache-mode", "replay", "--cache-dir", str(tmp_path / "empty"),
                   "-o", str(out))
    _one_line_error(proc, 2, f"output folder does not exist: {out}")
    a, b = _two_stories(tmp_path)
    proc = run_cli("summarize", str(a), str(b), "--cache-mode", "replay", "--cache-dir", str(tmp_path / "empty"),
                   "-o", str(out))
    _one_line_error(proc, 2, f"output folder does not exist: {out}")


def test_errors_name_the_output_not_a_temporary_file(tmp_path: Path, calls: list[Document]) -> None:
    folder = tmp_path / "out.json"
    folder.mkdir()
    proc = run_cli("summarize", str(SEED), "--format", "json", "-o", str(folder))
    _one_line_error(proc, 2, str(folder))
    assert ".tmp" not in proc.stderr.decode()
    assert calls == []


# --------------------------------------------------------------------------- summarizer.util.atomic


def test_write_atomic_text_and_bytes(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "f.txt"
    write_atomic(path, "héllo\n")
    assert path.read_text(encoding="utf-8") == "héllo\n"
    write_atomic(str(path), b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.txt"]


def test_write_atomic_follows_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_write_atomic_errors_name_the_destination(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f.txt"
    path.write_text("old", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link", src, None, dst)

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError) as info:
        write_atomic(path, "new")
    assert info.value.filename == str(path) and info.value.errno == errno.EXDEV
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.txt"]  # no temporary file left


def test_check_writable(tmp_path: Path) -> None:
    assert check_writable(tmp_path / "new.txt") == tmp_path / "new.txt"
    with pytest.raises(FileNotFoundError) as missing:
        check_writable(tmp_path / "nope" / "f.txt")
    assert missing.value.filename == str(tmp_path / "nope" / "f.txt")
    with pytest.raises(IsADirectoryError):
        check_writable(tmp_path)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        check_writable(tmp_path / "file" / "f.txt")
    ro = tmp_path / "ro.txt"
    ro.write_text("x", encoding="utf-8")
    ro.chmod(0o444)
    with pytest.raises(PermissionError):
        check_writable(ro)


def test_a_pipe_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(10)
    assert got == [b"through the pipe"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_append_line(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "f.jsonl"
    append_line(path, '{"a": 1}')
    append_line(path, '{"b": 2}\n')
    assert path.read_text(encoding="utf-8") == '{"a": 1}\n{"b": 2}\n'
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_atomic_writer_streams_and_replaces_on_success(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"old")
    with atomic_writer(path) as fh:
        for piece in (b"one ", b"two ", b"three"):
            fh.write(piece)
        assert path.read_bytes() == b"old"  # nothing shows until the block ends
        (tmp,) = [p for p in tmp_path.iterdir() if p.name.startswith(".big.bin.")]
        assert tmp.name.endswith(".tmp")
    assert path.read_bytes() == b"one two three"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.bin"]
    with atomic_writer(tmp_path / "new.txt", "w") as fh:
        fh.write("héllo")
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "héllo"
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_atomic_writer_leaves_the_old_file_when_the_block_fails(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"old")
    with pytest.raises(ValueError, match="bad checksum"), atomic_writer(path, temp_prefix=".assemble-") as fh:
        fh.write(b"half of it")
        assert [p.name[:10] for p in tmp_path.iterdir() if p != path] == [".assemble-"]
        raise ValueError("bad checksum")
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.gguf"]  # no temporary file left


def test_atomic_writer_passes_on_errors_about_other_files(tmp_path: Path) -> None:
    missing = tmp_path / "part01.bin"
    with pytest.raises(FileNotFoundError) as info, atomic_writer(tmp_path / "out.bin") as fh:
        fh.write(missing.read_bytes())
    assert info.value.filename == str(missing)  # not renamed to the destination
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_temp_prefix_and_role(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        names.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(tmp_path / "f.json", "{}", temp_prefix=".0123456789ab-")
    assert len(names) == 1 and names[0].startswith(".0123456789ab-") and names[0].endswith(".tmp")
    assert len(names[0]) == len(".0123456789ab-") + 8 + len(".tmp")
    with pytest.raises(FileNotFoundError, match="cache folder does not exist"):
        write_atomic(tmp_path / "no" / "f.json", "{}", role="cache")


# --------------------------------------------------------------------------- the API behind the CLI


def test_summarize_many_yields_each_document_and_skips_known_keys(tmp_path: Path, calls: list[Document]) -> None:
    from summarizer import Summarizer

    a, b = _two_stories(tmp_path)
    s = Summarizer(model="local", cache_mode="replay", env={})
    got = list(s.summarize_many([a, b], published="2021-03-05", kinds=("quotes",)))
    assert [(doc.source, summary.warnings) for doc, summary in got] == [
        (str(a), ["Ministers met in Paris."]), (str(b), ["The president flew to Rome."])]
    assert all(doc.published is not None and doc.published.isoformat() == "2021-03-05" for doc, _ in got)
    skipped: list[str] = []
    again = list(s.summarize_many([a, b], skip={got[0][0].key}, on_skip=lambda doc: skipped.append(doc.source)))
    assert [doc.source for doc, _ in again] == [str(b)] and skipped == [str(a)]


def test_summarize_many_checks_its_options_before_reading(tmp_path: Path, calls: list[Document]) -> None:
    from summarizer import Summarizer
    from summarizer.errors import ConfigError

    s = Summarizer(model="local", cache_mode="replay", env={})
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        s.summarize_many([tmp_path / "missing.txt"], published="March 5")
    with pytest.raises(ConfigError, match="kind"):
        s.summarize_many([tmp_path / "missing.txt"], kinds=("planets",))


def test_summarize_into_appends_and_resumes(tmp_path: Path, calls: list[Document]) -> None:
    from summarizer import Summarizer
    from summarizer.api import summary_line

    a, b = _two_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    s = Summarizer(model="local", cache_mode="replay", env={})
    notices: list[str] = []
    assert s.summarize_into(out, [a, a, b], notify=notices.append) == 2  # a repeated source is done once
    assert notices == [f"skip {a}: already in {out}"]
    lines = _lines(out)
    assert [x["source"] for x in lines] == [str(a), str(b)] and list(lines[0])[:3] == ["doc_id", "source", "input_key"]
    assert out.read_text(encoding="utf-8").splitlines()[0] == summary_line(calls[0], ArticleSummary(
        doc_id="story", model="fake", warnings=["Ministers met in Paris."]))
    assert s.summarize_into(out, [a, b]) == 0 and len(calls) == 2


def test_single_input_reads_with_the_settings_fetch_timeout(monkeypatch: pytest.MonkeyPatch, calls: list[Document]) -> None:
    # SUMMARIZER_TIMEOUT is read by config alone, and still bounds fetching a URL as --timeout does.
    from summarizer.read.document import read_document

    seen: list[float | None] = []

    def spy(source: str, **kwargs: Any) -> Document:
        seen.append(kwargs.get("timeout"))
        return read_document(source, **kwargs)

    monkeypatch.setattr("summarizer.api.read_document", spy)
    monkeypatch.setenv("SUMMARIZER_TIMEOUT", "7")
    assert run_cli("summarize", str(SEED), "--format", "json").returncode == 0
    assert run_cli("summarize", str(SEED), "--format", "json", "--timeout", "3").returncode == 0
    monkeypatch.delenv("SUMMARIZER_TIMEOUT")
    assert run_cli("summarize", str(SEED), "--format", "json").returncode == 0
    assert seen == [7.0, 3.0, None]  # None: reading's own default (30 s)
