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
