"""The scheduler's model over llama-cpp-python: one ``llama_batch`` of ``n_batch`` tokens, sequence ids, KV cells."""

from __future__ import annotations

import ctypes
from typing import Any

__all__ = ["LlamaSeqModel"]


class LlamaSeqModel:
    """:class:`SeqModel` over a llama-cpp-python context (one ``llama_batch`` of ``n_batch`` tokens)."""

    def __init__(self, llm: Any, ctx: Any, *, n_batch: int) -> None:
        import llama_cpp

        self._lib, self._llm, self._ctx = llama_cpp, llm, ctx
        self.n_batch = n_batch
        self.n_ctx = int(llama_cpp.llama_n_ctx(ctx))
        self._n_vocab = int(llama_cpp.llama_vocab_n_tokens(llm._model.vocab))
        self._batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
        self._mem = llama_cpp.llama_get_memory(ctx)
        self._rows: dict[int, int] = {}

    def close(self) -> None:
        if self._batch is not None:
            self._lib.llama_batch_free(self._batch)
            self._batch = None

    def decode(self, tokens: list[int], positions: list[int], seqs: list[int], logits: list[bool]) -> int:
        b = self._batch
        n = len(tokens)
        if n > self.n_batch:
            raise ValueError(f"batch of {n} tokens over n_batch={self.n_batch}")
        for i in range(n):
            b.token[i] = tokens[i]
            b.pos[i] = positions[i]
            b.n_seq_id[i] = 1
            b.seq_id[i][0] = seqs[i]
            b.logits[i] = logits[i]
        b.n_tokens = n
        return int(self._lib.llama_decode(self._ctx, b))

    def logits(self, i: int) -> Any:
        import numpy as np

        ptr = self._lib.llama_get_logits_ith(self._ctx, i)
        return np.ctypeslib.as_array(ctypes.cast(ptr, ctypes.POINTER(ctypes.c_float)), shape=(self._n_vocab,))

    def seq_rm(self, seq: int, p0: int, p1: int) -> None:
        self._lib.llama_memory_seq_rm(self._mem, seq, p0, p1)

    def seq_cp(self, src: int, dst: int, p0: int, p1: int) -> None:
        self._lib.llama_memory_seq_cp(self._mem, src, dst, p0, p1)

    def is_eog(self, token: int) -> bool:
        return bool(self._lib.llama_vocab_is_eog(self._llm._model.vocab, token))

    def detokenize(self, tokens: list[int], prev: list[int]) -> bytes:
        out: bytes = self._llm.detokenize(tokens, prev_tokens=prev)
        return out
