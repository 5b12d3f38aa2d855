"""Instructor modes against llama.cpp's own OpenAI-compatible server; prints figures, asserts nothing.

Needs the ``server`` extra (``pip install -e '.[server]'``). Run from the repository root:

    python benchmarks/server_modes.py                     # modes default, tools, json
    python benchmarks/server_modes.py --modes default,tools --model PATH

Starts ``python -m llama_cpp.server`` on a free local port (2 threads, n_ctx 4096, seed 0, no
``--chat_format``: the server then uses the GGUF's own chat template, as the embedded backend does),
waits until ``/v1/models`` answers, and runs the seed article through the CLI against it once per
mode (``SUMMARIZER_MODE``; ``--cache-mode off``). ``default`` sets no mode: the ``openai`` backend's
own, ``json_schema``, whose response format the backend sends in the dialect the server takes
(llama-cpp-python's server refuses ``json_schema`` and takes ``json_object`` with a ``schema``);
before the runs, one tiny request through the backend finds that dialect and prints it. For each mode
it prints wall seconds, calls, re-asks, prompt and completion tokens (the summary's ``usage``),
warnings, and whether the result is "fully right" in a simple sense: the same numbers of trips,
meetings and quotes and the same quote speakers as the embedded model's recorded replay
(``--cache-mode replay --cache-dir fixtures/replies --model local``). When ``default`` or
``json_schema`` fails, its error line is printed and json is tried instead (unless it is listed).
The server is stopped at the end, also on error (terminate, then kill).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = "fixtures/articles/atf-blinken-austin-asia.txt"
PUBLISHED = "2021-03-05"
DEFAULT_GGUF = ROOT / ".test-cache" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
CLI = [sys.executable, "-m", "summarizer"]


@dataclass(frozen=True)
class Shape:
    """What "fully right" compares: counts and quote speakers."""

    trips: int
    meetings: int
    quotes: int
    speakers: tuple[str, ...]

    @classmethod
    def of(cls, data: dict[str, Any]) -> Shape:
        quotes: list[dict[str, Any]] = data.get("quotes") or []
        speakers = sorted(str(q.get("speaker")) for q in quotes)
        return cls(len(data.get("trips") or []), len(data.get("meetings") or []), len(quotes), tuple(speakers))

    def line(self) -> str:
        counts = Counter(self.speakers)
        who = ", ".join(f"{name} x{n}" if n > 1 else name for name, n in sorted(counts.items()))
        return f"{self.trips} trips, {self.meetings} meetings, {self.quotes} quotes ({who})"


DEFAULT = "default"  # no SUMMARIZER_MODE: the openai backend's own mode and dialect detection


def _env(mode: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    if mode is not None and mode != DEFAULT:
        env["SUMMARIZER_MODE"] = mode
    return env


def detect_dialect(base_url: str) -> str:
    """How the server takes a reply schema as response format, found by the backend with one tiny request."""
    sys.path.insert(0, str(ROOT))
    from summarizer.config import resolve_settings
    from summarizer.errors import BackendError
    from summarizer.llm.backends.openai import OpenAIBackend

    backend = OpenAIBackend(resolve_settings(model="openai:local", base_url=base_url, cache_mode="off", env={}))
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
    request = {"messages": [{"role": "user", "content": "Reply with JSON: is 2 + 2 = 4?"}], "max_tokens": 8,
               "temperature": 0.0, "response_format": {"type": "json_schema",
                                                        "json_schema": {"name": "Probe", "schema": schema}}}
    try:
        backend.complete(request, timeout=300)
    except BackendError as exc:
        return f"none ({exc})"
    return str(backend.dialect)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(url: str, proc: subprocess.Popen[bytes], limit: float) -> float:
    """Seconds until ``url`` answers 200; SystemExit if the server exits or ``limit`` passes."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with code {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return time.perf_counter() - start
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise SystemExit(f"server did not answer {url} within {limit:g} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def replay_shape() -> Shape:
    cmd = [*CLI, "summarize", SEED, "--published", PUBLISHED, "--format", "json",
           "--cache-mode", "replay", "--cache-dir", "fixtures/replies", "--model", "local"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=_env(), check=False)
    if proc.returncode != 0:
        raise SystemExit(f"replay failed: {_last_line(proc.stderr)}")
    return Shape.of(json.loads(proc.stdout))


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:400] if lines else "(no output)"


def run_mode(mode: str, base_url: str, timeout: float) -> tuple[float, dict[str, Any] | None, str]:
    """Wall seconds, the summary (None on failure) and the error line for one CLI run in ``mode``."""
    cmd = [*CLI, "summarize", SEED, "--published", PUBLISHED, "--format", "json", "--cache-mode", "off",
           "--model", "openai:local", "--base-url", base_url]
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=_env(mode),
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None, f"CLI still running after {timeout:g} s"
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        return seconds, None, f"exit {proc.returncode}: {_last_line(proc.stderr)}"
    return seconds, json.loads(proc.stdout), ""


def report(mode: str, seconds: float, data: dict[str, Any], expected: Shape) -> None:
    usage: dict[str, Any] = data.get("usage") or {}
    warnings: list[Any] = data.get("warnings") or []
    shape = Shape.of(data)
    right = "yes" if shape == expected else "no"
    print(f"{mode:<12} {seconds:7.1f} s wall (pipeline {float(data.get('seconds') or 0):.1f} s), "
          f"{usage.get('calls')} calls, {usage.get('retries')} re-asks, "
          f"{usage.get('prompt_tokens')} prompt + {usage.get('completion_tokens')} completion tokens, "
          f"{len(warnings)} warnings; fully right: {right}")
    print(f"{'':<12} got {shape.line()}")
    for warning in warnings:
        print(f"{'':<12} warning: {str(warning)[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", type=Path, default=DEFAULT_GGUF, help="GGUF file the server loads")
    parser.add_argument("--modes", default=f"{DEFAULT},tools,json",
                        help=f"comma-separated instructor modes; {DEFAULT!r} sets none (the backend's own)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per CLI run")
    args = parser.parse_args()
    if not args.model.is_file():
        raise SystemExit(f"model file not found: {args.model}")

    expected = replay_shape()
    print(f"replay (embedded model, recorded): {expected.line()}")

    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    server_cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(args.model), "--model_alias", "local",
                  "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096",
                  "--n_threads", str(args.threads), "--n_threads_batch", str(args.threads),
                  "--seed", "0", "--verbose", "False"]
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(server_cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=_env())
        try:
            ready = wait_ready(f"{base_url}/models", proc, limit=300)
            print(f"llama_cpp.server on port {port}: /v1/models answered after {ready:.1f} s "
                  f"({args.threads} threads, n_ctx 4096, GGUF chat template)")
            modes = [m.strip() for m in args.modes.split(",") if m.strip()]
            if DEFAULT in modes or "json_schema" in modes:
                print(f"response format dialect the backend found: {detect_dialect(base_url)}")
            for mode in modes:
                seconds, data, error = run_mode(mode, base_url, args.timeout)
                if data is not None:
                    report(mode, seconds, data, expected)
                    continue
                print(f"{mode:<12} FAILED after {seconds:.1f} s: {error}")
                if mode in (DEFAULT, "json_schema") and "json" not in modes:
                    seconds, data, error = run_mode("json", base_url, args.timeout)
                    if data is not None:
                        report("json", seconds, data, expected)
                    else:
                        print(f"{'json':<12} FAILED after {seconds:.1f} s: {error}")
        except BaseException:
            log.seek(0)
            tail = log.read().decode(errors="replace").strip().splitlines()[-15:]
            print("server log (last lines):\n" + "\n".join(tail), file=sys.stderr)
            raise
        finally:
            stop(proc)
    print(f"server stopped (exit code {proc.returncode})")


if __name__ == "__main__":
    main()
