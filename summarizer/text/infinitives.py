"""Whose words an infinitive of speech reports when no subject stands before it.

Two shapes of English grammar give a "to" infinitive its subject from the clause around it:

* object control: a verb of causing, asking or allowing passes its object to the infinitive - "the storm prompted
  the council to order a review", "forced the director, who was under questioning, to admit that ...", "led the
  mayor to fear a strike": the object reports;
* purpose: an infinitive set after a whole clause tells what it was for - "harbour officials met on Monday to
  discuss the closure", "sat down with the mayor to discuss new fares", "called a special session to discuss the
  levy": the clause's subject reports, with a verb of speech only (a purpose "to see", "to know" reports nothing).

An infinitive after a verb or an adjective of subject control ("plans to say", "was quick to point out") is the
subject finder's; one after a noun that takes it as a complement ("a plan to discuss", "her decision to announce")
belongs to that noun and is neither.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_words import BEFORE_TO, VERB_RE
from summarizer.text.lexicon import SPEECH_VERBS
from summarizer.text.subject import MAIN_VERB, subject_before

__all__ = ["infinitive_subject"]

# Verbs of causing, asking and allowing whose object is the subject of the infinitive after it.
_OBJECT_CONTROL = re.compile(
    r"\b(?:prompt|force|lead|led|persuade|convince|compel|press|pressure|push|cause|allow|enable|invite|inspire|"
    r"drive|drove|driven|get|got|implore|encourage)(?:s|es|ed|d|ing)?\b"
)
# Nouns that take a "to" infinitive as their complement: the infinitive is the noun's, not the clause's.
_INFINITIVE_NOUNS = frozenset((
    "plan", "plans", "effort", "efforts", "attempt", "attempts", "bid", "decision", "authority", "right", "power",
    "chance", "opportunity", "time", "way", "move", "proposal", "pressure", "need", "failure", "refusal", "promise",
    "pledge", "vow", "threat", "ability", "willingness", "reluctance", "call", "calls", "push", "order", "freedom",
    "permission", "invitation", "intention", "desire", "wish", "readiness", "determination", "campaign",
))  # fmt: skip
_WORD = re.compile(r"[\w’'-]+")
# Words between a clause's verb and a purpose infinitive never cross these.
_BREAK = re.compile(r"[,;:“”\"()—–]|\b(?:that|which|who|whom|whose|and|but|or|because|if|when|while)\b")
_PHRASE_AFTER = re.compile(r"\s+(?:at|in|on|during|after|before|over|with|from|for|by)\s")
_OBJECT = re.compile(r"\s*(?P<np>[^,;:“”\"()]{1,60}?)\s*(?:,[^;:“”\"()]{1,100},)?\s*$")


def infinitive_subject(text: str, verb_at: int, form: str, lemma: str) -> tuple[int, int] | None:
    """The span of who reports with the infinitive whose verb (``form`` of ``lemma``) stands at ``verb_at``: an
    object-controlling verb's object, or the subject of the clause a purpose infinitive of speech ends; else None."""
    before = text[:verb_at]
    if form != lemma or not re.search(r"\bto\s+$", before):
        return None  # "to repeated requests": a participle after a preposition, no infinitive
    to_at = before.rstrip().rfind("to")
    words = _WORD.findall(before[:to_at])
    if not words or words[-1].casefold() in BEFORE_TO or words[-1].casefold() in _INFINITIVE_NOUNS:
        return None
    control = None
    for control in _OBJECT_CONTROL.finditer(text, max(0, to_at - 160), to_at):
        pass
    if control is not None and not re.search(r"[;:“”\"]", text[control.end() : to_at]):
        obj = _OBJECT.match(text, control.end(), to_at)
        if obj is None or not obj.group("np")[:1].isalpha():
            return None
        phrase = _PHRASE_AFTER.search(obj.group("np"))  # "the council at its May session": the phrase is no part of it
        return obj.start("np"), obj.start("np") + phrase.start() if phrase is not None else obj.end("np")
    if lemma not in SPEECH_VERBS:
        return None
    finite = [v for v in (*MAIN_VERB.finditer(text, 0, to_at), *VERB_RE.finditer(text, 0, to_at))
              if not v.group().endswith("ing")]  # fmt: skip
    verb = max(finite, key=lambda v: v.start(), default=None)
    if verb is None or _BREAK.search(text, verb.end(), to_at):
        return None
    return subject_before(text, verb.start())
