"""A new kind in one module, as a built-in kind with no views of its own is written: appointments (who was
appointed to which post, and when). Its declaration is all it has; asking, grounding, dates, merging, the
store, ``query``, ``export`` and both HTML views are the generic ones every kind without views uses."""

from __future__ import annotations

from summarizer.kinds.file import spec_kind
from summarizer.kinds.spec import FieldSpec, KindSpec
from summarizer.text.inflect import cue_pattern

__all__ = ["APPOINTMENTS"]

_CUE = cue_pattern(["appoint", "name"], ["appointment"], [], ["sworn in"])
assert _CUE is not None

SPEC = KindSpec(
    name="appointments", singular="appointment", letter="P", colour="#0891b2", event_type="Personnel:Start-Position",
    question="Does the sentence report that someone was appointed to a post?", cue=_CUE, source=__file__,
    version="1", fields=(
        FieldSpec("person", "person", "who was appointed", required=True),
        FieldSpec("post", "text", "the post, as the sentence words it"),
        FieldSpec("when", "date", "when"),
    ),
)

APPOINTMENTS = spec_kind(SPEC, order=3)  # registered where it is used (a built-in kind: in kinds/builtin.py)
