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

    def seq_state(self, seq: int) -> bytes:
        size = int(self._lib.llama_state_seq_get_size(self._ctx, seq))
        buf = (ctypes.c_uint8 * size)()
        written = int(self._lib.llama_state_seq_get_data(self._ctx, buf, size, seq))
        return bytes(buf[:written])

    def seq_load(self, seq: int, state: bytes, n: int) -> bool:
        src = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
        read = int(self._lib.llama_state_seq_set_data(self._ctx, src, len(state), seq))
        held = (int(self._lib.llama_memory_seq_pos_min(self._mem, seq)),
                int(self._lib.llama_memory_seq_pos_max(self._mem, seq)))
        if read == len(state) and held == (0, n - 1):
            return True
        self.seq_rm(seq, 0, -1)
        return False

    def is_eog(self, token: int) -> bool:
        return bool(self._lib.llama_vocab_is_eog(self._llm._model.vocab, token))

    def detokenize(self, tokens: list[int], prev: list[int]) -> bytes:
        out: bytes = self._llm.detokenize(tokens, prev_tokens=prev)
        return out
