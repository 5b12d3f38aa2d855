"""Check a report of blind classes against the sets it was read from, which must stay unread.

    python benchmarks/heldout_events/blind_check.py REPORT.md SET.jsonl [SET.jsonl ...]

(a) No run of four words of the report (lowercased, punctuation stripped) occurs in a set's text, except runs made
only of function words and common verbs; (b) no capitalised word of the report that occurs in a set's text is other
than an ordinary English word (seen in lower case, a month, a day, a courtesy title, or reviewed by hand). Prints
what it finds; exits 1 if anything is left.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def _words(spaced: str) -> set[str]:
    return set(spaced.split())


_FUNCTION = _words("""a an the to of in on at for with from by and or but as that which who where when it its he she they his
her their this then also down up over out back will would is are was were be been has have had not no so after before
into next last week day""")
_VERBS = _words("""sit sat come came go went said says say meet met take took make made spend spent leave left hold held due set
agreed expected booked pulled led fly spoken""")
ALLOWED = _FUNCTION | _VERBS
COMMON = _words("""January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr English""")
REVIEWED_ORDINARY = {"Bishop", "Councillor", "Trust"}  # ordinary English nouns used as titles, reviewed by hand
_WORD = r"[\w'’-]+"


def _tokens(text: str) -> list[str]:
    words = (w.strip("'-") for w in re.findall(_WORD, text.lower().replace("’", "'")))
    return [w for w in words if w]


def shared_runs(report: str, texts: list[str]) -> list[str]:
    """Four-word runs of ``report`` found in ``texts``, not made only of allowed words."""
    grams: set[tuple[str, ...]] = set()
    for text in texts:
        words = _tokens(text)
        grams |= {tuple(words[i : i + 4]) for i in range(len(words) - 3)}
    words = _tokens(report)
    runs = (tuple(words[i : i + 4]) for i in range(len(words) - 3))
    return sorted({" ".join(g) for g in runs if g in grams and not all(w in ALLOWED for w in g)})


def shared_names(report: str, texts: list[str]) -> list[str]:
    """Capitalised words of ``report`` found in ``texts`` and not shown to be ordinary English words."""
    set_words = set(re.findall(_WORD, "\n".join(texts)))
    lower = {w for w in set_words if w.islower()} | {w.lower() for w in re.findall(_WORD, report) if w.islower()}
    flagged = []
    for word in sorted(set(re.findall(r"\b[A-Z][\w'’-]*", report))):
        base = word[:-2] if word.endswith(("'s", "’s")) else word
        if (base in set_words or word in set_words) and base not in COMMON and base.lower() not in lower:
            flagged.append(word)
    return [w for w in flagged if w not in REVIEWED_ORDINARY]


def main() -> None:
    report = Path(sys.argv[1]).read_text(encoding="utf-8")
    lines = [line for path in sys.argv[2:] for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [json.loads(line)["text"] for line in lines]
    runs, names = shared_runs(report, texts), shared_names(report, texts)
    print(f"(a) four-word runs shared with the sets: {len(runs)}", runs)
    print(f"(b) names shared with the sets: {len(names)}", names)
    sys.exit(1 if runs or names else 0)


if __name__ == "__main__":
    main()
