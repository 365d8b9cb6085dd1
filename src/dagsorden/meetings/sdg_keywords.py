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


# Each keyword as its stems; single-word keywords of four letters or more also match inside
# compounds (shorter ones, like 'hav' and 'kl', only as whole words).
_PATTERNS: list[tuple[int, list[str], bool]] = [
    (goal, _stems(keyword), " " not in keyword and len(keyword) >= 4)
    for goal, words in KEYWORDS.items()
    for keyword in words
]


def suggest_goals(text: str) -> list[int]:
    """The goals whose keywords the text uses, in goal order."""
    stems = _stems(text)
    found: set[int] = set()
    joined = " " + " ".join(stems) + " "
    for goal, pattern, compound in _PATTERNS:
        if goal in found:
            continue
        if len(pattern) > 1:
            if f" {' '.join(pattern)} " in joined:
                found.add(goal)
        elif compound:
            if any(s.startswith(pattern[0]) or s.endswith(pattern[0]) for s in stems):
                found.add(goal)
        elif pattern[0] in stems:
            found.add(goal)
    return sorted(found)
