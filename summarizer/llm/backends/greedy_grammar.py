"""Greedy decoding under a JSON grammar, checking the grammar only where it matters.

llama.cpp applies a grammar by testing every token of the vocabulary (about 152,000 for the
default model) against it at every step: on a CPU that is about a third of the time of each
generated token. At temperature 0 the answer is the most likely token the grammar allows, so
:class:`GreedyGrammar` first tests only the most likely token; when the grammar allows it (almost
every step: the model writes the JSON the grammar asks for) that token is the answer, and only
when it does not is the whole vocabulary tested, exactly as llama.cpp would. The tokens chosen are
therefore the same as with llama.cpp's own grammar sampling; only the work differs (the speed-up
is measured by ``benchmarks/speed.py``).

It runs as a llama-cpp-python logits processor: it receives the context's token ids and the next
token's logits, keeps its own grammar state (fed the tokens generated since its last call) and
returns logits in which only the chosen token is left, so the greedy sampler picks it.
"""

from __future__ import annotations

import ctypes
from typing import Any

__all__ = ["GreedyGrammar"]


class GreedyGrammar:
    """One completion's grammar-constrained greedy choice; :meth:`close` frees the grammar."""

    def __init__(self, llm: Any, grammar: Any) -> None:
        import llama_cpp

        self._lib = llama_cpp
        self._sampler = llama_cpp.llama_sampler_init_grammar(
            llm._model.vocab, grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8")
        )
        if not self._sampler:
            raise ValueError("llama.cpp could not parse the reply grammar")
        self._seen: int | None = None
        self._one = (llama_cpp.llama_token_data * 1)()
        self._one_array = llama_cpp.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        self._all: Any = None
        self.steps = 0
        self.full_checks = 0

    def close(self) -> None:
        if self._sampler:
            self._lib.llama_sampler_free(self._sampler)
            self._sampler = None

    def _allows(self, token: int, logit: float) -> bool:
        self._one[0] = self._lib.llama_token_data(token, logit, 0.0)
        self._one_array.size, self._one_array.selected, self._one_array.sorted = 1, -1, False
        self._lib.llama_sampler_apply(self._sampler, ctypes.byref(self._one_array))
        return bool(self._one[0].logit != float("-inf"))

    def _allowed(self, scores: Any) -> tuple[Any, Any]:
        """(token ids, logits) of every token the grammar allows now: llama.cpp's full test."""
        import numpy as np
        from llama_cpp._internals import LlamaTokenDataArray

        if self._all is None:
            self._all = LlamaTokenDataArray(n_vocab=len(scores))
        self._all.copy_logits(scores)
        self._lib.llama_sampler_apply(self._sampler, ctypes.byref(self._all.candidates))
        size = self._all.candidates.size
        ids, logits = self._all.candidates_data.id[:size], self._all.candidates_data.logit[:size]
        keep = ~np.isneginf(logits)
        return ids[keep], logits[keep]

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import numpy as np

        n = len(input_ids)
        if self._seen is not None:
            for token in input_ids[self._seen : n]:  # what was generated since the last step
                self._lib.llama_sampler_accept(self._sampler, int(token))
        self._seen = n
        self.steps += 1
        out = np.full_like(scores, -np.inf)
        best = int(np.argmax(scores))
        if self._allows(best, float(scores[best])):
            out[best] = scores[best]
            return out
        self.full_checks += 1
        ids, logits = self._allowed(scores)
        out[ids] = logits
        return out
