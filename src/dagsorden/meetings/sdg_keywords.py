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


# One pass over the text's stems for each way of matching, instead of a loop per keyword.
_START_RE = re.compile(rf"(?<!\S)({_alternatives(_COMPOUND)})")
_END_RE = re.compile(rf"({_alternatives(_COMPOUND)})(?!\S)")
_WHOLE_RE = re.compile(rf"(?<!\S)({_alternatives(_WHOLE)})(?!\S)")


def suggest_goals(text: str) -> list[int]:
    """The goals whose keywords the text uses, in goal order."""
    joined = " ".join(_stems(text))
    found = {
        _GOAL_OF[m.group(1)] for regex in (_START_RE, _WHOLE_RE) for m in regex.finditer(joined)
    }
    found |= {_GOAL_OF[m.group(1)] for m in _END_RE.finditer(joined)}
    return sorted(found)
