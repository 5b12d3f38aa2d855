"""Turn a made-up quotes set (JSON lines: id, published, text, quotes, not_quotes) into a folder `summarizer eval`
reads as PolNeAR gold: OUTDIR/polnear/texts/<id>.txt and OUTDIR/polnear/quotes_gold.jsonl.

    python benchmarks/heldout_quotes/convert.py benchmarks/heldout_quotes/set_b.jsonl /tmp/quotes_b
    summarizer eval /tmp/quotes_b --cache-dir /tmp/quotes_b_cache

Each annotated quote becomes an attribution: its content parts as spans (each occurs once in the text), its speaker
as the source. Unlike PolNeAR, whose source is the words at the cue ("he", "the minister"), the speaker here is who
said it by name, so a quote told with a pronoun or a title is scored on whether the right person is named.
``not_quotes`` (scare quotes, titles) are not gold: a quote made of them counts against precision, and the quotes row
of ``--json`` counts them (``scare_quote_errors``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def _span(text: str, words: str, what: str, doc_id: str) -> dict[str, Any]:
    at = text.find(words)
    if at < 0:
        raise SystemExit(f"{doc_id}: {what} not in the text: {words[:60]!r}")
    return {"start": at, "end": at + len(words), "text": words}


def convert(article: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(doc id, text, gold line) of one article; a content or speaker not in the text is an error."""
    doc_id = f"made_up_{article['id']}"
    text = article["text"]
    attributions = []
    for k, quote in enumerate(article.get("quotes", []), start=1):
        contents = [_span(text, part, "content", doc_id) for part in quote["content"]]
        attributions.append({"id": f"Q{k}", "type": "Attribution", "sources": [_span(text, quote["speaker"], "speaker", doc_id)],
                             "cues": [], "contents": contents, "direct": bool(quote.get("direct"))})
    gold = {"doc_id": doc_id, "split": "made-up", "date": article["published"], "attributions": attributions,
            "not_quotes": [_span(text, words, "not-quote", doc_id) for words in article.get("not_quotes", [])]}
    return doc_id, text, gold


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from made_up_sets import write_set

    write_set(Path(sys.argv[1]), Path(sys.argv[2]) / "polnear", "quotes_gold.jsonl", convert)


if __name__ == "__main__":
    main()
