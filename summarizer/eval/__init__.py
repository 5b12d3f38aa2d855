"""Scoring against human gold annotations, and the fixture check. Not imported by summarize().

Modules, bottom to top: ``lexicon`` (the scorer's own word lists), ``metrics`` (PRF, overlap
and agreement counts, span helpers), ``corpus`` (loading gold), ``names`` (name aliasing),
``rows`` (a result row, what a scorer is), ``quotes``, ``events`` and ``seed`` (the scorers, each with its
rows), ``report`` (per-document results,
aggregation, JSON), ``run`` (``summarizer eval``); ``fixtures`` (``summarizer fixtures check``).
Nothing is re-exported here, so importing one of them loads only what it needs.
"""
