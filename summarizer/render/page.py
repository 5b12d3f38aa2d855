"""One self-contained HTML page: escaping, the packaged CSS and JS inlined, a strict content policy.

Every string that comes from an article or a model goes through :func:`esc` before it reaches the
page. The page loads nothing: its Content-Security-Policy allows no source at all (no network, no
file, no frame), inline styles, and only the page's own inline scripts, named by their SHA-256, so
even markup that slipped past the escaping could not run.
"""

from __future__ import annotations

import base64
import hashlib
from importlib.resources import files

from summarizer.util.markup import esc

__all__ = ["asset", "esc", "page", "script_tag"]

_ASSETS = files("summarizer.render") / "assets"


def asset(name: str) -> str:
    """A CSS or JS file shipped in ``summarizer/render/assets/``."""
    return (_ASSETS / name).read_text(encoding="utf-8")


def script_tag(js: str) -> str:
    """An inline ``<script>``; the code is our own, and must not contain its closing tag."""
    if "</script" in js.lower() or "<!--" in js:
        raise ValueError("inline script contains '</script' or '<!--'")
    return f"<script>{js}</script>"


def _script_hash(js: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii") + "'"


def page(title: str, body: str, *, css: str, scripts: list[str], lang: str = "en") -> str:
    """A whole HTML document: ``body`` (already escaped markup), the CSS and each script inlined."""
    policy = ("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
              "script-src " + " ".join(_script_hash(js) for js in scripts))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n"
        + "".join(script_tag(js) for js in scripts)
        + "\n</body>\n</html>\n"
    )
