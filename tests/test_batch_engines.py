"""Ray stays optional: nothing imports it unless ``--engine ray`` is asked for, and without it that is a one-line error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from fault_server import FaultServer
from test_batch_faults import batch

from summarizer.batch import ray_engine
from summarizer.errors import ConfigError


@pytest.mark.slow  # a whole batch in a fresh interpreter
def test_a_batch_without_the_ray_engine_imports_no_ray(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from summarizer.cli import main\n"
        "sys.argv = ['summarizer', 'batch', sys.argv[1], '--db', sys.argv[2], '--model', 'openai:m', '--base-url', "
        "sys.argv[3], '--cache-mode', 'off', '--quiet']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        "assert 'ray' not in sys.modules, 'ray was imported'\n"
    )
    with FaultServer() as server:
        proc = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "articles" / "atf-blinken-austin-asia.txt"),
                               str(tmp_path / "c.sqlite"), server.url], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr


def test_without_ray_installed_the_ray_engine_says_how_to_get_it(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ModuleNotFoundError
    with pytest.raises(ConfigError, match=r"pip install 'summarizer\[ray\]'"):
        ray_engine._ray()
    code, out = batch("http://127.0.0.1:9/v1", tmp_path / "c.sqlite", [str(FIXTURES / "articles")], "--engine", "ray")
    assert code == 2 and "summarizer[ray]" in out


def test_actors_per_node_follow_cpus_and_for_the_embedded_model_memory() -> None:
    from summarizer.config import resolve_settings

    local = resolve_settings(model="local")
    assert ray_engine.actor_settings(local).n_threads == 2  # not every core of the node for each actor
    assert ray_engine.actor_settings(resolve_settings(model="local", n_threads=4)).n_threads == 4
    gib = 1024**3
    assert ray_engine.default_workers({"CPU": 16, "memory": 32 * gib}, local) == 8  # 2 CPUs each
    assert ray_engine.default_workers({"CPU": 16, "memory": 8 * gib}, local) == 3  # 2.1 GiB each
    http = resolve_settings(model="openai:m", base_url="http://127.0.0.1:9/v1")
    assert ray_engine.default_workers({"CPU": 2}, http) == 8  # a quarter of a CPU each
