"""Who took no part in an item, as its decision says: 'Jens Hansen (A) deltog ikke i
behandlingen af punktet', '… erklærede sig inhabil og forlod mødet', 'Udvalget erklærede
Karen Holm (V) inhabil', 'Inhabil: Jens Hansen (A)'. Disqualified (inhabil) where the
sentence says so, else absent from the item.

The people are read as an absence list's entries are ('Direktør Lene Mehlsen', 'Jens Hansen
(A) og Karen Holm (V)'): a sentence whose subject is not only people ('Udvalget deltog ikke
…', 'Formanden var inhabil') names nobody. A text without one of the trigger words is not
searched (most decisions; 'deltog i dialogen' is not one), so the Direktion's minutes pay
next to nothing for this (case-insensitive patterns cost a seed a tenth more: minutes in
capitals are not read for it).
"""

from __future__ import annotations

import re

from .attendance import people_named
from .records import Absence, AbsenceKind
from .text import fold, sentence_around

# The verb after its subject, the people.
_AFTER_SUBJECT_RE = re.compile(
    r"\b(?:(?:deltog|deltager)\s+ikke\s+(?:i|under)\s+(?:(?:den\s+videre\s+|sagens\s+"
    r"|punktets\s+)?behandling(?:en)?|(?:dette\s+)?punkt(?:et)?\b|sagen)"
    r"|(?:erklærede|erklærer|anså|anser|meldte|melder)\s+sig\s+(?:selv\s+)?(?:for\s+)?inhabil"
    r"|(?:var|blev|er|bliver)\s+(?:erklæret\s+)?inhabil"
    r"|forlod\s+mødet\s+under\s+(?:behandlingen|sagens\s+behandling|punktets\s+behandling"
    r"|dette\s+punkt|punktet|sagen))",
)
# The people after the verb: 'Udvalget erklærede Karen Holm (V) inhabil', 'Inhabil: …'.
_OBJECT_RE = re.compile(
    r"\b(?:erklærede|erklærer|fandt|finder|anså|anser)\s+(?P<people>[A-ZÆØÅ][^.;:]{2,120}?)"
    r"\s+(?:for\s+)?inhabil"
    r"|\bInhabil(?:itet)?\s*:\s*(?P<listed>[^.;]{3,160})",
)
# Where the subject's clause opens, within its sentence: '…, at Jens Hansen (A) var inhabil',
# '…, og Jens Hansen (A) deltog ikke' (not the 'og' between two names).
_CLAUSE_RE = re.compile(r"(?:^|\s)(?:at|idet|da|hvorefter|hvorfor)\s+|,\s+og\s+", re.IGNORECASE)


def not_taking_part(text: str) -> list[Absence]:
    """Those a decision's text says took no part in the item, in the order named."""
    if not _may_say(text):
        return []
    text = fold(text)
    found: list[Absence] = []
    # Only the sentences that hold a verb's words are searched: the patterns, tried at every
    # word of a long decision, would cost more than the rest of its reading.
    for sentence in dict.fromkeys(sentence_around(text, at)[1] for at in _said_at(text)):
        for m in _AFTER_SUBJECT_RE.finditer(sentence):
            subject = _last_clause(sentence[: m.start()]).strip(" ,")
            found += people_named(subject, _kind(sentence))
        for m in _OBJECT_RE.finditer(sentence):
            found += people_named((m["people"] or m["listed"]).strip(" ,"), "inhabil")
    # One entry a person; disqualified where any sentence says so.
    by_name: dict[str, Absence] = {}
    for absence in found:
        if absence.name not in by_name or absence.kind == "inhabil":
            by_name[absence.name] = absence
    return list(by_name.values())


# In folded text (one space between words), the words each pattern's match holds.
_SAID = ("nhabil", "deltog ikke", "deltager ikke", "forlod mødet")


def _said_at(text: str) -> list[int]:
    """Where the words of a verb stand in text, in order."""
    found = []
    for words in _SAID:
        at = text.find(words)
        while at >= 0:
            found.append(at)
            at = text.find(words, at + 1)
    return sorted(found)


def _may_say(text: str) -> bool:
    """Does text hold the words every pattern here needs? Asked of the text as it is, before
    folding its lines (which costs a seed more than the rest): the verbs follow their
    subject, so they are in lower case ('Inhabil:' opens a line)."""
    return (
        "nhabil" in text
        or "forlod" in text
        or ("ikke" in text and ("deltog" in text or "deltager" in text))
    )


def _kind(sentence: str) -> AbsenceKind:
    return "inhabil" if "inhabil" in sentence.lower() else "fraværende"


def _last_clause(text: str) -> str:
    """text from where its last clause opens."""
    ends = [m.end() for m in _CLAUSE_RE.finditer(text)]
    return text[ends[-1] :] if ends else text
