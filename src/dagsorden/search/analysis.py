"""Danish text analysis for search, in pure Python: words, Snowball 'danish' stems (PyStemmer),
and highlighted snippets built from the original text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from dagsorden.core.text import stem, stems_of

WORD_RE = re.compile(r"\w+", re.UNICODE)


def analysed(text: str, compounds: set[str]) -> str:
    """The stems of the text's words, as the SQLite index holds them; its compound words
    (compound_words) are added to compounds, from the same reading of it."""
    words = WORD_RE.findall(text.lower())
    compounds.update(_long_words(words))
    return " ".join(stems_of(words))


# PostgreSQL's 'danish' stop words (Snowball's list): left out of a query on both backends,
# as PostgreSQL leaves them out of what it indexes.
STOP_WORDS = frozenset(
    """og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har
    om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal
    selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle
    denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod
    disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan""".split()  # noqa: SIM905
)
# A query word this long also finds the compounds it begins: Danish writes them as one word
# ('erhvervsklima' → 'Erhvervsklimamåling', 'campus' → 'campusområdet'). Matched as the word
# typed, not its stem: 'borger' is stemmed 'borg', which begins 'borgmester' too.
PREFIX_FROM = 4
# ... and the compounds it is a later part of ('skole' → 'Skovskolen', 'folkeskolereformen';
# 'udvalg' → 'Økonomiudvalget'), when the part before it is three letters or more ('om' +
# 'råde' is 'område', 'ud' + 'valg' 'udvalg') and not a prefix that makes a word of its own
# ('for' + 'mål' is 'formål', not a kind of 'mål'; 'sam' + 'arbejde'), nor ends in one
# ('økonomi' + 'ud' + 'valg': a committee, no election; 'kommunal' + 'be' + 'styrelse').
HEAD_FROM = 3
NOT_HEADS = frozenset(
    """for til ind mod med fra gen sam bag ved mis van vel frem over under efter imod
    sammen tilbage""".split()  # noqa: SIM905
)
NOT_HEAD_ENDS = tuple(
    "ud op af om be for til sam fra mod med mis frem over under efter".split()  # noqa: SIM905
)
# The shortest word that can be such a compound: the vocabulary the index keeps (Backend.add).
COMPOUND_FROM = HEAD_FROM + PREFIX_FROM
LONGEST_WORD = 64  # longer is a run of letters without spaces (a table, a misread), no word
# Endings a typed word may carry that its compounds need not: 'skolen' finds 'folkeskoler'.
# Not 'e' or 'er': part of many words as typed ('borger' would find 'Frederiksborg').
_INFLECTIONS = ("erne", "ernes", "ene", "ens", "en", "et", "ets", "s")


@dataclass(frozen=True)
class Term:
    """A query word: its stem, and the word itself where it also finds the compounds it
    begins or is a later part of (None for a short word)."""

    stem: str
    prefix: str | None = None

    def finds(self, word: str) -> bool:
        """Does this term find the text's word?"""
        lowered = word.lower()
        return (
            stem(lowered) == self.stem
            or (self.prefix is not None and lowered.startswith(self.prefix))
            or self.later_part_of(lowered)
        )

    def later_part_of(self, word: str) -> bool:
        """Is this term a later part of the compound (a lower-case word)? The part from it
        on begins with the word typed, or, typed with an ending, is one of the stem's forms."""
        key, typed = self.later_key, self.prefix
        if key is None or typed is None or len(word) < COMPOUND_FROM:
            return False
        at = word.find(key, HEAD_FROM)
        while at != -1:
            head, tail = word[:at], word[at:]
            if (
                head not in NOT_HEADS
                and not head.endswith(NOT_HEAD_ENDS)
                and (tail.startswith(typed) or stem(tail) == self.stem)
            ):
                return True
            at = word.find(key, at + 1)
        return False

    @property
    def later_key(self) -> str | None:
        """What a compound holds where this term is its later part: the word typed, or its
        stem where it was typed with an ending. None for a word that is no later part."""
        typed = self.prefix
        if typed is None or not typed.isalpha():
            return None
        inflected = typed.endswith(_INFLECTIONS) and typed.startswith(self.stem)
        key = self.stem if inflected else typed
        return key if len(key) >= 3 else None  # (the trigram index needs three)


def query_terms(query: str) -> list[Term]:
    """The distinct terms of a query's words, in order; stop words left out."""
    out: list[Term] = []
    for word in WORD_RE.findall(query.lower()):
        if word in STOP_WORDS:
            continue
        term = Term(stem(word), word if len(word) >= PREFIX_FROM else None)
        if term not in out:
            out.append(term)
    return out


@dataclass(frozen=True)
class Phrase:
    """Words quoted: found only in a row, each by its stem (no compounds). gaps[i] is how
    many stop words stood before stems[i] (PostgreSQL leaves them out of its index but counts
    their places)."""

    stems: tuple[str, ...]
    words: tuple[str, ...]  # as the SQLite index holds them: every word's stem, in order
    gaps: tuple[int, ...]


@dataclass
class ParsedQuery:
    """A query as a search box reads it: words, each to be found (or a compound of it);
    "quoted words" to be found in a row; -word not to be found."""

    terms: list[Term] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def wanted(self) -> list[Term]:
        """What the snippets mark: the words and the phrases' words."""
        return self.terms + [Term(s) for p in self.phrases for s in p.stems]

    def __bool__(self) -> bool:  # something to find: a query of exclusions alone finds nothing
        return bool(self.terms or self.phrases)


# Quotation marks as Danish text has them too: »…«, „…“, "…".
_QUOTES = str.maketrans(dict.fromkeys("»«„“”", '"'))
_EXCLUDED_RE = re.compile(r"(?:^|(?<=\s))-(\w+)")


def websearch_text(query: str) -> str:
    """The query with its quotation marks as PostgreSQL's websearch_to_tsquery knows them."""
    return query.translate(_QUOTES)


def parse_query(query: str) -> ParsedQuery:
    """The query's words, phrases and exclusions (an unclosed quote runs to the end)."""
    parsed = ParsedQuery()
    parts = websearch_text(query).split('"')
    for quoted, part in ((i % 2 == 1, p) for i, p in enumerate(parts)):
        if quoted:
            phrase = _phrase(WORD_RE.findall(part.lower()))
            if len(phrase.stems) > 1:
                parsed.phrases.append(phrase)
            else:  # one word quoted is that word
                parsed.terms += [
                    t for t in (Term(s) for s in phrase.stems) if t not in parsed.terms
                ]
            continue
        for term in query_terms(" ".join(_EXCLUDED_RE.findall(part))):
            if term not in parsed.excluded:
                parsed.excluded.append(term)
        for term in query_terms(_EXCLUDED_RE.sub(" ", part)):
            if term not in parsed.terms:
                parsed.terms.append(term)
    return parsed


def _phrase(words: list[str]) -> Phrase:
    stems: list[str] = []
    gaps: list[int] = []
    gap = 0
    for word in words:
        if word in STOP_WORDS:
            gap += 1
        else:
            stems.append(stem(word))
            gaps.append(gap)
            gap = 0
    if stems:
        gaps[0] = 0  # stop words before the first are no part of it
    return Phrase(tuple(stems), tuple(stems_of(_trimmed(words))), tuple(gaps))


def _trimmed(words: list[str]) -> list[str]:
    """The words from the first to the last that is no stop word."""
    kept = [i for i, w in enumerate(words) if w not in STOP_WORDS]
    return words[kept[0] : kept[-1] + 1] if kept else []


def compound_words(text: str) -> set[str]:
    """The words of a text that may be compounds of a query word (lower-case, letters only,
    long enough): the vocabulary later parts are looked up in."""
    return set(_long_words(WORD_RE.findall(text.lower())))


def _long_words(words: list[str]) -> Iterator[str]:
    return (w for w in words if COMPOUND_FROM <= len(w) <= LONGEST_WORD and w.isalpha())


def snippet(text: str, wanted: list[Term], width: int = 30) -> str:
    """HTML: about width words of text around the densest run of query words, those words in
    <mark>. Everything else is escaped."""
    tokens = list(WORD_RE.finditer(text))
    if not tokens:
        return ""
    hits = [i for i, t in enumerate(tokens) if any(w.finds(t.group()) for w in wanted)]
    best = 0
    if hits:
        # The window start (at a hit) that holds the most hits, the first of equals: hits
        # are in order, so the window's end moves on with its start (a bilag's long text
        # may hold a common word a thousand times).
        most, end = 0, 0
        for k, h in enumerate(hits):
            while end < len(hits) and hits[end] < h + width:
                end += 1
            if end - k > most:
                most, best = end - k, h
        best = max(0, best - 5)
    end = min(len(tokens), best + width)
    start_char = tokens[best].start()
    end_char = tokens[end - 1].end()
    marked = set(hits)
    out: list[str] = []
    pos = start_char
    for i in range(best, end):
        t = tokens[i]
        out.append(html.escape(text[pos : t.start()]))
        word = html.escape(t.group())
        out.append(f"<mark>{word}</mark>" if i in marked else word)
        pos = t.end()
    out.append(html.escape(text[pos:end_char]))
    prefix = "… " if best > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return prefix + "".join(out).strip() + suffix
