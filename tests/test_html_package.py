"""The wheel ships the views' CSS and JS: a page rendered from the installed wheel, outside the repository,
carries them inlined."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_html_support import ROOT

pytestmark = pytest.mark.slow  # builds and installs a wheel

ASSETS = ("view.css", "view.js", "collection.css", "collection.js")

RENDER = """
import sys
import summarizer.render.html as view
from summarizer.schemas import ArticleSummary
page = ArticleSummary(doc_id="x", model="m").to_html("An article.")
print(view.__file__)
print(all(part in page for part in sys.argv[1:]))
"""


def test_the_wheel_ships_the_view_assets(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    dist, target = tmp_path / "dist", tmp_path / "target"
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)], cwd=tmp_path,
                   check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("summarizer-*.whl")
    assert {f"summarizer/render/assets/{name}" for name in ASSETS} <= set(zipfile.ZipFile(wheel).namelist())
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)], cwd=tmp_path,
                   check=True, capture_output=True, timeout=300)
    # A line of each asset's own text must be in the page rendered from the wheel.
    probes = [next(line.strip() for line in (ROOT / "summarizer/render/assets" / name).read_text().splitlines()
                   if len(line.strip()) > 30) for name in ("view.css", "view.js")]
    done = subprocess.run([sys.executable, "-c", RENDER, *probes], cwd=tmp_path, env={"PYTHONPATH": str(target)},
                          capture_output=True, text=True, timeout=120, check=True)
    module, found = done.stdout.split()
    assert Path(module).resolve().is_relative_to(target.resolve()) and found == "True"
