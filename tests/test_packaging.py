"""Packaging: a built wheel carries the prompt templates and loads them without the repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import ROOT

from summarizer.llm.prompts import load_prompt

pytestmark = pytest.mark.slow  # builds and installs a wheel

PROMPTS = ("system", "quotes", "trips", "meetings", "naive")

LOAD_EVERY_PROMPT = f"""
import json
import summarizer.llm.prompts as p
names = {PROMPTS!r}
print(json.dumps({{"module": p.__file__, "dir": str(p.prompts_dir()),
                  "versions": {{n: p.load_prompt(n).version for n in names}}}}))
"""


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(args, check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_the_wheel_ships_the_prompts_and_loads_them_outside_the_repo(tmp_path: Path) -> None:
    # Offline: build with this environment's setuptools (the dev extra pins a recent one).
    setuptools_major = int(version("setuptools").split(".")[0])
    assert setuptools_major >= 77, "the dev extra's setuptools>=77 is needed: pip install -e '.[dev]'"
    dist, target, elsewhere = tmp_path / "dist", tmp_path / "target", tmp_path / "elsewhere"
    elsewhere.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)], cwd=elsewhere)
    (wheel,) = dist.glob("summarizer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"summarizer/_prompts/{name}.toml" for name in PROMPTS} <= names

    _run([*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)], cwd=elsewhere)
    env = {**os.environ, "PYTHONPATH": str(target)}
    loaded = json.loads(_run([sys.executable, "-c", LOAD_EVERY_PROMPT], cwd=elsewhere, env=env))

    assert Path(loaded["module"]).resolve().is_relative_to(target.resolve())
    assert Path(loaded["dir"]).resolve() == (target / "summarizer" / "_prompts").resolve()
    assert loaded["versions"] == {name: load_prompt(name, ROOT / "prompts").version for name in PROMPTS}
