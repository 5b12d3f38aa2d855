"""The model layer: client, backends (a registry by model kind), record/replay cache, local model, prompts,
answer schemas (:mod:`~summarizer.llm.answers`) and per-article call bookkeeping (:mod:`~summarizer.llm.scope`)."""
