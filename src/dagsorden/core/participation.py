"""Who took no part in an item, as its decision says: 'Jens Hansen (A) deltog ikke i
behandlingen af punktet', '… erklærede sig inhabil og forlod mødet', '… forlod mødet før
punkt 3', 'Udvalget erklærede Karen Holm (V) inhabil', 'Inhabil: Jens Hansen (A)', or
away from the meeting: 'Direktør Lene Mehlsen havde meldt afbud', '… var fraværende'.
Disqualified (inhabil) where the sentence says so, sent regrets (afbud) where it says that,
else absent from the item.

The people are read as an absence list's entries are ('Direktør Lene Mehlsen', 'Jens Hansen
(A) og Karen Holm (V)'): a sentence whose subject is not only people ('Udvalget deltog ikke
…') names nobody; one whose subject is roles alone ('Velfærdsdirektøren deltog ikke …',
'Formanden var inhabil') names the one person the document gives each title. A text without
one of the trigger words is not searched (most decisions; 'deltog i dialogen' is not one),
so the Direktion's minutes pay next to nothing for this (case-insensitive patterns cost a
seed a tenth more: they read only minutes whose verbs are in capitals).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .attendance import people_named
from .people import job_title, role_at
from .records import Absence, AbsenceKind, Person
from .text import fold, role_title, sentence_around

# The verb after its subject, the people.
_AFTER_SUBJECT_RE = re.compile(
    r"\b(?:(?:deltog|deltager)\s+ikke\s+(?:i|under)\s+(?:(?:den\s+videre\s+|sagens\s+"
    r"|punktets\s+)?behandling(?:en)?|(?:dette\s+)?punkt(?:et)?\b|sagen)"
    r"|(?:erklærede|erklærer|anså|anser|meldte|melder)\s+sig\s+(?:selv\s+)?(?:for\s+)?inhabil"
    r"|(?:var|blev|er|bliver)\s+(?:erklæret\s+)?inhabil"
    r"|forlod\s+mødet\s+(?:under|før|inden)\s+(?:behandlingen|sagens\s+behandling"
    r"|punktets\s+behandling|(?:dette\s+)?punkt(?:et)?\b|sagen)"
    # away from the meeting, the item with it: 'Kommunaldirektør Jan Jeppesen havde meldt
    # afbud', '… var fraværende'
    r"|(?:(?:havde|har)\s+(?:på\s+forhånd\s+)?meldt|meldte|melder)\s+afbud"
    r"|(?:var|er)\s+fraværende)",
)
# The people after the verb: 'Udvalget erklærede Karen Holm (V) inhabil', 'Inhabil: …'.
_OBJECT_RE = re.compile(
    r"\b(?:erklærede|erklærer|fandt|finder|anså|anser)\s+(?P<people>[A-ZÆØÅ][^.;:]{2,120}?)"
    r"\s+(?:for\s+)?inhabil"
    r"|\bInhabil(?:itet)?\s*:\s*(?P<listed>[^.;]{3,160})",
)
# The same for minutes written in capitals ('JENS HANSEN (A) DELTOG IKKE I BEHANDLINGEN'),
# asked only of a text whose verbs are in capitals: case-insensitive patterns cost a seed a
# tenth more.
_SHOUTED = (
    re.compile(_AFTER_SUBJECT_RE.pattern, re.IGNORECASE),
    re.compile(_OBJECT_RE.pattern, re.IGNORECASE),
)
# Where the subject's clause opens, within its sentence: '…, at Jens Hansen (A) var inhabil',
# '…, og Jens Hansen (A) deltog ikke' (not the 'og' between two names).
_CLAUSE_RE = re.compile(r"(?:^|\s)(?:at|idet|da|hvorefter|hvorfor)\s+|,\s+og\s+", re.IGNORECASE)


def not_taking_part(text: str) -> list[Absence]:
    """Those a decision's text says took no part in the item, in the order named."""
    found = [
        absence for subject, kind in _subjects(text) for absence in people_named(subject, kind)
    ]
    return _once_each(found)


def roles_not_taking_part(text: str, people: Iterable[Person]) -> list[Absence]:
    """Those a decision's text names by their role alone ('Velfærdsdirektøren deltog ikke
    under punktet', 'Økonomichefen og HR-chefen forlod mødet under punktet'): the one person
    of people (the document's) with that title each; a role that no one or several hold in
    the document names nobody."""
    found = []
    for subject, kind in _subjects(text):
        roles = _roles(subject)
        if roles:
            found += [
                Absence(name=person.name, kind=kind, title=person.title)
                for role in roles
                if (person := _holder(role, people)) is not None
            ]
    return _once_each(found)


def _subjects(text: str) -> Iterator[tuple[str, AbsenceKind]]:
    """The subjects (or objects) of the verbs that say someone took no part, with the kind."""
    if _may_say(text):
        after_subject, objects, said = _AFTER_SUBJECT_RE, _OBJECT_RE, _SAID
    elif _may_say(text, shouted=True):
        (after_subject, objects), said = _SHOUTED, _SAID_SHOUTED
    else:
        return
    text = fold(text)
    # Only the sentences that hold a verb's words are searched: the patterns, tried at every
    # word of a long decision, would cost more than the rest of its reading.
    for sentence in dict.fromkeys(sentence_around(text, at)[1] for at in _said_at(text, said)):
        for m in after_subject.finditer(sentence):
            yield _last_clause(sentence[: m.start()]).strip(" ,"), _kind(sentence)
        for m in objects.finditer(sentence):
            yield (m["people"] or m["listed"]).strip(" ,"), "inhabil"


def _once_each(found: list[Absence]) -> list[Absence]:
    """One entry a person; disqualified where any sentence says so."""
    by_name: dict[str, Absence] = {}
    for absence in found:
        if absence.name not in by_name or absence.kind == "inhabil":
            by_name[absence.name] = absence
    return list(by_name.values())


_ROLES_APART_RE = re.compile(r"\s*,\s*|\s+og\s+")


def _roles(subject: str) -> list[str]:
    """The roles subject names and nothing else ('Velfærdsdirektøren', 'Økonomichefen og
    HR-chefen'), as job titles; none when any piece is not a role."""
    out = []
    for piece in _ROLES_APART_RE.split(subject):
        found = role_at(piece, 0)
        if found is None or found[1] != len(piece):
            return []
        out.append(role_title(job_title(found[0])).lower())
    return out


def _holder(role: str, people: Iterable[Person]) -> Person | None:
    """The one person with that title ('velfærdsdirektør': 'konstitueret velfærdsdirektør'
    too, the same post)."""
    post = _post(role)
    holders = {p.name: p for p in people if p.title and _post(role_title(p.title).lower()) == post}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _post(title: str) -> str:
    return title.removeprefix("konstitueret ")


# In folded text (one space between words), the words each pattern's match holds.
_SAID: tuple[str, ...] = (
    "nhabil",
    "deltog ikke",
    "deltager ikke",
    "forlod mødet",
    " afbud",
    "fraværende",
)
_SAID_SHOUTED = tuple(words.upper() for words in _SAID)


def _said_at(text: str, said: tuple[str, ...]) -> list[int]:
    """Where the words of a verb stand in text, in order."""
    found = []
    for words in said:
        at = text.find(words)
        while at >= 0:
            found.append(at)
            at = text.find(words, at + 1)
    return sorted(found)


def _may_say(text: str, shouted: bool = False) -> bool:
    """Does text hold the words every pattern here needs? Asked of the text as it is, before
    folding its lines (which costs a seed more than the rest): the verbs follow their
    subject, so they are in lower case ('Inhabil:' opens a line), or all in capitals."""
    if shouted:
        return (
            "NHABIL" in text
            or "FORLOD" in text
            or ("IKKE" in text and ("DELTOG" in text or "DELTAGER" in text))
            or " AFBUD" in text
            or "FRAVÆRENDE" in text
        )
    return (
        "nhabil" in text
        or "forlod" in text
        or ("ikke" in text and ("deltog" in text or "deltager" in text))
        or " afbud" in text
        or "fraværende" in text
    )


def _kind(sentence: str) -> AbsenceKind:
    low = sentence.lower()
    if "inhabil" in low:
        return "inhabil"
    return "afbud" if " afbud" in low else "fraværende"


def _last_clause(text: str) -> str:
    """text from where its last clause opens."""
    ends = [m.end() for m in _CLAUSE_RE.finditer(text)]
    return text[ends[-1] :] if ends else text
