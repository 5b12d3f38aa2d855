"""The command line: bad input gives one line and exit code 2; output is written atomically."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SEED, SEED_ID

REPLIES = FIXTURES / "replies"


class Result:
    """What a command returned: exit code and both streams as bytes."""

    def __init__(self, returncode: int, stdout: bytes, stderr: bytes) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_cli(*args: str, stdin: bytes | None = None, real: bool = False) -> Result:
    """Run the CLI in-process (fast), or as a real ``python -m summarizer`` process with ``real=True``."""
    if real:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
        proc = subprocess.run([sys.executable, "-m", "summarizer", *args], input=stdin, capture_output=True,
                              cwd=ROOT, env=env, timeout=120, check=False)
        return Result(proc.returncode, proc.stdout, proc.stderr)
    from typer.testing import CliRunner

    from summarizer.cli import app

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        r = CliRunner().invoke(app, list(args), input=stdin)
    finally:
        os.chdir(cwd)
    return Result(r.exit_code, r.stdout_bytes, r.stderr_bytes)


def _one_line_error(proc: Result, code: int, needle: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == code, err
    assert err.count("\n") == 1 and err.startswith("summarizer: error:"), err
    assert "Traceback" not in err
    assert needle in err


@pytest.mark.parametrize(
    "content, needle",
    [(b"", "empty"), (b"   \n\t \n", "whitespace"), (b"\x00\x01\x02binary\x00" * 50, "binary")],
)
def test_bad_files_exit_2(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    _one_line_error(run_cli("summarize", str(path), "--model", "local", real=needle == "binary"), 2, needle)


def test_missing_file_and_directory_exit_2(tmp_path: Path) -> None:
    _one_line_error(run_cli("summarize", str(tmp_path / "nope.txt")), 2, "not found")
    _one_line_error(run_cli("summarize", str(tmp_path)), 2, "directory")


def test_size_limit_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    _one_line_error(run_cli("summarize", str(path), "--max-bytes", "100"), 2, "too large")


def test_empty_stdin_exit_2() -> None:
    _one_line_error(run_cli("summarize", "-", stdin=b"", real=True), 2, "empty")


def test_bad_options_exit_2() -> None:
    _one_line_error(run_cli("summarize", str(SEED), "--published", "March 5"), 2, "YYYY-MM-DD")
    _one_line_error(run_cli("summarize", str(SEED), "--model", "openai:gpt-4o-mini"), 2, "API key")
    _one_line_error(run_cli("summarize", str(SEED), "--cache-mode", "maybe"), 2, "cache mode")


def test_replay_miss_exit_1_and_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous contents", encoding="utf-8")
    article = tmp_path / "new.txt"
    article.write_text("Ministers met in Paris on Monday to discuss trade.", encoding="utf-8")
    proc = run_cli("summarize", str(article), "--format", "json", "--cache-mode", "replay", "--cache-dir",
                   str(tmp_path / "empty"), "--output", str(out))
    _one_line_error(proc, 1, "no recorded reply")
    assert out.read_text(encoding="utf-8") == "previous contents"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_seed_replays_from_the_cli_with_exact_spans(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    proc = run_cli("summarize", f"fixtures/articles/{SEED_ID}.txt", "--format", "json", "--published", "2021-03-05",
                   "--cache-mode", "replay", "--cache-dir", "fixtures/replies", "--output", str(out), real=True)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(out.read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    assert {"trips", "meetings", "quotes"} <= data.keys()
    spans = [s for kind in ("trips", "meetings", "quotes") for item in data[kind] for s in item["evidence"]]
    assert spans and all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    expected = json.loads((FIXTURES / "expected" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in data.items() if k != "seconds"} == {k: v for k, v in expected.items() if k != "seconds"}
    assert [q["speaker"] for q in data["quotes"] if q["direct"]][-1] == "Antony Blinken"


@pytest.mark.parametrize("fmt, needle", [("markdown", "## Quotes"), ("table", "Quotes")])
def test_human_formats_fit_80_columns(fmt: str, needle: str) -> None:
    proc = run_cli("summarize", f"fixtures/articles/{SEED_ID}.txt", "--format", fmt, "--published", "2021-03-05",
                   "--cache-mode", "replay", "--cache-dir", "fixtures/replies")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert needle in out and "Antony Blinken" in out
    if fmt == "table":
        assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("kind", ["trip", "meeting", "quote", "summary"])
def test_schema_command(kind: str) -> None:
    proc = run_cli("schema", kind)
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert "evidence" in json.dumps(schema)


def test_schema_unknown_kind() -> None:
    _one_line_error(run_cli("schema", "planet"), 2, "unknown record")


def test_cache_commands(tmp_path: Path) -> None:
    proc = run_cli("cache", "path", "--cache-dir", str(tmp_path))
    assert proc.stdout.decode().strip() == str(tmp_path)
    proc = run_cli("cache", "stats", "--cache-dir", "fixtures/replies")
    assert proc.returncode == 0 and "local:qwen2.5-coder-1.5b-instruct-q4_k_m" in proc.stdout.decode()


@pytest.mark.parametrize(
    "options, env, needle",
    [
        (["--max-bytes", "0"], {}, "--max-bytes"),
        (["--max-bytes", "-5"], {}, "--max-bytes"),
        (["--timeout", "nan"], {}, "timeout"),
        (["--timeout", "inf"], {}, "timeout"),
        (["--timeout", "0"], {}, "timeout"),
        ([], {"SUMMARIZER_TIMEOUT": "inf"}, "timeout"),
        (["--model", "openai:m", "--base-url", "not-a-url"], {}, "http"),
        (["--model", "openai:m", "--base-url", "ftp://127.0.0.1/v1"], {}, "http"),
        (["--model", "openai:m", "--base-url", "http://127.0.0.1:port/v1"], {}, "URL"),
        (["--kinds", ""], {}, "kinds"),
        (["--kinds", " , "], {}, "kinds"),
        (["--kinds", "quotes,planets"], {}, "planets"),
        ([], {"SUMMARIZER_MODE": "bogus"}, "SUMMARIZER_MODE"),
        (["--model", "local:/nonexistent.gguf"], {}, "/nonexistent.gguf"),
        (["--threads", "-1"], {}, "threads"),
        ([], {"SUMMARIZER_THREADS": "many"}, "SUMMARIZER_THREADS"),
        (["--max-retries", "-1"], {}, "retries"),
    ],
)
def test_bad_options_exit_2_before_any_model_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: list[str], env: dict[str, str], needle: str
) -> None:
    # Replay from an empty cache: a model call would be a cache miss, exit 1, not 2.
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    proc = run_cli("summarize", str(SEED), "--cache-mode", "replay", "--cache-dir", str(tmp_path / "empty"), *options)
    _one_line_error(proc, 2, needle)


def test_bad_options_are_reported_before_the_input_is_read(tmp_path: Path) -> None:
    _one_line_error(run_cli("summarize", str(tmp_path / "missing.txt"), "--max-bytes", "0"), 2, "--max-bytes")
    _one_line_error(run_cli("summarize", str(tmp_path / "missing.txt"), "--kinds", ""), 2, "kinds")


def test_the_environment_is_read_by_config_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typing import Any

    import typer.main

    from summarizer.cli import app

    def params(command: Any) -> list[Any]:
        found = list(command.params)
        for sub in getattr(command, "commands", {}).values():
            found += params(sub)
        return found

    declared = [p.name for p in params(typer.main.get_command(app)) if p.envvar]
    assert declared == []  # no typer envvar=: config.resolve_settings is the one reader
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    assert run_cli("cache", "path").stdout.decode().strip() == str(tmp_path)
    help_text = run_cli("summarize", "--help").stdout.decode()
    for variable in ("SUMMARIZER_MODEL", "SUMMARIZER_BASE_URL", "SUMMARIZER_API_KEY", "SUMMARIZER_CACHE_MODE",
                     "SUMMARIZER_CACHE_DIR", "SUMMARIZER_TIMEOUT", "SUMMARIZER_STRATEGY", "SUMMARIZER_THREADS"):
        assert variable in help_text, variable
