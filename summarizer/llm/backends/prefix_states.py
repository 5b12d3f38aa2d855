"""Saved model states for the prompt prefixes that calls of one kind share, across kinds and articles.

llama-cpp-python already keeps the previous call's tokens in the KV cache and evaluates only what
follows the longest common prefix with them, so the questions of one kind (trips, meetings,
quotes) asked one after another evaluate their shared instructions once. When the kind changes
(the meetings of an article after its trips, the next article's trips after its meetings), that
prefix is lost and evaluated again: about 100 tokens, a second on two cores, per kind per article.
:class:`PrefixStates` keeps a few snapshots of the model's state (its KV cache, about 7 MB for 250
tokens) keyed by the prefix a call shared with the call before it, and before a call whose prompt
starts with a saved prefix longer than what the live context shares with it, puts that snapshot
back (a few milliseconds) so that only the rest is evaluated. A snapshot is taken only for a prefix
not yet saved, so once per kind of question in a run, and only after a first question (a re-ask
shares a whole earlier exchange, not a kind's instructions).
"""

from __future__ import annotations

import ctypes
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

__all__ = ["PrefixStates", "common_prefix"]


def serves(held: Sequence[int], prefix: Sequence[int], gain: int) -> bool:
    """Whether a sequence holding ``held`` serves a question that would keep ``prefix`` about as well as
    ``prefix`` itself: it shares all but ``gain`` tokens of it (the rest is evaluated again)."""
    return common_prefix(held, prefix) >= len(prefix) - gain


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """The length of the longest common prefix of two token sequences."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class PrefixStates:
    """Snapshots of one ``llama_cpp.Llama``'s context, keyed by the prompt prefix they serve."""

    def __init__(self, llm: Any, *, capacity: int = 4, min_prefix: int = 32, min_gain: int = 16) -> None:
        self._llm = llm
        self._capacity, self._min_prefix, self._min_gain = capacity, min_prefix, min_gain
        # prefix tokens -> (the context's tokens when saved, its state)
        self._saved: OrderedDict[tuple[int, ...], tuple[list[int], bytes]] = OrderedDict()
        self._shared: tuple[int, ...] = ()
        self.restored = 0

    def _live(self) -> list[int]:
        return [int(t) for t in self._llm.input_ids[: self._llm.n_tokens]]

    def before(self, prompt: Sequence[int]) -> None:
        """Called with a prompt's tokens before it is evaluated: start from the best saved prefix."""
        import llama_cpp

        prompt = [int(t) for t in prompt]
        live = common_prefix(self._live(), prompt)
        # Only a prefix shorter than the prompt: the last prompt token is always evaluated.
        fits = [key for key in self._saved if len(key) < len(prompt) and tuple(prompt[: len(key)]) == key]
        best = max(fits, key=len, default=None)
        if best is not None and len(best) >= live + self._min_gain:
            tokens, state = self._saved[best]
            self._saved.move_to_end(best)
            src = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
            llama_cpp.llama_state_set_data(self._llm._ctx.ctx, src, len(state))
            self._llm.input_ids[: len(tokens)] = tokens
            self._llm.n_tokens = len(tokens)
            self.restored += 1
            live = common_prefix(tokens, prompt)
        self._shared = tuple(prompt[:live])

    def after(self, *, save: bool = True) -> None:
        """Called after the completion: save the context for the prefix this call shared, if new."""
        import llama_cpp

        key, self._shared = self._shared, ()
        if not save or len(key) < self._min_prefix:
            return
        if any(common_prefix(key, saved) >= len(key) - self._min_gain for saved in self._saved):
            return  # a saved prefix serves this one about as well
        ctx = self._llm._ctx.ctx
        size = llama_cpp.llama_state_get_size(ctx)
        buf = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_get_data(ctx, buf, size)
        self._saved[key] = (self._live(), bytes(buf[:written]))
        while len(self._saved) > self._capacity:
            self._saved.popitem(last=False)
