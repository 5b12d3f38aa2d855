"""Collections: many articles summarised into one store, concurrently, resumably, surviving faults.

:func:`~summarizer.batch.run.run_batch` runs items (:func:`~summarizer.batch.inputs.expand_inputs`)
through a :class:`~summarizer.api.Summarizer` into a :class:`~summarizer.store.Store`;
:mod:`summarizer.batch.prices` estimates what it costs; :mod:`summarizer.batch.vias` names the ways
a batch reaches the model (``--via``).
"""
