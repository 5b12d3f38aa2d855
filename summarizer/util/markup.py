"""HTML escaping, shared by the views of every kind (:mod:`summarizer.kinds`) and the render layer."""

from __future__ import annotations

import html

__all__ = ["esc"]


def esc(text: str) -> str:
    """``text`` as HTML text or attribute value: ``& < > " '`` escaped, and a carriage return kept as
    ``&#13;`` (the parser would turn a raw one into a newline and shift the text)."""
    return html.escape(text, quote=True).replace("\r", "&#13;")
