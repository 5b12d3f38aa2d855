"""Scoring against human gold annotations, and the fixture check. Not imported by summarize()."""
