"""Records of a kind from a kind file: one question per candidate sentence, like trips and meetings.

A sentence is a candidate when the kind's cue words occur in it, in an event sense the sentence does
not negate or leave hypothetical ("was not arrested", "could be jailed"). The model is asked the
kind's question with a reply schema built from the file's fields (:func:`reply_model`); names and
places must appear in the article (else the reply is re-asked), text must appear in the sentence,
dates are the sentence's own date words resolved against the reference date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, create_model, field_validator

from summarizer.extract.grounding import span_of
from summarizer.extract.run import Answer, ArticleRun, Passages, best_when, dates_in, place
from summarizer.kinds.spec import FieldSpec, KindSpec
from summarizer.llm.answers import check_names
from summarizer.llm.prompts import load_prompt
from summarizer.schemas import Entity, FieldValue, Place, Record
from summarizer.text.modality import event_modality
from summarizer.text.names import appears_in
from summarizer.text.participants import has_anaphor
from summarizer.text.sentences import Sentence

__all__ = ["find_records", "is_candidate", "merge_records", "reply_model"]

_RECORD_TOKENS = 200


class _Reply(BaseModel):
    model_config = ConfigDict(extra="ignore")


def _annotation(spec: FieldSpec) -> tuple[Any, Any]:
    """The reply field's type and its pydantic Field."""
    if spec.type == "people":
        return list[str], Field(default_factory=list, max_length=4, description=spec.description)
    if spec.type == "choice":
        return Literal[spec.values] | None, Field(default=None, description=spec.description)
    return str | None, Field(default=None, description=spec.description)


def _grounded(spec: FieldSpec) -> Any:
    """A validator: the values must appear in the article (pronouns dropped from people)."""
    what = spec.name

    def check(cls: type[BaseModel], value: Any, info: ValidationInfo) -> Any:
        if value is None:
            return None
        people = spec.type in ("person", "people")
        found = check_names(value if isinstance(value, list) else [value], info, what, drop_pronouns=people)
        return found if isinstance(value, list) else (found[0] if found else None)

    return field_validator(spec.name)(classmethod(check))


@cache
def reply_model(spec: KindSpec) -> type[BaseModel]:
    """The reply schema for ``spec``: the yes/no answer under the kind's singular name, then each asked field."""
    fields: dict[str, Any] = {spec.singular: (bool, Field(description=f"true only if: {spec.question}"))}
    validators: dict[str, Any] = {}
    for f in spec.fields:
        if f.asked:
            fields[f.name] = _annotation(f)
            if f.in_text and f.type != "choice":
                validators[f"_check_{f.name}"] = _grounded(f)
    title = "".join(w.capitalize() for w in spec.singular.split("_")) + "Facts"
    model: type[BaseModel] = create_model(title, __base__=_Reply, __validators__=validators, **fields)
    model.__doc__ = f"{_a(spec.singular)} {spec.singular.replace('_', ' ')} reported by one sentence, if any."
    return model


def _a(word: str) -> str:
    return "An" if word[:1] in "aeiou" else "A"


def _fields_line(spec: KindSpec) -> str:
    """What the prompt says of each asked field: 'person = who was arrested; ...'."""
    parts = [f"{f.name} = {f.description.rstrip('.')}" + (f" (one of {', '.join(f.values)})" if f.values else "")
             for f in spec.fields if f.asked]
    return "; ".join(parts) + "; null or [] when the Sentence does not say."


def _value(run: ArticleRun, sent: Sentence, spec: FieldSpec, raw: Any) -> FieldValue:
    """One field's value for the record, kept only where the sentence bears it out."""
    if spec.type == "date":
        return best_when(dates_in(run, sent))
    if spec.type in ("person", "people"):
        # Descriptions count ("two students", "6,000 soldiers"): the people of an arrest or a protest are
        # often not named. Pronouns are already left out by the reply's validator.
        names = [n.strip(" ,.") for n in (raw if isinstance(raw, list) else [raw] if raw else [])]
        people = [run.index.resolve(n, before=sent.start) for n in dict.fromkeys(n for n in names if n)]
        return people if spec.type == "people" else (people[0] if people else None)
    if spec.type == "place":
        return _place(raw, sent.text, run.doc.text)
    if spec.type == "text" and isinstance(raw, str) and spec.in_text and not appears_in(raw, sent.text):
        return None
    return raw if isinstance(raw, str) and raw.strip() else None


def _place(raw: Any, sentence: str, text: str) -> Place | None:
    """A place the sentence names: one with a known country, or a name it writes after 'in', 'at', 'near'
    ('in the Third Army Corps' is not; 'the Anadolu news agency' as a place never is)."""
    if not isinstance(raw, str) or not appears_in(raw, sentence):
        return None
    from summarizer.text.places import is_known_place

    after = re.search(r"\b(?:in|at|near|outside|inside|across|from)\s+(?:the\s+)?" + re.escape(raw.strip()), sentence)
    # a town of the world's gazetteer only where the sentence writes it as a place: GeoNames has a Wilson and a Martin
    return place(raw, None, text) if after or is_known_place(raw.strip().strip(".,")) else None


def _record(run: ArticleRun, sent: Sentence, spec: KindSpec, reply: BaseModel) -> Record | None:
    values = {f.name: _value(run, sent, f, getattr(reply, f.name, None)) for f in spec.fields}
    if any(f.required and values[f.name] in (None, []) for f in spec.fields):
        return None
    return Record(kind=spec.name, fields=values, evidence=[span_of(run.doc.text, sent.start, sent.end)])


def _without_dates(sentence: str) -> str:
    """The sentence with its date phrases blanked (offsets kept): 'in March', 'May 4' hold no cue word."""
    from summarizer.text.dates import find_date_phrases

    out = sentence
    for start, end in find_date_phrases(sentence):
        out = out[:start] + " " * (end - start) + out[end:]
    return out


def is_candidate(sentence: str, spec: KindSpec) -> bool:
    """The sentence holds a cue of the kind outside its dates, not negated nor hypothetical."""
    words = _without_dates(sentence)
    return spec.cue.search(words) is not None and event_modality(words, spec.cue) not in ("negated", "hypothetical")


def find_records(run: ArticleRun, passages: Passages, spec: KindSpec) -> Callable[[], list[Record]]:
    """Candidate sentence -> question (asked now) -> validated reply -> record, read in the article's order."""
    prompt = load_prompt("record")
    reply_type = reply_model(spec)
    asked: list[tuple[Sentence, Answer]] = []
    for sent in passages.sentences:
        if not is_candidate(sent.text, spec):
            continue
        context = run.context(sent)
        shown = f"Context: {context}\n\n" if context and has_anaphor(sent.text) else ""
        user = prompt.render("user", question=spec.question, fields=_fields_line(spec), context=shown,
                             sentence=sent.text)
        asked.append((sent, run.ask_later(reply_type, user, f"sentence {sent.index} {spec.singular}", _RECORD_TOKENS)))

    def read() -> list[Record]:
        found: list[Record] = []
        for sent, answer in asked:
            reply = answer()
            if isinstance(reply, BaseModel) and getattr(reply, spec.singular, False) is True:
                record = _record(run, sent, spec, reply)
                if record is not None:
                    found.append(record)
        return found

    return read


def _people(record: Record) -> set[str]:
    names: set[str] = set()
    for value in record.fields.values():
        for e in value if isinstance(value, list) else [value]:
            if isinstance(e, Entity):
                names.add(e.name.casefold())
    return names


def merge_records(records: list[Any]) -> list[Any]:
    """One record for one event told in two sentences in a row that name a person in common."""
    out: list[Record] = []
    for rec in records:
        last = out[-1] if out else None
        if last is not None and _people(last) & _people(rec) and _next_to(last, rec):
            last.evidence.append(rec.evidence[0])
            for name, value in rec.fields.items():
                if last.fields.get(name) in (None, []):
                    last.fields[name] = value
            continue
        out.append(rec)
    return out


def _next_to(a: Record, b: Record) -> bool:
    """``b`` begins within a few characters of the end of ``a``'s last sentence."""
    return 0 <= b.evidence[0].start - a.evidence[-1].end <= 3
