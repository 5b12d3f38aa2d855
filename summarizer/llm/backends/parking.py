"""Sequences that hold nothing but a prompt prefix questions shared: the scheduler copies from them.

The scheduler's working sequences are reused by whatever question comes next, so a kind's
instructions read for its first questions were lost as soon as other kinds had taken every
sequence, and read again for the kind's next question (in a batch, at every article). A few more
sequence ids, never decoded into, each keep one such prefix: when a question shares a prefix of
at least :data:`PARK_MIN` tokens with another, its cells are copied into a parked sequence (a
unified KV cache only tags the same cells with one more id), replacing the parked prefix it
extends (the system prompt before a kind's instructions) or else the least recently used one.
With :class:`~summarizer.llm.backends.prefix_files.PrefixFiles` the parked prefixes are saved for
the next process, which loads them before its first question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.llm.backends.prefix_files import PrefixFiles
from summarizer.llm.backends.prefix_states import common_prefix, serves

if TYPE_CHECKING:
    from summarizer.llm.backends.batched import SeqModel

__all__ = ["PARK_GAIN", "PARK_MIN", "Parking"]

PARK_MIN = 32
"""The shortest shared prefix worth a parked sequence (and a file): shorter ones cost little to evaluate."""
PARK_GAIN = 16
"""A parked prefix that shares all but this many tokens with a new one serves it."""


class Parking:
    """The parked sequence ids ``ids`` of ``model``; ``contents`` is the scheduler's tokens-by-sequence map."""

    def __init__(self, model: SeqModel, contents: dict[int, list[int]], ids: list[int],
                 files: PrefixFiles | None, stats: dict[str, int]) -> None:
        self.model, self.contents, self.files, self.stats = model, contents, files, stats
        self.ids = list(ids)  # least recently used first

    def load(self) -> None:
        """Put the prefixes earlier processes saved in the parked sequences."""
        if self.files is None:
            return
        for tokens, state in self.files.read(len(self.ids)):
            seq = next(s for s in self.ids if not self.contents[s])
            if not self.model.seq_load(seq, state, len(tokens)):
                self.files.forget(tokens)  # another llama.cpp's, or damaged: evaluated again, and saved anew
                continue
            self.contents[seq] = list(tokens)
            self.stats["prefixes_loaded"] += 1

    def used(self, seq: int) -> bool:
        """Note that a question copied from ``seq``; False when ``seq`` is not a parked sequence."""
        if seq not in self.ids:
            return False
        self.ids.remove(seq)
        self.ids.append(seq)
        return True

    def park(self, seq: int, n: int) -> None:
        """Keep a copy of the first ``n`` cells of ``seq`` (a prefix two questions shared) in a parked sequence."""
        prefix = self.contents[seq][:n]
        if not self.ids or n < PARK_MIN or any(serves(self.contents[p], prefix, PARK_GAIN) for p in self.ids):
            return  # too short to be worth it, or a parked prefix serves it about as well
        extends = [p for p in self.ids
                   if self.contents[p] and common_prefix(self.contents[p], prefix) == len(self.contents[p])]
        park = extends[0] if extends else self.ids[0]
        if extends and self.files is not None:
            self.files.forget(self.contents[park])  # the longer prefix serves every question the shorter did
        self.model.seq_rm(park, 0, -1)
        self.model.seq_cp(seq, park, 0, n)
        self.contents[park] = prefix
        self.used(park)
        if self.files is not None and not self.files.covers(prefix):
            self.files.save(prefix, self.model.seq_state(park))
            self.stats["prefixes_saved"] += 1
