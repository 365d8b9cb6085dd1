"""People named in minutes: '<job title> <Name>', as in 'økonomichef Bettina Andersen',
'Konstitueret socialchef Marie-Louise Eskerod Ifversen', 'chef for Vej og Ejendom Kim T. Jensen',
'leder af Jobcenter Norddjurs Hanne Ravn'.

A job title next to the name makes a person of any name-like words. Where the title itself ends
in capitalised words ('chef for Vej og Ejendom'), the name starts at the first known first name,
or else is taken as the last two name-like words (three with a middle initial).

Without a title ('Lene Mehlsen deltog'), capitalised words are too often places, units and
projects: a person then needs a known first name and one to three more name-like words, and no
place word after them ('Karen Blixens Vej' is a street).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import itemgetter

from .danish import (
    FIRST_NAMES,
    NOT_NAME_WORDS,
    OPENERS,
    PLACE_WORDS,
    SURNAME_PLACE_WORDS,
    TITLE_ENDINGS,
    is_long_noun,
)
from .records import Person
from .text import fold, lower_first, lowered

_NAME_WORD = r"(?:[A-ZÆØÅ][a-zæøåéèüöäA-ZÆØÅ]*[a-zæøåéèüöä](?:-[A-ZÆØÅ][a-zæøåéèüöä]+)?|[A-ZÆØÅ]\.)"
# Small words inside a name, never its first or last: 'Anne van der Berg', 'Marie de la Cour'.
_PARTICLE = r"(?:van|von)(?:\s+(?:der|den|de))?|de(?:\s+la)?|du|ten|ter"
_PARTICLES = frozenset(("van", "von", "der", "den", "de", "la", "du", "ten", "ter"))
# The words a particle starts with, as they stand after a first name: ' van ', ' de ', …
_PARTICLE_WORDS = tuple(f" {w} " for w in ("van", "von", "de", "du", "ten", "ter"))
_NAME_GAP = rf"\s+(?:(?:{_PARTICLE})\s+)?"
# A title word, also in its definite form: 'Økonomichefen Bettina Andersen'.
_TITLE_WORD = rf"(?i:[a-zæøå-]*(?:{'|'.join(TITLE_ENDINGS)})(?:en)?)"
# Words before a title: 'konstitueret socialchef', 'konstitueret teknisk direktør'.
_TITLE_PREFIXES = (
    "konstitueret",
    "konstituerede",  # 'den konstituerede velfærdsdirektør Lene Mehlsen'
    "konst.",
    "kst.",
    "fg.",
    "fungerende",
    "vicedirektør og",
    "teknisk",
    "administrerende",
    "administrativ",
    "pædagogisk",
    "juridisk",
    "faglig",
    "ledende",
    "politisk",  # 'politisk sekretær'
    "ekstern",  # 'ekstern konsulent'
)
# '<prefix>- og <title>' ('Vej- og ejendomschef'), a word the margin broke and a join spaced
# ('HR- konsulent'), 'konstitueret <title>', 'chef for <unit>', 'leder af <unit>'.
_TITLE_WORDS = (
    rf"(?:(?:{'|'.join(f'[{p[0].upper()}{p[0]}]{re.escape(p[1:])}' for p in _TITLE_PREFIXES)})\s+){{0,2}}"
    rf"(?:[A-ZÆØÅa-zæøå]+-\s+(?:og\s+)?)?"
    rf"{_TITLE_WORD}\b"
)
# The unit a title names: 'chef for Vej og Ejendom', 'leder af …', 'teamleder i Jobcenter …',
# its words maybe listed with commas: 'direktør for Teknik, Miljø og Erhverv'.
_UNIT = r"\s+(?:for|af|i)\s+[A-ZÆØÅa-zæøå]+(?:,?\s+[A-ZÆØÅa-zæøå]+){0,4}?"
_TITLE = rf"(?:{_TITLE_WORDS}(?:{_UNIT})?)"
# After a unit, a comma may part it from the name: 'Direktør for Job og Velfærd, Lene Mehlsen
# deltager'. After a name and a comma the title may be that name's ('Jens Andersen, direktør
# for Job og Velfærd, Lene Mehlsen deltog'): it is the next name's only when another comma
# closes that name ('Christian Roslev, teamleder i Jobcenter Norddjurs, Hanne Ravn, deltog').
# Never after a bare title: in 'Christian Roslev, kommunaldirektør, Lene Mehlsen' the title
# is the name's before it.
_PERSON_RE = re.compile(
    rf"(?<![\wæøåÆØÅ])(?:(?<!,\s)(?P<free>))?(?P<title>{_TITLE_WORDS}(?:{_UNIT}(?P<comma>,)?)?)"
    rf"\s+(?P<name>{_NAME_WORD}(?:{_NAME_GAP}{_NAME_WORD}){{1,5}})"
    r"(?(comma)(?(free)|(?=\s*[,.;)]|\s*$)))"
)
_TOKEN_RE = re.compile(_NAME_WORD)
# A title written after a name: 'Lene Mehlsen (velfærdsdirektør)', 'Christian Roslev,
# kommunaldirektør, deltog' (a title before the next person's name is that person's).
# A chair's title ('formand', 'næstformand for HU') is a remark on the person, not a job title.
CHAIR_RE = re.compile(r"(?:næst)?for(?:mand|person|kvinde)\b", re.IGNORECASE)
_TITLE_AFTER_RE = re.compile(rf"\s*(?:\((?P<p>{_TITLE})\)|,\s+(?P<c>{_TITLE})(?=\s*[,.;)]|\s*$))")


def is_first_name(word: str) -> bool:
    """A known first name, or one made of known first names: 'Lars-Bo', 'Ann-Britt'."""
    return word in FIRST_NAMES or (
        "-" in word and all(part in FIRST_NAMES for part in word.split("-"))
    )


# A job title's word, also in the definite form ('Økonomichefen', 'Direktør'): never a
# name's, though capitalised.
_TITLE_TAILS = (*TITLE_ENDINGS, *(f"{ending}en" for ending in TITLE_ENDINGS))


def _name_tokens(raw: str) -> list[str]:
    tokens = raw.split()
    # A sentence-final period on the last word is punctuation, not an initial.
    if tokens and len(tokens[-1]) > 2 and tokens[-1].endswith("."):
        tokens[-1] = tokens[-1][:-1]
    # Stop at the first token that is not name-like.
    out: list[str] = []
    for tok in tokens:
        if out and tok in _PARTICLES:
            out.append(tok)
            continue
        if (
            not _TOKEN_RE.fullmatch(tok)
            or tok in NOT_NAME_WORDS
            or is_long_noun(tok)
            or tok.lower().endswith(_TITLE_TAILS)  # 'Økonomichefen' opening the next sentence
        ):
            if out:
                break
            return []
        out.append(tok)
    while out and (out[-1] in _PARTICLES or (out[-1].endswith(".") and len(out[-1]) == 2)):
        out.pop()  # a trailing initial, or small words before a word that is no name
    return out


def _name_words(name: list[str]) -> int:
    """How many words of a name are names, not particles ('Anne van der Berg': two)."""
    return sum(tok not in _PARTICLES for tok in name)


def _leading_names(raw: str) -> list[str]:
    """The leading run of capitalised tokens, whatever they name."""
    out: list[str] = []
    for tok in raw.split():
        bare = tok.rstrip(".,") if len(tok) > 2 else tok
        if not _TOKEN_RE.fullmatch(bare) and not (out and bare in _PARTICLES):
            break
        out.append(bare)
    while out and out[-1] in _PARTICLES:
        out.pop()
    return out


def names_unit(padded: str) -> bool:
    """Does ' <title> ' name a unit ('chef for …', 'leder af …', 'teamleder i …')?"""
    return " for " in padded or " af " in padded or " i " in padded


def split_title_name(text: str) -> tuple[str | None, list[str]]:
    """Split '<title words> <Name Words>' into the title and the name's tokens."""
    tokens = fold(text).split()
    for i, tok in enumerate(tokens):
        if is_first_name(tok.strip(".,")):
            known = _name_tokens(" ".join(tokens[i:]))
            if len(known) >= 2:
                # A comma may part a unit from the name: 'Direktør for Job og Velfærd, Lene …'.
                return (" ".join(tokens[:i]).rstrip(",") or None), known
    # No known first name: the trailing run of name-like words, at most three.
    name: list[str] = []
    for tok in reversed(tokens):
        bare = tok.rstrip(",")
        if (name and bare in _PARTICLES) or (
            _TOKEN_RE.fullmatch(bare)
            and bare not in NOT_NAME_WORDS
            and not bare.lower().endswith(TITLE_ENDINGS)
            and _name_words(name) < 3
        ):
            name.insert(0, bare)
        else:
            break
    while name and name[0] in _PARTICLES:
        name.pop(0)
    padded = f" {' '.join(tokens)} "
    if len(name) == 3 and not name[1].endswith(".") and names_unit(padded):
        name = name[1:]  # 'chef for <Unit> <First> <Last>': the unit's last word is not a name
    title = " ".join(tokens[: len(tokens) - len(name)]).rstrip(",") or None
    return title, name


# A title's last word ('chef', 'direktør', …) is found first, with str.find in the lower-cased
# text, and _PERSON_RE is tried only where a title can start before it: trying the pattern at
# every position of a text cost most of the parse. Backwards from the title's last word, the
# patterns below run on the reversed text: the word's beginning, then 'konstitueret' and
# '<Unit>- og' before it ('Konstitueret vej- og ejendomschef').
_WORD_BACK_RE = re.compile(r"[a-zæøå-]*")
_PREFIX_BACK_RE = re.compile(
    rf"(?:\s+(?:go\s+)?-[a-zæøå]+)?(?:\s+(?:{'|'.join(re.escape(p[::-1]) for p in _TITLE_PREFIXES)})){{0,2}}"
)
_WORD_START_RE = re.compile(r"(?<!\S)\S")
_NAME_AFTER_SPACE_RE = re.compile(r"\s[A-ZÆØÅ]")
_REACH = 64  # characters a title's word or its prefix can reach back


def _title_ends(low: str) -> list[tuple[int, int]]:
    """Where a known title ending starts at the end of a word ('…chef', '…chefen'), and where
    that word ends, in order."""
    found = []
    for ending in TITLE_ENDINGS:
        at = low.find(ending)
        while at >= 0:
            after = at + len(ending)
            if low.startswith("en", after):  # the definite form
                after += 2
            if after == len(low) or not (low[after].isalnum() or low[after] == "_"):
                found.append((at, after))
            at = low.find(ending, at + len(ending))
    found.sort()
    return found


# What must follow a title's word for _PERSON_RE to match there: a name's capital, or the
# unit's preposition ('chef for …'). Most title words in running text are followed by
# neither ('Kommunaldirektøren indstiller'): the pattern is not tried at them.
_AFTER_TITLE_RE = re.compile(r"\s+(?:[A-ZÆØÅ]|(?:for|af|i)\s)")


def job_title(written: str) -> str:
    """A title as written next to a name, as a job title: folded, without a capital for the
    sentence's sake and without the definite ending ('Økonomichefen' → 'økonomichef')."""
    title = lower_first(fold(written))
    if "en" not in title and "EN" not in title:  # most titles
        return title
    at = 0
    for word in title.split(" "):
        low = word.lower()
        if low.endswith("en") and low[:-2].endswith(TITLE_ENDINGS):
            return title[: at + len(word) - 2] + title[at + len(word) :]
        at += len(word) + 1
    return title


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
    for at, after in _title_ends(low):
        if at < done or not _AFTER_TITLE_RE.match(text, after):
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
    """People in text, in order of first mention, once each; a name met with a title and
    without one is one person, with the title."""
    titled: list[tuple[int, Person]] = []
    spans: list[tuple[int, int]] = []
    for m in _matches(text):  # the patterns take any white space: no need to fold first
        spans.append(m.span())
        person = _titled(m, text)
        if person is not None:
            titled.append((m.start(), person))
    untitled = list(_untitled(text, spans))
    out: dict[str, Person] = {}
    for _, person in sorted(titled + untitled, key=itemgetter(0)) if untitled else titled:
        known = out.get(person.name)
        if known is None or known.title is None:
            out[person.name] = person
    return list(out.values())


def _titled(m: re.Match[str], text: str) -> Person | None:
    """The person of a match of _PERSON_RE in text; None when its name is not one."""
    title_text = fold(m["title"]).rstrip(",")
    name = _name_tokens(m["name"])
    if names_unit(f" {title_text} ") or not name or _name_words(name) > 3:
        # The unit after 'chef for' may be capitalised: find where the name begins.
        title_part, name = split_title_name(f"{title_text} {' '.join(_leading_names(m['name']))}")
        title_text = title_part or title_text
    if len(name) < 2 or _a_place(name):
        return None
    if len(name) > 2 and name[0] in _COMPASS_WORDS and is_first_name(name[1]):
        title_text, name = f"{title_text} {name[0]}", name[1:]  # 'Områdeleder Vest Anne Holm'
    if name[-1][-1] == "s" and m["name"].endswith(name[-1]):
        name[-1] = _without_genitive(name[-1], text, m.end())
    return Person(" ".join(name), job_title(title_text))


# A part of a town or an area after its name: 'Grenaa Nord', 'Område Syd'.
_COMPASS_WORDS = frozenset(("Nord", "Syd", "Øst", "Vest", "Midt"))


def _a_place(name: list[str]) -> bool:
    """Do the words after a title name a place where a person would stand ('Skoleleder Auning
    Skole', 'Dagtilbudsleder Grenaa Nord': the place the title is of)? A surname that is a
    place's word too stays a name ('Torben Gade')."""
    if len(name) == 2 and name[1] in SURNAME_PLACE_WORDS:
        return False
    return any(tok in PLACE_WORDS for tok in name[1:]) or (
        name[-1] in _COMPASS_WORDS and not is_first_name(name[0])
    )


# A role named without a person: 'velfærdsdirektøren', 'konstitueret socialchef', 'chef for
# Vej og Ejendom'.
_ROLE_RE = re.compile(
    rf"{_TITLE_WORDS}(?:\s+(?:for|af|i)\s+[A-ZÆØÅ]\w*(?:,?\s+(?:og\s+)?[A-ZÆØÅ]\w*){{0,4}})?"
    r"(?![\w-])"
)


def person_at(text: str, pos: int) -> tuple[Person, int] | None:
    """The titled person whose title begins at pos of text ('økonomichef Bettina Andersen'),
    and where the name ends; None when none does."""
    m = _PERSON_RE.match(text, pos)
    person = _titled(m, text) if m else None
    if m is None or person is None:
        return None
    last = person.name.rsplit(" ", 1)[-1]
    at = text.rfind(last, m.start(), m.end())
    return person, (at + len(last) if at >= 0 else m.end())


def role_at(text: str, pos: int) -> tuple[str, int] | None:
    """The role named without a person at pos of text, folded ('velfærdsdirektøren',
    'konstitueret socialchef', 'chef for Vej og Ejendom'), and where it ends; None when none
    is."""
    m = _ROLE_RE.match(text, pos)
    return (fold(m[0]), m.end()) if m else None


def _shape(c: str) -> int:
    if c.isupper():
        return ord("A")
    if c.islower() or c == "-":
        return ord("a")
    return ord(" ") if c.isspace() or c in '\x00("«/' else ord(".")


# A name without a title begins with a capitalised word before another. Most capitals begin
# sentences, before a word in lower case, so there are few such places; they are found with
# str.find in the text's shape, one byte a character: 'A' a capital, 'a' a small letter or a
# hyphen, ' ' white space, an opening bracket or a slash ('v/Bettina Andersen'), '.'
# anything else. (Patterns for capitalised words had to look at every character of the
# text, in Python's re: five times the cost.)
_SHAPES = bytes(_shape(chr(c)) for c in range(256))
_RUN_RE = re.compile(rf"{_NAME_WORD}(?:[ \t\n]+(?:(?:{_PARTICLE})[ \t\n]+)?{_NAME_WORD})+")
_LOWER_WORD_RE = re.compile(r"\s+[a-zæøå]")


def _first_names(text: str) -> Iterator[int]:
    """Where a known first name is a word of its own, before white space and a capital (or a
    particle: 'Anne van der Berg')."""
    # Each character stays one byte: a character outside Latin-1 becomes '?'.
    shape = text.encode("latin-1", "replace").translate(_SHAPES)
    ends = []  # a word's last letter, a space, a capital
    found = shape.find(b"a A")
    while found >= 0:
        ends.append(found)
        found = shape.find(b"a A", found + 2)
    for particle in _PARTICLE_WORDS:
        found = text.find(particle, 1)
        while found >= 0:
            ends.append(found - 1)
            found = text.find(particle, found + 1)
    ends.sort()
    for end in ends:
        start = shape.rfind(b" ", 0, end) + 1  # where that word begins
        word = text[start : end + 1]
        if word in FIRST_NAMES or ("-" in word and is_first_name(word)):
            yield start


_SAINT = ("Sankt ", "Skt. ", "Sct. ")
# After a name: a compound made of it ('-prisen', '-fonden'), or a company's form ('ApS'
# ends a run of name words at its 'S', so the run ends inside it).
_NAMED_AFTER_RE = re.compile(r"-[a-zæøå]|(?<=Ap|IV)S\b|[ \t]+(?:A/S|I/S|P/S|K/S)\b")


def _untitled(text: str, titled: list[tuple[int, int]]) -> Iterator[tuple[int, Person]]:
    """Names without a title: a known first name, then one to three name-like words."""
    done = 0
    spans = iter(titled)  # in order, as the first names are
    span = next(spans, None)
    for start in _first_names(text):
        while span is not None and span[1] <= start:
            span = next(spans, None)
        if start < done or (span is not None and span[0] <= start):
            continue  # in a titled person's name, or in a name found already
        if text.endswith(_SAINT, max(0, start - 6), start):
            continue  # 'Sankt Hans Aften', 'Skt. Peders Kirke': a day or a place
        m = _RUN_RE.match(text, start)
        if m is None:
            continue
        end = done = m.end()
        if _NAMED_AFTER_RE.match(text, end):
            continue  # 'Marie Curie-prisen', 'Kim Johansen A/S': named after someone
        name = m.group().split()
        trimmed = False
        opener = next((k for k in range(1, len(name)) if name[k] in OPENERS), None)
        if opener is not None:  # 'Lene Mehlsen Der var …', 'Bettina Andersen Status på …'
            name, trimmed = name[:opener], True
        while name and (name[-1].endswith(".") or is_long_noun(name[-1])):
            trimmed = trimmed or not name[-1].endswith(".")
            name.pop()  # a trailing initial, or the next line's first word run on
        surname = len(name) == 2 and name[1] in SURNAME_PLACE_WORDS  # 'Torben Gade'
        if not 2 <= _name_words(name) <= 4 or (
            not surname and any(tok in NOT_NAME_WORDS or tok in PLACE_WORDS for tok in name[1:])
        ):
            continue
        if any(tok.endswith("s") and len(tok) > 2 for tok in name[1:-1]):
            continue  # a genitive inside: 'Karen Blixens Plads', 'Hans Jensens Fond'
        if name[-1][-1] == "s" and m.group().endswith(name[-1]):
            name[-1] = _without_genitive(name[-1], text, end)
        after = None if trimmed else _TITLE_AFTER_RE.match(text, end)
        title = job_title(after["p"] or after["c"]) if after else None
        if title and CHAIR_RE.search(title):
            title = None  # '(formand)' is a remark on the person, as in a list of absences
        yield start, Person(name=" ".join(name), title=title)


def _without_genitive(last: str, text: str, end: int) -> str:
    """'Bettina Andersens oplæg' names Bettina Andersen. A name that ends in a vowel and 's'
    ('Friis', 'Bruus') or in 'ss' is the name itself."""
    if (
        len(last) > 3
        and last.endswith("s")
        and last[-2] not in "aeiouyæøås"
        and _LOWER_WORD_RE.match(text, end)
    ):
        return last[:-1]
    return last
