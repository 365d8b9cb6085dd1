"""People named in minutes: '<job title> <Name>', as in 'økonomichef Bettina Andersen',
'Konstitueret socialchef Marie-Louise Eskerod Ifversen', 'chef for Vej og Ejendom Kim T. Jensen'.

A person counts only when a job title stands next to the name: capitalised words alone are
too often places, units and projects. Where the title itself ends in capitalised words
('chef for Vej og Ejendom'), the name starts at the first known first name, or else is taken
as the last two name-like words (three with a middle initial).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .danish import FIRST_NAMES, NOT_NAME_WORDS, TITLE_ENDINGS
from .records import Person
from .text import fold, lower_first, lowered

_NAME_WORD = r"(?:[A-ZÆØÅ][a-zæøåéèüöäA-ZÆØÅ]*[a-zæøåéèüöä](?:-[A-ZÆØÅ][a-zæøåéèüöä]+)?|[A-ZÆØÅ]\.)"
_TITLE_WORD = rf"(?i:[a-zæøå-]*(?:{'|'.join(TITLE_ENDINGS)}))"
# Words before a title: 'konstitueret socialchef'.
_TITLE_PREFIXES = ("konstitueret", "fungerende", "vicedirektør og")
# '<prefix>- og <title>' ('Vej- og ejendomschef'), 'konstitueret <title>', 'chef for <unit>'.
_TITLE = (
    rf"(?:(?:{'|'.join(f'[{p[0].upper()}{p[0]}]{p[1:]}' for p in _TITLE_PREFIXES)})\s+)?"
    rf"(?:[A-ZÆØÅa-zæøå]+-\s+og\s+)?"
    rf"(?:{_TITLE_WORD}\b(?:\s+for(?:\s+[A-ZÆØÅa-zæøå]+){{1,5}}?)?)"
)
_PERSON_RE = re.compile(
    rf"(?<![\wæøåÆØÅ])(?P<title>{_TITLE})\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}})"
)
_TOKEN_RE = re.compile(_NAME_WORD)


def _name_tokens(raw: str) -> list[str]:
    tokens = raw.split()
    # A sentence-final period on the last word is punctuation, not an initial.
    if tokens and len(tokens[-1]) > 2 and tokens[-1].endswith("."):
        tokens[-1] = tokens[-1][:-1]
    # Stop at the first token that is not name-like.
    out: list[str] = []
    for tok in tokens:
        if not _TOKEN_RE.fullmatch(tok) or tok in NOT_NAME_WORDS:
            if out:
                break
            return []
        out.append(tok)
    while out and out[-1].endswith(".") and len(out[-1]) == 2:  # trailing initial
        out.pop()
    return out


def _leading_names(raw: str) -> list[str]:
    """The leading run of capitalised tokens, whatever they name."""
    out: list[str] = []
    for tok in raw.split():
        bare = tok.rstrip(".,") if len(tok) > 2 else tok
        if not _TOKEN_RE.fullmatch(bare):
            break
        out.append(bare)
    return out


def split_title_name(text: str) -> tuple[str | None, list[str]]:
    """Split '<title words> <Name Words>' into the title and the name's tokens."""
    tokens = fold(text).split()
    for i, tok in enumerate(tokens):
        if tok.strip(".,") in FIRST_NAMES:
            known = _name_tokens(" ".join(tokens[i:]))
            if len(known) >= 2:
                return (" ".join(tokens[:i]) or None), known
    # No known first name: the trailing run of name-like words, at most three.
    name: list[str] = []
    for tok in reversed(tokens):
        bare = tok.rstrip(",")
        if (
            _TOKEN_RE.fullmatch(bare)
            and bare not in NOT_NAME_WORDS
            and not bare.lower().endswith(TITLE_ENDINGS)
            and len(name) < 3
        ):
            name.insert(0, bare)
        else:
            break
    if len(name) == 3 and not name[1].endswith(".") and " for " in f" {' '.join(tokens)} ":
        name = name[1:]  # 'chef for <Unit> <First> <Last>': the unit's last word is not a name
    title = " ".join(tokens[: len(tokens) - len(name)]) or None
    return title, name


# A title's last word ('chef', 'direktør', …) is found first, with str.find in the lower-cased
# text, and _PERSON_RE is tried only where a title can start before it: trying the pattern at
# every position of a text cost most of the parse. Backwards from the title's last word, the
# patterns below run on the reversed text: the word's beginning, then 'konstitueret' and
# '<Unit>- og' before it ('Konstitueret vej- og ejendomschef').
_WORD_BACK_RE = re.compile(r"[a-zæøå-]*")
_PREFIX_BACK_RE = re.compile(
    rf"(?:\s+go\s+-[a-zæøå]+)?(?:\s+(?:{'|'.join(p[::-1] for p in _TITLE_PREFIXES)}))?"
)
_WORD_START_RE = re.compile(r"(?<!\S)\S")
_NAME_AFTER_SPACE_RE = re.compile(r"\s[A-ZÆØÅ]")
_REACH = 64  # characters a title's word or its prefix can reach back


def _title_ends(low: str) -> list[int]:
    """Where a known title ending starts at the end of a word ('…chef'), in order."""
    found = []
    for ending in TITLE_ENDINGS:
        at = low.find(ending)
        while at >= 0:
            after = at + len(ending)
            if after == len(low) or not (low[after].isalnum() or low[after] == "_"):
                found.append(at)
            at = low.find(ending, after)
    found.sort()
    return found


def _back(pattern: re.Pattern[str], low: str, pos: int, floor: int) -> int:
    """Where pattern, read backwards from pos, begins."""
    lo = max(floor, pos - _REACH)
    m = pattern.match(low[lo:pos][::-1])
    assert m is not None  # both patterns match the empty string
    return pos - m.end()


def _matches(text: str) -> Iterator[re.Match[str]]:
    """_PERSON_RE's matches, left to right and not overlapping, as finditer gives them."""
    if not _NAME_AFTER_SPACE_RE.search(text):  # every match holds one: title, space, Name
        return
    low = lowered(text)
    done = 0  # where the last match ended
    for at in _title_ends(low):
        if at < done:
            continue
        word = _back(_WORD_BACK_RE, low, at, done)
        first = _back(_PREFIX_BACK_RE, low, word, done)
        # Where a match can begin: the longest prefix ('d.Konstitueret' too), the words after it.
        inner = (w.start() for w in _WORD_START_RE.finditer(text, first + 1, word))
        for start in sorted({first, *inner, word}):
            m = _PERSON_RE.match(text, start)
            if m:
                done = m.end()
                yield m
                break


def find_people(text: str) -> list[Person]:
    """People in text, in order of first mention, once each."""
    out: dict[str, Person] = {}
    for m in _matches(text):  # the patterns take any white space: no need to fold first
        title_text = fold(m["title"])
        name = _name_tokens(m["name"])
        if " for " in title_text or not name or len(name) > 3:
            # The unit after 'chef for' may be capitalised: find where the name begins.
            title_part, name = split_title_name(
                f"{title_text} {' '.join(_leading_names(m['name']))}"
            )
            title_text = title_part or title_text
        if len(name) < 2:
            continue
        full = " ".join(name)
        if full not in out:
            out[full] = Person(name=full, title=lower_first(fold(title_text)))
    return list(out.values())
