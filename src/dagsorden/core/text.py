"""Text helpers: whitespace folding, bullets, words and Danish sentence boundaries."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from .danish import ABBREVIATIONS, MONTHS, SENTENCE_FINAL_ABBREVIATIONS

# Bullet glyphs seen in text extracted from Word-made PDFs: U+F0B7 is Symbol-font's bullet
# in the private use area, U+F0A7, U+F076, U+F0D8, U+F0FC, U+F0E8, U+F06E, U+F06C, U+F071
# Wingdings' square, diamond, arrowheads, check mark, boxes and circle there; the rest are
# the usual ones, arrowheads, squares and check marks included (not →, which routes).
BULLETS = (
    "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0e8\uf06e\uf06c\uf071"
    "\u2022\u25aa\u25cf\u2023\u2043\u00b7\u25e6"
    "\u25ba\u25b6\u25a0\u25a1\u25cb\u25c6\u2666\u2756\u27a2\u27a4\u2713\u2714"
)
# Marks that make a bullet only before white space (a hyphen or an asterisk typed by hand).
DASHES = "-–—*"
BULLET_START_RE = re.compile(rf"^\s*(?:[{BULLETS}]|[{DASHES}]\s)\s*")
WORD_RE = re.compile(r"\w+")


def fold(text: str) -> str:
    """Join lines and fold every run of white space to one space."""
    if text.isprintable() and "  " not in text:  # folded already: no white space but ' '
        return text.strip(" ")
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Lower-case word tokens, for comparing texts regardless of punctuation."""
    return WORD_RE.findall(text.lower())


_STEMMER = Stemmer.Stemmer("danish")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A word's Snowball 'danish' stem, lower-cased ('Sundhedsklyngen' → 'sundhedsklyng')."""
    return _STEMMER.stemWord(word.lower())


def stems_of(lowered_words: list[str]) -> list[str]:
    """The stems of words lower-cased already, in one call (a text's words: most are seen
    once, and a cache of them would cost more than it saves)."""
    return _STEMMER.stemWords(lowered_words)


def lowered(text: str) -> str:
    """text.lower() with every character at its offset, as re's case-insensitive matching
    lowers it: 'İ', whose lower case is two characters, becomes 'i'."""
    # The same texts (a decision, its sentences) are asked for actions, referrals and
    # bodies in turn, and lowering costs far more than looking a text up.
    return _lowered(text) if len(text) <= _CACHED_TEXT else _lower(text)


_CACHED_TEXT = 5_000  # characters: a page or two; a longer text is lowered each time


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[0] for ch in text)
    return low


_lowered = lru_cache(maxsize=128)(_lower)


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """Does text hold any of these lower-case words, in any case (as substrings)? A quick
    test before a case-insensitive pattern, which scans a text many times slower. (Lowered
    as re lowers it, 'İ' as 'i': a word the pattern would find is never missed.)"""
    return any(map(lowered(text).__contains__, words))


# A list's glyph as a word of its own, as lines joined keep it ('… behandling:  Budget.
#  Årshjul.'); not '·', which also parts words ('Aarhus · Randers').
_GLYPH_WORD_RE = re.compile(f"(?:^| )[{BULLETS.replace(chr(0xB7), '')}](?= |$)")


def without_glyphs(text: str) -> str:
    """text without the list glyphs standing as words in it (the schema's texts have none)."""
    return fold(_GLYPH_WORD_RE.sub("", text)) if _GLYPH_WORD_RE.search(text) else text


def strip_bullet(text: str) -> str:
    """Remove a leading bullet glyph (and the white space around it)."""
    return BULLET_START_RE.sub("", text, count=1)


def lower_first(text: str) -> str:
    """'Konstitueret socialchef' → 'konstitueret socialchef'; leaves 'IT-chef' alone."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def role_title(title: str) -> str:
    """A job title as one role, however written: 'Konst. socialchef', 'Kst. socialchef' →
    'konstitueret socialchef', 'Fg. skolechef' → 'fungerende skolechef' (the same role as
    the title written out)."""
    title = lower_first(title)
    for short, word in _ACTING_SHORT.items():
        if title.startswith(short):
            return f"{word} {title[len(short) :].lstrip()}"
    return title


# A title held for the time being ('konstitueret socialchef', 'fungerende skolechef'), the
# word also written short: 'konst. socialchef', 'kst. socialchef', 'fg. skolechef'.
ACTING_WORDS = ("konstitueret", "fungerende")
_ACTING_SHORT = {
    "konst. ": "konstitueret",
    "kst. ": "konstitueret",
    "fg. ": "fungerende",
    # a role in a sentence: 'Den konstituerede velfærdsdirektør følger op'
    "den konstituerede ": "konstitueret",
    "konstituerede ": "konstitueret",
    "den fungerende ": "fungerende",
}
_ACTING_STARTS = (*ACTING_WORDS, *_ACTING_SHORT)


def is_acting(title: str | None) -> bool:
    """Is the title held for the time being ('Konstitueret velfærdsdirektør', 'Kst. …',
    'Fungerende skolechef', 'Fg. …')?"""
    return (title or "").lower().startswith(_ACTING_STARTS)


# A line that ends in an enumerator ('… herunder 1)'): the enumerated text follows.
ENUMERATOR_END_RE = re.compile(r"(?:^|\s)\w\)$")
# A sentence ends before a capital, also one after a bullet that opens the next line ('…
# (bilag vedlagt). o Januar: …': Word's 'o' for a list inside a point, a glyph, a dash).
_SENTENCE_END = rf"(?=\s+(?:(?:[{BULLETS}]|[{DASHES}o](?=\s))\s*)?[\"'“(]?[A-ZÆØÅ0-9]|\s*$)"
_SENTENCE_END_RE = re.compile(rf"[.!?]{_SENTENCE_END}")
# The same led by a period alone, for the many texts without '!' or '?': re scans for one
# character several times faster than for any of three.
_PERIOD_END_RE = re.compile(rf"\.{_SENTENCE_END}")


def _ends(text: str) -> re.Pattern[str]:
    """The pattern that finds the sentence ends of text."""
    return _SENTENCE_END_RE if "?" in text or "!" in text else _PERIOD_END_RE


_NEXT_WORD_RE = re.compile(r"\s*(\w+)")
_INITIALS_RE = re.compile(r"(?:\w\.)+\w")


def ends_sentence(text: str, pos: int) -> bool:
    """Does the period at text[pos] end a sentence? Abbreviations, initials and ordinal
    day numbers before a month name do not."""
    if text[pos] != ".":
        return True
    token = text[text.rfind(" ", 0, pos) + 1 : pos]
    if not token.isprintable():  # other white space in it: find the token's start by hand
        start = pos
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        token = text[start:pos]
    written = token.lstrip("(\"'“")
    bare = written.lower()
    if bare in ABBREVIATIONS or bare.rstrip(".") in ABBREVIATIONS:
        if len(written) > 1 and written.isupper() and not _shouted(text, pos - len(token)):
            return True  # an acronym in running text: 'KL.' (Kommunernes Landsforening)
        if bare.rstrip(".") not in SENTENCE_FINAL_ABBREVIATIONS:
            return False
        # '… 5 mio. kr. Direktionen …': these end a sentence before a capitalised word.
        nxt = _NEXT_WORD_RE.match(text, pos + 1)
        return nxt is not None and nxt.group(1)[:1].isupper()
    if (len(bare) == 1 and bare.isalpha()) or ("." in bare and _INITIALS_RE.fullmatch(bare)):
        return False  # initials: 'Kim T. Jensen', 'A.P. Møller'
    if bare.isdigit():
        nxt = _NEXT_WORD_RE.match(text, pos + 1)
        if nxt and nxt.group(1).lower() in MONTHS:  # 'd. 22. februar'
            return False
        if len(bare) <= 2 and written == token and _enumerates(text, pos - len(token), bare):
            return False
    return True


_ENUMERATOR_REACH = 400  # characters looked back for the number before an enumerator's
# Words a number refers by ('punkt 2', 'bilag 3'): no enumerator after them.
_NUMBERED_NOUNS = tuple(
    f" {word}" for word in ("punkt", "punktet", "bilag", "side", "uge", "afsnit", "kapitel", "§")
)


def _enumerates(text: str, start: int, number: str) -> bool:
    """Is the number at text[start] an enumerator ('Der blev aftalt: 1. HR følger op 2.
    Økonomichefen …', '… fokus på 1. Økonomi, 2. Personale og 3. Drift'), whose period ends
    no sentence? It opens a list after a colon or a sentence's end, or goes on from the
    number before it, itself followed by a capital."""
    before = text[max(0, start - _ENUMERATOR_REACH) : start].rstrip()
    if not before or before[-1] == ":":
        return True
    if before[-1] == ".":
        # after a sentence's end ('Godkendt. 2. Årshjulet …'), not after an abbreviation
        # ('d. 1.')
        word = before[before.rfind(" ") + 1 :].lower()
        return word.rstrip(".") not in ABBREVIATIONS and word not in ABBREVIATIONS
    if f" {before.lower()}".endswith(_NUMBERED_NOUNS):
        return False  # a reference: 'Status på punkt 2. Direktionen drøftede punkt 3. …'
    # ('… fokus på 1. Økonomi, 2. …': the number after it follows)
    after = text[start : start + _ENUMERATOR_REACH]
    if before_a_capital(after, (f"{int(number) + 1}. ",), after.find(" "), own_word=True):
        return True
    previous = (f"{int(number) - 1}. ",)
    return number not in ("0", "1") and before_a_capital(before, previous, own_word=True)


def before_a_capital(
    text: str, marks: tuple[str, ...], start: int = 0, own_word: bool = False
) -> bool:
    """Does one of marks ('2. ', 'op ') stand in text (from start on) before a capital; with
    own_word, not inside a word or a number ('21. Februar')? Found with str.find: a pattern
    for it would be tried at every character."""
    for mark in marks:
        at = text.find(mark, max(start, 0))
        while at >= 0:
            if text[at + len(mark) : at + len(mark) + 1].isupper() and not (
                own_word and at and text[at - 1].isalnum()
            ):
                return True
            at = text.find(mark, at + 1)
    return False


def _shouted(text: str, start: int) -> bool:
    """Is the word before start in capitals ('BUDGETOPFØLGNING PR.'), so that a token in
    capitals there may be an abbreviation?"""
    words = text[max(0, start - 40) : start].split()
    return bool(words) and words[-1].isupper() and len(words[-1]) > 1


def sentences(text: str) -> list[str]:
    """Split folded text into sentences, keeping each final period."""
    return list(_sentences(text))


@lru_cache(maxsize=64)  # a decision is split for its actions and again for its referrals
def _sentences(text: str) -> tuple[str, ...]:
    text = fold(text)
    out: list[str] = []
    start = 0
    for m in _ends(text).finditer(text):
        if ends_sentence(text, m.start()):
            out.append(text[start : m.end()].strip())
            start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return tuple(out)


_SENTENCE_REACH = 600  # characters looked at either way for a sentence's ends


def sentence_around(text: str, offset: int) -> tuple[int, str]:
    """The sentence of a folded text that holds offset, and where it starts: found from
    the periods nearest it, not by splitting the whole text (a presentation is long). A
    sentence longer than _SENTENCE_REACH either way is cut there: asked for many offsets of
    a text made of one sentence, the work stays in proportion."""
    floor = max(0, offset - _SENTENCE_REACH)
    window = text[floor : offset + _SENTENCE_REACH]
    at = offset - floor
    ends = _ends(window)
    start = 0
    if ends is _PERIOD_END_RE:  # back to the nearest period that ends a sentence
        dot = window.rfind(".", 0, at)
        while dot >= 0:
            if ends.match(window, dot) and ends_sentence(window, dot):
                start = dot + 1
                break
            dot = window.rfind(".", 0, dot)
    else:  # '?' and '!' too (few texts): all the ends before it
        for m in ends.finditer(window, 0, at):
            if ends_sentence(window, m.start()):
                start = m.end()
    stop = len(window)
    for m in ends.finditer(window, at):
        if ends_sentence(window, m.start()):
            stop = m.end()
            break
    sentence = window[start:stop]
    lead = len(sentence) - len(sentence.lstrip())
    return floor + start + lead, sentence.strip()


def first_sentence(text: str) -> str:
    """The first sentence, with its final period."""
    for m in _ends(text).finditer(text):
        if ends_sentence(text, m.start()):
            return text[: m.end()].strip()
    return text.strip()


_DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def ascii_slug_base(text: str) -> str:
    """Danish letters spelt out the Danish way ('Økonomiudvalget' → 'Oekonomiudvalget'), so
    that a slug keeps them instead of dropping them."""
    return text.translate(_DANISH_LETTERS)


_GARBLED_SAMPLE = 100_000  # characters: enough to tell, however large the text
GARBLED = 0.3  # a share of garbled_share beyond a few symbols or odd bytes in real writing


def garbled_share(text: str) -> float:
    """The share of a text's visible characters that are no writing: private-use glyphs,
    control characters, unassigned code points, U+FFFD (in its first _GARBLED_SAMPLE
    characters). A PDF whose fonts lack a map to Unicode gives text of these."""
    shown = [c for c in text[:_GARBLED_SAMPLE] if not c.isspace()]
    odd = sum(c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cn", "Cs") for c in shown)
    return odd / len(shown) if shown else 0.0
