"""Extraction strategies: turn a Document into an ArticleSummary with a model's help."""
