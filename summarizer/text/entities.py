"""One entity, however the article refers to it: 'Blinken', 'Antony Blinken' and
'US Secretary of State Antony Blinken' are one person with the role 'US Secretary of State'.

Names are resolved against the article itself: the fullest form of a name that the
article writes anywhere wins; titles in front of a name become its role.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from summarizer.schemas import Entity, EntityKind
from summarizer.text.bodies import COMPANY_WORDS, ORG_WORDS, PLACE_ENDS, PLACE_STARTS, SITE_ENDS
from summarizer.text.headline import HEADLINE_VERBS, lines_in_sentence_case
from summarizer.text.lexicon import MONTHS, NAME_PARTICLES, ROLE_WORDS, TITLE_ABBREVIATIONS, WEEKDAYS
from summarizer.text.name_forms import fullest, honoured_words, without_affiliation
from summarizer.text.nationality import COMPASS, demonym, is_place, nations, region_of, unglued
from summarizer.text.titles import (
    ABBREVIATED,
    HONORIFICS,
    NOT_NARROWING,
    PERSON_TITLES,
    SAME_TITLE,
    named_next,
    title_head,
)

__all__ = ["TITLE_WORDS", "EntityIndex", "title_head"]

# The abbreviated titles read as part of a role, with or without their full stop: a subset of TITLE_ABBREVIATIONS;
# the ranks and offices "Lt.", "Col.", "Capt.", "Prof." ... (``ABBREVIATED``) only with their stop.
_ROLE_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen")
# Words of a title or role, as tokens are compared (lower case, a trailing full stop kept).
TITLE_WORDS = (
    ROLE_WORDS | {short + stop for short in _ROLE_ABBREVIATIONS for stop in ("", ".")} | {a for a in ABBREVIATED if a.endswith(".")}
)
_NAME_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w’'\-.]*"
_NAME_SEQ = re.compile(rf"{_NAME_TOKEN}(?:[ \t]+(?:of[ \t]+|al-|(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[ \t]+){{1,2}})?{_NAME_TOKEN})*")


def _name_runs(text: str) -> Iterator[tuple[int, str]]:
    """Runs of capitalised words, each cut after a word that ends a sentence ('Wednesday. He'
    is two runs): a full stop ends a sentence unless its word is an initial ('J.'), an
    abbreviation with inner stops ('U.S.') or a title ('Dr.')."""
    for m in _NAME_SEQ.finditer(text):
        start = m.start()
        for tok in re.finditer(r"\S+", m.group(0)):
            word = tok.group(0)
            stem = word[:-1]
            if tok.start() and word.casefold() in HEADLINE_VERBS:  # "Harrow Meets Keveling": a headline's verb
                if text[start : m.start() + tok.start()].strip():
                    yield start, text[start : m.start() + tok.start()].strip()
                start = m.start() + tok.end() + 1
                continue
            if word.endswith(".") and len(stem) > 1 and "." not in stem and stem.casefold() not in TITLE_ABBREVIATIONS:
                yield start, text[start : m.start() + tok.end()]
                start = m.start() + tok.end()
        rest = text[start : m.end()]
        if rest.strip():
            yield start + len(rest) - len(rest.lstrip()), rest.strip()


_POSSESSOR = re.compile(r".*?['’]s\s+")


def _affiliated(runs: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The runs, each preceded by the name before its first 'of' when there is one, and by the name after
    its first possessive: "Pastor Joseph Brown of Marion Avenue Baptist Church" and "Senator Ann Cole of
    Texas" name a person, then where the person is from or serves ("Bank of America" leaves one word, no
    person's name); "The Post's Dana Milbank" names the owner, then the person."""
    for at, run in runs:
        head = run.split(" of ", 1)[0]
        if head != run:
            yield at, head
        owner = _POSSESSOR.match(run)
        if owner is not None and owner.end() < len(run):
            # "Prime Minister Rui Carvalho's Progress Party": an owner with a title before the name is a person too
            # (a headline's "Harsh Realities Plague Obama's" is not)
            owner_name = re.sub(r"['’]s\s*$", "", run[: owner.end()])
            if split_title(_without_opening(owner_name))[1] is not None:
                yield at, owner_name
            yield at + owner.end(), run[owner.end() :]  # "The Post's Dana Milbank": the person after the owner
        else:
            yield at, run


# A description in apposition after a name: "Ivo Marsh, a spokesman for the union, said".
_APPOSED = re.compile(r",\s+(?:an?|the|his|her|its|their)\s+(?P<role>[^,.;:“”\"()]{1,60}?),")
_ROLE_PREPOSITIONS = frozenset(("of", "for", "at", "to", "in", "with", "on"))


def _without_opening(run: str) -> str:
    """A capitalised run without the words that open a sentence before a name, and without a date
    ('On Friday Ann Lee' -> 'Ann Lee'; 'On Friday' -> '')."""
    while (m := re.match(r"(\S+)\s*", run)) and (
        m.group(1).casefold() in _OPENING_WORDS or _a_date_word(m.group(1), run[m.end() :])
    ):
        run = run[m.end() :]
    return run


def _a_date_word(word: str, after: str) -> bool:
    """A weekday or a month opening a run; a month's short form without its stop only before a number: "Jun 5",
    but "Jun Abellera" is a name."""
    low = word.casefold().rstrip(".,")
    if low not in _DATE_WORDS:
        return False
    return low in WEEKDAYS or len(low) > 3 or word.endswith(".") or after[:1].isdigit() or not after


def _role_apposed(text: str, end: int) -> str | None:
    """The role a description in apposition, closed by its comma, right after a name gives ('Ivo Marsh, a
    spokesman for the union,' -> 'spokesman for the union'): a person's title heads it, as its last word
    or before a preposition; else None."""
    m = _APPOSED.match(text, end)
    if m is None:
        return None
    words = [t.casefold().removesuffix("'s").removesuffix("’s") for t in _tokens(m.group("role"))]
    cut = next((i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words))
    return m.group("role") if cut > 0 and words[cut - 1] in PERSON_TITLES else None


# "the group", "the firm": a body the article named after that noun ("the investment firm Harcastle Partners").
_THE_BODY = re.compile(
    r"(?i:the)\s+(group|firm|company|union|agency|charity|club|consortium|council|ministry|association|alliance|"
    r"foundation|institute|coalition|movement|campaign|airline|insurer|lender|retailer|broadcaster|carrier|operator|"
    r"developer|manufacturer|maker|regulator|watchdog|trust|committee|network|organi[sz]ation)"
)


def _key(name: str) -> str:
    return re.sub(r"['’]s$", "", name.strip()).casefold()


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name.strip()) if t]


# Words that open a sentence capitalised but never a name: prepositions, articles, conjunctions.
_OPENING_WORDS = frozenset((
    "on", "in", "at", "for", "from", "with", "by", "after", "before", "during", "since", "until", "under",
    "over", "as", "to", "of", "and", "but", "the", "a", "an", "if", "when", "while", "last", "next", "this",
    "then", "now", "later", "meanwhile", "instead", "still", "yet", "so", "also", "his", "her", "their", "its", "our",
    "although", "though", "because", "unless", "whether", "whereas", "however", "despite",
))  # fmt: skip
_DATE_WORDS = frozenset((*WEEKDAYS, *MONTHS))
# A preposition of place just before a name: "at", "outside", "to the" ("outside City Hall", "to St. Mary's Church").
_AT_A_SITE = re.compile(
    r"\b(?:at|in|inside|outside|near|to|from|into|across|around|through|toward|towards|opposite|behind|beside)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# Words that end a capitalised run naming no person: of a region ("Middle Eastern"), of a party ("Iowa Republican").
_REGIONAL = frozenset(["eastern", "western", "northern", "southern", "central", "atlantic", "pacific", "republican", "democrat"])


def split_title(name: str) -> tuple[str, str | None]:
    """('Antony Blinken', 'US Secretary of State') from 'US Secretary of State Antony Blinken'."""
    from summarizer.text.places import country_code

    toks = _tokens(unglued(re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.IGNORECASE)))
    cut = 0
    for i, tok in enumerate(toks[:-1]):
        low = tok.casefold().strip(",")
        if tok == "New" and toks[i + 1][:1].isupper() and toks[i + 1].casefold() not in TITLE_WORDS:
            break  # "New Yorker", "New Zealand": a name's first word, not the title's "new"
        # a state or town before a title is where the title holds: "Vermont Sen. Bernie Sanders"
        placed = toks[i + 1].casefold().strip(",") in TITLE_WORDS and is_place(tok.strip(","))
        if low in TITLE_WORDS or demonym(tok) or country_code(tok.strip(",")) is not None or region_of(toks, i) or placed:
            cut = i + 1
        else:
            break
    # a title headed by a person's title after other words ("Police Chief", "Bank of England Governor")
    # ... or an honorific after another title ("Superintendent Dr. Carla Mendes", "Cllr Janet Whitlow")
    heads = [i for i, tok in enumerate(toks[:-1]) if tok[:1].isupper() and (
        tok.casefold().strip(",") in PERSON_TITLES or tok.casefold().strip(",.") in HONORIFICS
        or tok.casefold().strip(",") in ABBREVIATED)]
    if heads and heads[-1] >= cut:
        cut = heads[-1] + 1
    return " ".join(toks[cut:]), " ".join(toks[:cut]) or None


@dataclass
class EntityIndex:
    """Person names the article writes, keyed by surname, and the entities met so far."""

    text: str
    people: dict[str, str] = field(default_factory=dict)  # surname (casefold) -> fullest name
    roles: dict[str, str] = field(default_factory=dict)  # full name (casefold) -> role in the text
    seen: dict[str, Entity] = field(default_factory=dict)
    # the text with its Title Case headlines as sentences ("Obama says African-American Museum ..."), names read in it
    readable: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.readable = lines_in_sentence_case(self.text)
        # a word the text writes after an honorific is a surname, though it be a title's too ("Mr. King", "Dr. Judge")
        honoured = {_key(w) for w in honoured_words(self.readable)}
        written: dict[str, Counter[str]] = defaultdict(Counter)  # each surname's full forms, how often written
        for at, run in _affiliated(_name_runs(self.readable)):
            core, title = split_title(_without_opening(run))
            core = without_affiliation(core)  # "Republican Donald Trump": the party is no part of the name
            if re.search(r"[a-z]{2}\.$", core):
                core = core[:-1]  # the full stop that ends a sentence, not an initial's ('Erik Dahl.')
            if not 2 <= len(toks := _tokens(core)) <= 4:
                continue
            if any(t.casefold() in ORG_WORDS or (t.isupper() and len(t) > 3) for t in toks) or any(
                    t.casefold() in TITLE_WORDS for t in (toks[:-1] if _key(toks[-1]) in honoured else toks)):
                continue  # organisations, titles, HEADINGS; "Larry King" where the text writes "Mr. King"
            if toks[0].casefold() in PLACE_STARTS or toks[-1].casefold().rstrip(".,") in WEEKDAYS:
                continue  # "Fort Pierce", "Lake Placid"; "Florida Friday": a place and its day
            if is_place(core) or demonym(toks[-1]) or toks[-1].casefold().rstrip(".") in _REGIONAL | PLACE_ENDS:
                continue  # El Paso, Ciudad Juárez; "Middle Eastern", "South Korean": adjectives, not surnames
            if toks[-1].casefold().rstrip(".,") in SITE_ENDS and _AT_A_SITE.search(self.readable, 0, at + run.find(core)):
                continue  # "at Holm Park", "outside City Hall": a site, not a person
            surname = _key(toks[-1])
            written[surname][re.sub(r"['’]s$", "", core)] += 1
            start = at + run.find(core)
            before = self._role_before(start)
            if before and title and title.casefold().endswith(" " + before.casefold()):
                before = title  # the whole compound title the run opens with: "Police Chief", not "Chief"
            role = before or _role_apposed(self.text, start + len(core))
            if role and core.casefold() not in self.roles:
                self.roles[core.casefold()] = role
        self.people = {k: fullest(forms) for k, forms in written.items()}

    def _role_before(self, start: int) -> str | None:
        """Title words written just before a name: 'newly appointed Defence secretary' -> 'Defence secretary'."""
        before = self.text[max(0, start - 80) : start]
        toks = _tokens(before)
        picked: list[str] = []
        for tok in reversed(toks):
            low = tok.casefold().strip(",")
            if picked and low in COMPASS and demonym(picked[-1]):
                picked.append(tok)  # "South Korean"
                continue
            if tok.endswith(",") or not (low in TITLE_WORDS or low in PERSON_TITLES or demonym(tok)
                                         or tok.isupper() and len(tok) <= 3):
                break
            picked.append(tok)
        if picked and picked[-1].casefold() in PERSON_TITLES and picked[-1][:1].islower():
            # "Kelsall Rovers manager Steve Carrick": the body a lower-case title is held in, by its name
            for tok in reversed(toks[: len(toks) - len(picked)][-3:]):
                if not tok[:1].isupper() or tok.endswith((",", "'s", "’s")) or tok.casefold() in _OPENING_WORDS:
                    break
                picked.append(tok)
        if picked and picked[0].casefold() == "of":
            return None  # "The new head coach of Rayo Norte, Tomás Echeverri": the name after 'of' is the body's
        while picked and picked[-1].casefold() in ("the", "of", "newly", "appointed", "new", "former", "acting"):
            picked.pop()
        role = " ".join(reversed(picked)).strip()
        return role or None

    def person_by_surname(self, word: str) -> str | None:
        """The full name of the person the article names with this surname ('Besigye’s' included)."""
        return self.people.get(_key(word))

    def _person_in(self, raw: str) -> tuple[str, str | None] | None:
        """The known person a longer phrase ends with, and the title words before it (no preposition's object)."""
        toks = _tokens(raw)
        for n in (3, 2):
            if len(toks) > n and toks[-n - 1].casefold() not in ("from", "of", "in", "at", "by", "near", "the"):
                tail = " ".join(toks[-n:])
                surname = _key(toks[-1])
                if self.people.get(surname, "").casefold() == tail.casefold():
                    return self.people[surname], " ".join(toks[:-n]) or None
        return None

    def by_title(self, title: str, before: int) -> str | None:
        """The person last named before ``before`` whose role has the title's word ('the secretary');
        a longer description is read by its head noun ('the former governor', 'the country's finance
        minister'), and an abbreviated title stands for its word ('Sen.' holds 'senator')."""
        head = title_head(title)
        words = {head} if head else {t.casefold() for t in _tokens(title)} - {"the", "of", "a", "an"}
        words = {SAME_TITLE.get(w, w) for w in words}
        # the description's other title words narrow it: "the health minister" is the one whose role says "health"
        # (and so do its names: "the Kelsall manager" is the one whose role says "Kelsall")
        narrow = ({t.casefold() for t in _tokens(title)} & ROLE_WORDS - NOT_NARROWING) | {
            t.casefold() for t in _tokens(title)[1:] if t[:1].isupper() and t.casefold() not in TITLE_WORDS}
        best: tuple[int, int, str | None] = (-1, -1, None)
        nation = nations(title)
        for full in self.people.values():
            role = self.roles.get(full.casefold(), "")
            held = {ABBREVIATED.get(t.casefold(), t.casefold()) for t in _tokens(role)}
            if not words or not words <= held:
                continue
            if nation and nations(role) and not nation & nations(role):
                continue  # "the Indian prime minister" is not the Japanese one
            at = self.text.rfind(full.split()[-1], 0, before)
            best = max(best, (int(narrow <= held), at, full))
        if best[2] is None:
            return named_next(title, self.text, list(self.people.values()), self.roles, before)
        return best[2]

    def resolve(self, name: str, kind_hint: EntityKind | None = None, *, before: int | None = None) -> Entity:
        """The entity for a name as the model or the text gives it.

        A bare title ('the secretary') is the person last named with that title before ``before``.
        """
        from summarizer.text.places import country_code, place_for

        raw = name.strip().strip(".,;:")
        toks = _tokens(raw)
        person = self._person_in(raw)
        if person is not None and kind_hint != "organisation":
            # "State department spokesman Ned Price" is Ned Price, whose role the text gives.
            full, role = person
            known = self.roles.get(full.casefold())
            best = max((r for r in (known, role) if r), key=len, default=None)
            return self._remember(Entity(name=full, kind="person", role=best), raw)
        # A description ('the secretary'), never a bare capitalised word that may be a surname ('King').
        # ... or two words or more of title and nationality only ("Indian prime minister", "Prime Minister")
        described = bool(toks) and (toks[0].casefold() == "the" or raw[:1].islower() or len(toks) > 1 and all(
            t.casefold() in TITLE_WORDS or demonym(t) for t in toks))
        if before is not None and described and (all(t.casefold() in TITLE_WORDS or demonym(t) for t in toks)
                                                 or title_head(raw)):
            titled = self.by_title(raw, before)
            if titled is not None:
                return self._remember(Entity(name=titled, kind="person", role=self.roles.get(titled.casefold())), raw)
        if before is not None and (named := self._organisation_named(raw, before)) is not None:
            return self._remember(Entity(name=named, kind="organisation"), raw)
        if kind_hint == "organisation" or any(t.casefold().strip(".,") in ORG_WORDS for t in _tokens(raw)):
            # "State department" keeps its words: titles are stripped from people only.
            org = re.sub(r"^the\s+", "", raw, flags=re.IGNORECASE)
            return self._remember(Entity(name=org, kind="organisation"), raw)
        if described and kind_hint in (None, "person") and any(t.casefold() in TITLE_WORDS - {"the", "a", "an"} for t in toks) and all(
                t.casefold() in TITLE_WORDS or t.casefold() in ("the", "a", "an") or demonym(t) for t in toks):
            # a description no one named before answers to: the person as the article writes it
            desc = re.sub(r"^(?:the|an?)\s+", "", raw, flags=re.IGNORECASE)
            return self._remember(Entity(name=desc, kind="person", role=desc), raw)
        core, title = split_title(raw)
        code = country_code(raw) or country_code(core)
        if code is not None and kind_hint != "person":
            place = place_for(core if country_code(core) else raw)
            canonical = place.country or core
            return self._remember(Entity(name=canonical, kind="country", country_code=code), raw)
        toks = _tokens(core)
        kind: EntityKind = kind_hint or "unknown"
        full = core
        if toks and any(t.casefold().strip(".,") in ORG_WORDS for t in toks):
            kind = "organisation"
        elif toks:
            surname = _key(toks[-1])
            if surname in self.people and (len(toks) == 1 or self.people[surname].casefold().endswith(core.casefold())):
                full = self.people[surname]
                kind = "person"
            elif len(toks) >= 2 and kind == "unknown" and all(t[:1].isupper() for t in toks):
                kind = "person"
        if len(toks) == 1 and kind in ("unknown", "organisation") and (whole := self._written_in_full(core)):
            full, kind = whole, "organisation"  # "Ridgeline said": Ridgeline Pharmaceuticals, named so before
        role = title if title and kind == "person" else None
        if kind == "person" and full.casefold() in self.roles:
            role = self.roles[full.casefold()] if not role or len(self.roles[full.casefold()]) > len(role) else role
        return self._remember(Entity(name=full, kind=kind, role=role), raw)

    def _written_in_full(self, word: str) -> str | None:
        """The name a body told by its first word was written in ("Corvallis Foods" for "Corvallis"): capitalised
        words after that word, none a title or a date, not another person's name; None when the text has none."""
        if not word[:1].isupper() or not word.isalpha():
            return None
        for m in re.finditer(rf"\b{re.escape(word)}((?:[ \t]+[A-ZÀ-Þ][\w&’'-]*){{1,3}})", self.readable):
            rest = _tokens(m.group(1))
            if any(t.casefold() in TITLE_WORDS or t.casefold() in _DATE_WORDS for t in rest):
                continue
            whole = f"{word} {' '.join(rest)}"
            if rest[-1].casefold() not in ORG_WORDS | COMPANY_WORDS or any(
                    word in _tokens(p) for p in self.people.values() if p != whole):
                continue  # "EgyptAir Plane Crash" names no body; "King" may be Billie Jean King
            return whole
        return None

    def _organisation_named(self, raw: str, before: int) -> str | None:
        """The organisation 'the group' stands for: the name last written after that noun before ``before`` ("the
        campaign group Books Not Barrels ... The group said"); None for another description or none named."""
        m = _THE_BODY.fullmatch(raw)
        if m is None:
            return None
        last = None
        for last in re.finditer(rf"\b{m.group(1)}\s+((?:[A-ZÀ-Þ][\w&’'.-]*\s?){{1,5}})", self.text[:before]):
            pass
        return last.group(1).strip().rstrip(".,") if last is not None else None

    def _remember(self, entity: Entity, raw: str) -> Entity:
        key = entity.name.casefold()
        known = self.seen.get(key)
        if known is None:
            known = entity
            self.seen[key] = known
        elif entity.role and not known.role:
            known.role = entity.role
        if raw and raw != known.name and raw not in known.aliases:
            known.aliases.append(raw)
        return known.model_copy(deep=True)
