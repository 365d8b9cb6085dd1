"""Suggest verdensmål (the 17 UN goals) for a text from Danish keywords.

Suggestions only: the secretariat confirms or drops them (an admin action), and only confirmed
tags are shown to the public. Words are compared by their Snowball 'danish' stems, and a
keyword also matches as the first or last part of a compound ('energirenovering' → energi,
'folkesundhed' → sundhed), which is how Danish forms most of its terms.
"""

from __future__ import annotations

import re

import Stemmer

_stemmer = Stemmer.Stemmer("danish")
_WORD_RE = re.compile(r"\w+")

KEYWORDS: dict[int, list[str]] = {
    1: ["fattigdom", "kontanthjælp", "økonomisk udsat", "hjemløs"],
    2: ["sult", "fødevare", "madspild", "landbrug"],
    3: [
        "sundhed",
        "trivsel",
        "sygdom",
        "forebyggelse",
        "psykiatri",
        "ældrepleje",
        "hjemmepleje",
        "rehabilitering",
    ],
    4: [
        "uddannelse",
        "skole",
        "dagtilbud",
        "læring",
        "campus",
        "efteruddannelse",
        "kompetenceudvikling",
    ],
    5: ["ligestilling", "køn", "ligeløn"],
    6: ["vand", "spildevand", "grundvand", "kloak"],
    7: ["energi", "vedvarende", "solcelle", "vindmølle", "fjernvarme"],
    8: [
        "beskæftigelse",
        "arbejdsmarked",
        "erhverv",
        "vækst",
        "virksomhed",
        "arbejdsmiljø",
        "rekruttering",
        "job",
    ],
    9: ["infrastruktur", "innovation", "digitalisering", "bredbånd", "vejnet", "anlæg"],
    10: ["ulighed", "inklusion", "integration", "handicap"],
    11: [
        "byudvikling",
        "bosætning",
        "bolig",
        "landdistrikt",
        "kollektiv trafik",
        "planstrategi",
        "lokalplan",
    ],
    12: ["affald", "genbrug", "cirkulær", "indkøb", "udbud", "ressource"],
    13: ["klima", "co2", "klimatilpasning", "oversvømmelse"],
    14: ["hav", "kyst", "havmiljø", "fiskeri"],
    15: ["natur", "biodiversitet", "skov", "fredning"],
    16: ["retssikkerhed", "demokrati", "borgerinddragelse", "ledelse", "institution", "tillid"],
    17: ["partnerskab", "samarbejde", "kl", "region"],
}


def _stems(text: str) -> list[str]:
    return _stemmer.stemWords([w.lower() for w in _WORD_RE.findall(text)])


# Each keyword as its stems, to goal. Single words of four letters or more also match as the
# first or last part of a compound; shorter ones ('hav', 'kl') and phrases only as they stand.
_GOAL_OF: dict[str, int] = {}
_COMPOUND: list[str] = []
_WHOLE: list[str] = []
for _goal, _words in KEYWORDS.items():
    for _keyword in _words:
        _stemmed = " ".join(_stems(_keyword))
        _GOAL_OF[_stemmed] = _goal
        (_COMPOUND if " " not in _keyword and len(_keyword) >= 4 else _WHOLE).append(_stemmed)


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Read word by word: a keyword of _COMPOUND as the longest first or last part of a word (a
# pattern anchored at the word's start, and one of the keywords reversed at the reversed
# word's), a phrase or word of _WHOLE as whole words, the longest at a word first. (The same
# patterns run over the whole text cost a tenth of a parse: re tries them at every
# character.) What a word's parts give is kept for the next text: an archive uses the same
# words again and again.
_PREFIX_RE = re.compile(_alternatives(_COMPOUND))
_SUFFIX_RE = re.compile(_alternatives([w[::-1] for w in _COMPOUND]))
_PHRASES = frozenset(_WHOLE)
_PHRASE_WORDS = max(w.count(" ") + 1 for w in _WHOLE)
_PHRASE_STARTS = frozenset(w.split()[0] for w in _WHOLE)
_PARTS_KEPT = 50_000  # words; the memory stays small however large the archive
_parts: dict[str, tuple[int, ...]] = {}


def _part_goals(word: str) -> tuple[int, ...]:
    """The goals of the longest keywords a word starts and ends with."""
    goals = _parts.get(word)
    if goals is None:
        first, last = _PREFIX_RE.match(word), _SUFFIX_RE.match(word[::-1])
        found = [_GOAL_OF[first.group()]] if first else []
        if last:
            found.append(_GOAL_OF[last.group()[::-1]])
        if len(_parts) >= _PARTS_KEPT:
            _parts.clear()
        goals = _parts[word] = tuple(found)
    return goals


def suggest_goals(text: str) -> list[int]:
    """The goals whose keywords the text uses, in goal order."""
    words = _stems(text)
    found: set[int] = set()
    for word in set(words):
        found.update(_part_goals(word))
    i = 0
    while i < len(words):
        size = _PHRASE_WORDS if words[i] in _PHRASE_STARTS else 1
        for n in range(size, 0, -1):
            phrase = " ".join(words[i : i + n]) if n > 1 else words[i]
            if phrase in _PHRASES:
                found.add(_GOAL_OF[phrase])
                i += n - 1
                break
        i += 1
    return sorted(found)
