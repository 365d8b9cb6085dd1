"""Points inside an item, and each point's part of the decision.

Points follow '… (øvrige) punkter til behandling:' (or '… til drøftelse:' and the like) in
the case presentation, and are
- numbered ('1. '), counted strictly in sequence so that a date broken over lines
  ('d. \\n14. november') is not taken for point 14;
- bulleted (U+F0B7, '•', '-'), or the bullet was lost in extraction, leaving a line that
  starts with white space and a capital letter; two such points can share a line when the
  line break was lost too, leaving a sentence end, two or more spaces and a capital.

The decision section gives each point its part, in one of these ways, tried in this order:
the same numbering; the same bullets; a heading line repeating (the start of) the point's
title before its text; paragraphs in point order; and, when the counts disagree, paragraphs
aligned to points in order by the words they share.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, pairwise
from os.path import commonprefix
from typing import NamedTuple

from .danish import ABBREVIATIONS, MONTHS, is_presentation_subheading
from .followups import FIELD_LABELS, follow_up_field
from .lines import Line
from .records import Point
from .text import (
    BULLET_START_RE,
    BULLETS,
    DASHES,
    ENUMERATOR_END_RE,
    WORD_RE,
    ends_sentence,
    first_sentence,
    fold,
    lowered,
    mentions,
    sentences,
    stems_of,
    strip_bullet,
    words,
)

# Matched in the lower-cased line, only where its first word stands (found with str.find): a
# pattern that can start with 'e' would otherwise be tried at most letters of every line.
# '… følgende (øvrige) punkter til behandling:', '… punkt til drøftelse:' (one point), '…
# punkter på dagsordenen:'.
_INTRO_RE = re.compile(
    r"punkt(?P<more>er)?\s+"
    r"(?:til\s+(?:behandling|drøftelse|orientering|beslutning)|på\s+dagsordenen|behandles|drøftes)"
    r"\s*(?:(?P<colon>:)|[.;]?\s*$)"  # without the colon, at the line's end (before a list)
)
_INTRO_WORD = "punkt"  # found with str.find, 'punkter' too
_INTRO_WORDS = ("punkt", "punkter")
_INTRO_NEXT = {
    "til": ("behandling", "drøftelse", "orientering", "beslutning"),
    "på": ("dagsordenen",),
}
# '1. Budget', or '1) Budget' in a list whose first point is numbered so; '10.Budget' with no
# space before a capital (Word's tab after a wide number can be too narrow to extract).
_NUMBERED_RE = re.compile(r"^\s*(?P<n>\d{1,2})(?P<mark>[.)])(?:\s+|(?=[A-ZÆØÅ]))(?P<rest>\S.*)$")
# Points lettered ('a) Budget', 'b. Årshjul', '(a) …', 'A. Budget'), in Roman numerals ('i)',
# 'II.'), numbered in brackets ('(1) …') or with no mark at all ('1 Budget', a table's column).
_LETTERED_RE = re.compile(
    r"^(?P<indent>\s*)(?P<open>\(?)(?P<label>[ivxIVX]{1,6}|[a-zA-Z]|\d{1,2})(?P<mark>[.):]?)"
    r"\s+(?=[A-ZÆØÅ0-9])"
)
_INITIAL_RE = re.compile(r"[A-ZÆØÅ]\.(?:\s|[A-ZÆØÅ])")  # 'A. P. Møller': a name, no label
_ROMAN = {
    numeral: n
    for n, numeral in enumerate(
        (
            f"{tens}{ones}"
            for tens in ("", "X", "XX", "XXX")
            for ones in ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
        ),
    )
    if n
}
_O_LINE_RE = re.compile(r"^\s*o\s+(?=[A-ZÆØÅ0-9])")  # Word's 'o' bullet, before a capital
_BULLET_LINE_RE = re.compile(rf"^\s*(?:[{BULLETS}]|[{DASHES}](?=\s))")
_DASH_LINE_RE = re.compile(rf"^\s*[{DASHES}](?=\s)")
_GLYPH_LINE_RE = re.compile(rf"^\s*[{BULLETS}]")  # a bullet's glyph: no dash (running text)
_WORD_START_RE = re.compile(r"[\wæøå]+")
_INLINE_BULLET_RE = re.compile(rf"\s[{BULLETS}]\s*(?=\S)")
# A lost bullet and a lost line break: '… covid-19.   Direktionens årsplan'
_INLINE_LOST_BULLET_RE = re.compile(r"(?<=[.!?])\s{2,}(?=[A-ZÆØÅ])")


@dataclass
class PointBlock:
    number: int | None
    text: str
    mark: str = "."  # after the number: '.' or ')'
    # The text on the number's line when more lines follow, as it stands there: a heading it
    # may be ('2. Rekruttering af skolechef' / 'Drøftet.'); None when the text ends on it.
    heading: str | None = field(default=None, repr=False, compare=False)
    # (text, its first sentence): the title is asked for often, the text changes rarely
    _title: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def title(self) -> str:
        cached = self._title
        if cached is None or cached[0] is not self.text:
            cached = self._title = (self.text, first_sentence(self.text))
        return cached[1]

    @property
    def named(self) -> str:
        """The title as a heading in the decision repeats it: without the time of day some
        agendas put before it ('9.00-9.30 Dialogmøde med skolechef …')."""
        return without_time(self.title)

    @property
    def after_title(self) -> str:
        """The start of the text after the title: what a heading's line may go on with."""
        title = self.title
        return self.text[len(title) : len(title) + 160] if self.text.startswith(title) else ""


def _starts_upper(text: str) -> bool:
    text = strip_bullet(text)
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _numbered(line: Line, expected: int | None, prev: str, mark: str = ".") -> re.Match[str] | None:
    """The '<n>. ' (or '<n>) ') marker of a numbered point, if line starts the next one."""
    m = _NUMBERED_RE.match(line.raw)
    if not m or m["mark"] != mark:
        return None
    n = int(m["n"])
    if expected is not None and n != expected:
        return None
    first_word = _WORD_START_RE.match(m["rest"].lower())
    if first_word and first_word.group() in MONTHS:  # '14. november'
        return None
    if not _starts_upper(m["rest"]):
        return None
    last = prev.split()[-1].lower() if prev.split() else ""
    # '… d. \n 2. februar …': an abbreviation with its period ('St' alone is a word cut off).
    if (last.endswith(".") and last.rstrip(".") in ABBREVIATIONS) or last == "den":
        return None
    return m


def _number_mark(line: Line) -> str | None:
    """'.' or ')' when line starts a numbered list ('1. Budget', '1) Budget'), else None."""
    m = _NUMBERED_RE.match(line.raw)
    return m["mark"] if m and _numbered(line, None, "", m["mark"]) else None


def _labelled_as_numbered(lines: list[Line]) -> list[Line]:
    """'Punkt 1: Budget' / 'Punkt 2: Årshjul' (also 'Pkt. 1', 'Ad 1') in the presentation, where
    the list's first line is point 1: read as numbered ('1. Budget'), as a decision is."""
    first = next((ln for ln in lines if not ln.blank), None)
    if first is None or first.raw[:1] not in _AD_INITIALS or not first.text[:1].isalpha():
        return lines
    if _ad_as_number(first).text[:3] != "1. ":
        return lines
    return [_ad_as_number(line) for line in lines]


# A point's label alone on its line, its text on the next: 'Ad 1' / 'Drøftet.', '1.' /
# 'Budget.' (a bare number only with its mark: '45' alone may be a week's number).
_LABEL_ALONE_RE = re.compile(
    r"^\s*(?:(?:[Aa]d\.?\s*(?:[Pp]unkt\s*|[Pp]kt\.?\s*)?|Punkt\s*|Pkt\.?\s*)"
    r"(?P<n>\d{1,2})\s*[.:)\-–]?|(?P<bare>\d{1,2})(?P<mark>[.:)]))\s*$"
)


def _labels_joined(lines: list[Line]) -> list[Line]:
    """A label alone on its line joined with the text of the next ('Ad 1' / 'Drøftet.' →
    '1. Drøftet.'), as the label and the text would stand on one line; where the first line
    is such a label."""
    first = next((ln.text for ln in lines if ln.text), "")
    if len(first) > 12 or not _LABEL_ALONE_RE.match(first):
        return lines  # a list so labelled starts so (most texts: no new list)
    out: list[Line] = []
    label: str | None = None
    for line in lines:
        if line.blank:
            if label is None:
                out.append(line)
            continue
        if label is not None:
            out.append(Line(f"{label} {line.text}"))
            label = None
            continue
        m = _LABEL_ALONE_RE.match(line.text) if len(line.text) <= 12 else None
        if m:
            label = f"{m['n']}." if m["n"] else f"{m['bare']}{')' if m['mark'] == ')' else '.'}"
            continue
        out.append(line)
    if label is not None:
        out.append(Line(label))  # a label at the end, with nothing after it: as it was
    return out


def _lettered_as_numbered(lines: list[Line]) -> list[Line]:
    """'a) Budget' / 'b) Årshjul' (also 'a.', '(a)', 'A.', 'i)', 'II.', '(1)', '1:', '1 Budget')
    → '1) Budget' / '2) Årshjul': a list lettered, in Roman numerals, numbered in brackets,
    with colons or without a mark is read as numbered. Only where the first line that says
    anything opens with the first label ('a', 'A', 'i', 'I', '(1)', '1:', '1 '), and only the
    labels that follow in order, written alike; capitals, Roman numerals and numbers with a
    colon or none only when two at least follow so (a sentence may open with 'I. …' or '1
    Mio. kr.')."""
    first = next((ln for ln in lines if not ln.blank), None)
    if first is None or first.text[:1] not in "(aAiI1":
        return lines
    m = _LETTERED_RE.match(first.raw)
    kind = _list_kind(m) if m else None
    if m is None or kind is None:
        return lines  # '1. ' and '1) ' are read as they are
    style = (m["open"], m["mark"])
    out: list[Line] = []
    expected = 1
    for line in lines:
        m = _LETTERED_RE.match(line.raw) if not line.blank else None
        if m and (m["open"], m["mark"]) == style and _label_value(m, kind) == expected:
            out.append(Line(f"{m['indent']}{expected}) {line.raw[m.end() :]}"))
            expected += 1
        else:
            out.append(line)
    if expected <= 2 and kind not in ("lower", "bracketed"):
        return lines  # one label alone: no list ('1: …' may be a ratio's or a time's)
    return out


_TWO_LEVELS_RE = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})\.(?P<k>\d{1,2})\.?\s+(?=[A-ZÆØÅ])")


def _two_levels_as_bulleted(lines: list[Line]) -> list[Line]:
    """'1.1 Budget' / '1.2 Årshjul' / '2.1 Seminar', with no line of '1.' above: a list
    numbered in two levels, read as bulleted, each entry a point without its number (a
    point's number is a whole one; the schema has none for these). Only where the first line
    that says anything opens with '1.1', and only the numbers that follow in order (the next
    of the same level, or the first of the next), two at least."""
    first = next((ln for ln in lines if not ln.blank), None)
    if first is None or not first.text.startswith("1.1"):
        return lines  # (most lists)
    out: list[Line] = []
    expected = {(1, 1)}
    count = 0
    for line in lines:
        m = None if line.blank else _TWO_LEVELS_RE.match(line.raw)
        if m and (n := int(m["n"]), k := int(m["k"])) in expected:
            out.append(Line(f"{m['indent']}\uf0b7 {line.raw[m.end() :]}"))
            expected = {(n, k + 1), (n + 1, 1)}
            count += 1
        else:
            out.append(line)
    return out if count >= 2 else lines


def _list_kind(m: re.Match[str]) -> str | None:
    """The kind of list a first label opens: 'lower' ('a)'), 'upper' ('A.'), 'roman' ('i)'),
    'ROMAN' ('I.'), 'bracketed' ('(1)'), 'bare' ('1 Budget'); None for none ('1. ' is read
    as numbered elsewhere, '(a.' is no label)."""
    label, opened, mark = m["label"], m["open"], m["mark"]
    if opened and mark != ")":
        return None
    if mark == ":":  # '1: Budget' / '2: Årshjul'; not 'a: …'
        return "colon" if label == "1" else None
    if label == "1":
        if opened:
            return "bracketed"
        return "bare" if not mark and m.string[m.end() : m.end() + 1].isalpha() else None
    if not mark:
        return None
    return {"a": "lower", "A": "upper", "i": "roman", "I": "ROMAN"}.get(label)


def _label_value(m: re.Match[str], kind: str) -> int | None:
    """The place in the list of kind that a label gives its line, or None when it is no
    label of such a list."""
    label = m["label"]
    if kind in ("bracketed", "bare", "colon"):
        return int(label) if label.isdigit() else None
    if kind in ("roman", "ROMAN"):
        if label.islower() != (kind == "roman"):
            return None
        return _ROMAN.get(label.upper())
    if len(label) != 1 or label.islower() != (kind == "lower"):
        return None
    if kind == "upper" and _INITIAL_RE.match(m.string, m.end()):
        return None  # 'A. P. Møller', 'B. T. Hansen': initials
    return ord(label.lower()) - ord("a") + 1


def split_numbered(
    lines: list[Line], first_number: int | None = None, mark: str = "."
) -> tuple[str, list[PointBlock]]:
    """Split lines at sequential '<n>. ' (or '<n>) ') markers. Returns (text before, points)."""
    before: list[str] = []
    points: list[PointBlock] = []
    expected = first_number
    prev = ""
    # The last point's text grows in a local variable, where CPython appends in place, and
    # only what was added is searched for the next number: a point of many lines (a text
    # made to be one) would otherwise cost its length for each line.
    current: str | None = None
    searched = 0
    alone: str | None = None  # the next number alone on the line before ('10.' / 'Årligt …')
    first: str | None = None  # the last point's text while it is its number's line alone
    listed = False  # a list of its own begun in the last point's text
    for line in lines:
        if line.blank:
            continue
        if alone is not None:
            line, alone = Line(f"{alone} {line.text}"), None
        elif expected is not None and current is not None and line.text == f"{expected}{mark}":
            alone = line.text  # an extractor put the number and its text on two lines
            continue
        m = _numbered(line, expected, prev, mark)
        if m:
            if current is not None:
                points[-1].text = current
            n = int(m["n"])
            points.append(PointBlock(n, "", mark))
            current, searched, expected = m["rest"], 0, n + 1
            first, listed = current, False
        elif current is not None:
            searched = len(current)
            while searched and current[searched - 1].isspace():
                searched -= 1
            if first is not None:
                points[-1].heading, first = current, None
            text = line.text
            if text[:1] in DASHES:  # (few lines: no call for the others)
                text = _without_dash(text, prev, listed)
                listed = listed or text is not line.text
            elif text[:1] in _GLYPH_INITIALS:
                text = _without_glyph(text)
            current += " " + text
        else:
            before.append(line.text)
        prev = line.text
        # Two numbered points on one line.
        if current is not None and expected is not None:
            m2 = _next_inline(current, expected, searched, mark)
            while m2:
                first = None  # its line held more than a heading
                points[-1].text = current[: m2.start()]
                current = current[m2.end() :]
                points.append(PointBlock(expected, "", mark))
                expected += 1
                m2 = _next_inline(current, expected, 0, mark)
    if alone is not None:  # a number with nothing after it: text, as it was
        if current is None:
            before.append(alone)
        else:
            current += " " + alone
    if current is not None:
        points[-1].text = current
    for p in points:
        p.text = fold(p.text)
    return fold(" ".join(before)), points


# Not a dash: in a point's wrapped text a line may begin with one ('… december' / '– budget').
_GLYPH_INITIALS = frozenset(BULLETS + "o")


def _without_glyph(text: str) -> str:
    """A line of a point's own sub-list without its bullet ('• Klima', 'o Klima'), as the
    schema's texts are written."""
    if text[:1] not in _GLYPH_INITIALS:
        return text
    if text[0] == "o":
        m = _O_LINE_RE.match(text)
        return text[m.end() :] if m else text
    return strip_bullet(text)


# A dash that opens an entry of a point's own list: before a capital, after a line that
# ends in a colon or is an entry itself ('Følgende drøftes:' / '- Status på anlæg' / '- Status
# på drift'), or in a list begun so in the point's text (its entries wrap: '- Status på
# anlæg og' / 'drift.' / '- Budget'); not one a wrapped sentence opens a line with ('2)
# Notat' / '– tidsplan …').
_DASH_ENTRY_RE = re.compile(rf"^\s*[{DASHES}]\s+(?=[A-ZÆØÅ0-9])")


def _without_dash(text: str, previous: str, listed: bool = False) -> str:
    """A line's text that opens with a dash, without it where it opens an entry of a point's
    own list (listed: one began in the point's text)."""
    if not (
        listed
        or previous.endswith(":")
        or (previous[:1] in DASHES and _DASH_ENTRY_RE.match(previous))
    ):
        return text
    m = _DASH_ENTRY_RE.match(text)
    return text[m.end() :] if m else text


def _next_inline(text: str, number: int, pos: int, mark: str = ".") -> re.Match[str] | None:
    """'… sentence end. 3. Next point' inside a line: where point number starts (at or
    after pos; the character before pos may be the sentence end)."""
    if text.find(f"{number}{mark}", pos) < 0:  # the usual case, found without the pattern
        return None
    return re.compile(rf"(?<=[.!?])\s+{number}{re.escape(mark)}\s+(?=[A-ZÆØÅ])").search(text, pos)


def _is_marked(line: Line, o_mark: bool = False) -> bool:
    """A bulleted line, or one whose bullet was lost (indented, starting with a capital); in a
    list whose bullets are Word's 'o', a line opened by one."""
    if _BULLET_LINE_RE.match(line.raw) or (o_mark and _O_LINE_RE.match(line.raw)):
        return True
    return line.raw[:1].isspace() and _starts_upper(line.text)


def _indent_of(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def split_marked(lines: list[Line]) -> tuple[str, list[PointBlock]]:
    """Split lines at bullets, lost bullets and inline bullets. Returns (text before, points).
    A line that starts with a dash starts a point only in a list whose first point does: in
    other lists it is running text wrapped before a dash ('… 2) Notat' / '– tidsplan …')."""
    before: list[str] = []
    texts: list[list[str]] = []  # each point's lines, joined once at the end
    first = next((line for line in lines if not line.blank and _is_marked(line, True)), None)
    dashes_mark = first is not None and bool(_DASH_LINE_RE.match(first.raw))
    # Word's second-level bullet 'o' marks the points only where the list starts with one;
    # under other bullets it marks a point's own sub-list, as does any glyph of a deeper
    # level than the first point's (Word's third level, a square, under its first, a dot),
    # or any other glyph after a point that ends in a colon. Another glyph of the same level
    # ('•' among '', a list pasted together) marks another point; the same glyph indented
    # further (Word's 'List Bullet 2' under 'List Bullet', as a Word document's text indents
    # it) an entry of the point's own.
    o_mark = first is not None and bool(_O_LINE_RE.match(first.raw))
    glyph = _glyph(first.raw) if first is not None else None
    deeper = _indent_of(first.raw) + 2 if first is not None else 0
    full = _full_width(lines)
    previous = ""
    sub = None  # the glyph of the sub-list the lines are in
    listed = False  # a dashed list of its own begun in the last point's text
    for line in lines:
        if line.blank:
            continue
        own = _glyph(line.raw)
        if (
            glyph
            and own
            and own != glyph
            and not (own in DASHES and dashes_mark)
            and (own == sub or _level(own) > _level(glyph) or previous.endswith(":"))
        ) or (own and own == glyph and _indent_of(line.raw) >= deeper):
            # an entry of the point's own list: its text, without its bullet
            entry = _O_LINE_RE.match(line.raw) or BULLET_START_RE.match(line.raw)
            # (after a full line: one that opened the list with a colon, or an entry's own
            # that wrapped, in a list of this glyph)
            if (
                texts
                and entry
                and (own == sub or previous.endswith(":") or not _is_wrapped(previous, full))
            ):
                texts[-1].append(line.raw[entry.end() :].strip())
                previous, sub = line.text, own
                continue
        if (
            _is_marked(line, o_mark)
            # where the list kept its bullets, none was lost: a line indented without one
            # is the point's text going on (the next page's first line, as some PDFs' text
            # indents it: '… covid-19.' / ' Direktionens drøftelse …')
            and (own is not None or glyph is None)
            and (dashes_mark or not _DASH_LINE_RE.match(line.raw))
            and not (_is_wrapped(previous, full) and not _BULLET_LINE_RE.match(line.raw))
            and not (o_mark and _is_wrapped(previous, full) and _O_LINE_RE.match(line.raw))
        ):
            o = _O_LINE_RE.match(line.raw) if o_mark else None
            texts.append([line.raw[o.end() :].rstrip() if o else strip_bullet(line.raw).rstrip()])
            sub, listed = None, False  # a new point: a list of its own starts afresh
        elif texts:
            text = line.text
            if text[:1] in DASHES:
                text = _without_dash(text, previous, listed)
                listed = listed or text is not line.text
            texts[-1].append(text)
        else:
            before.append(line.text)
        previous = line.text
    points: list[PointBlock] = []
    for text in map(" ".join, texts):
        for piece in _INLINE_BULLET_RE.split(text):
            for part in _split_lost_bullets(piece):
                if part.strip():
                    points.append(PointBlock(None, fold(part)))
    return fold(" ".join(before)), points


_FULL_LINE = 50  # characters: no page of minutes is narrower


# Word's bullets by list level: '' first, 'o' second, a square third (then again).
_SECOND_LEVEL = "o\u25e6\u25cb\u2043" + DASHES  # o ◦ ○ ⁃ and dashes
_THIRD_LEVEL = "\uf0a7\u25aa\u25a1"  # Wingdings' square, ▪ □


def _level(glyph: str) -> int:
    return 3 if glyph in _THIRD_LEVEL else 2 if glyph in _SECOND_LEVEL else 1


def _glyph(raw: str) -> str | None:
    """The bullet a line opens with: a glyph, a dash before white space, or Word's 'o'
    before a capital; None for none (a lost bullet too)."""
    m = _BULLET_LINE_RE.match(raw)
    if m:
        return raw[m.end() - 1]
    return "o" if _O_LINE_RE.match(raw) else None


def _full_width(lines: list[Line]) -> int:
    """How long a line that runs to the right margin is, here."""
    widest = max((len(line.text) for line in lines if not line.blank), default=0)
    return max(_FULL_LINE, widest * 4 // 5)


def _is_wrapped(previous: str, full: int) -> bool:
    """Did the line before run to the margin in mid-sentence, so that the line after goes on
    with it even when it starts with white space and a capital ('… med økonomichef' /
    ' Bettina Andersen …': some extractors indent every line of a list entry)?"""
    if len(previous) < full:
        return False
    if previous.endswith(")"):  # '(bilag vedlagt)' ends a point, an enumerator '2)' does not
        return bool(ENUMERATOR_END_RE.search(previous))
    return previous[-1] not in ".!?"  # a colon opens what follows


def _split_lost_bullets(text: str) -> list[str]:
    """Split where a sentence ends and two or more spaces and a capital follow."""
    parts, start = [], 0
    for m in _INLINE_LOST_BULLET_RE.finditer(text):
        if ends_sentence(text, m.start() - 1):
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


_ANY_WIDTH = 1_000_000  # a margin no line reaches: every line ending a sentence may end one


def _short_line_blocks(
    lines: list[Line], room: int = 0, lists_end: bool = False
) -> list[list[Line]]:
    """Paragraphs where bullets, indents and empty paragraphs were all lost: one ends where a
    line ends a sentence short of the right margin and the next starts with a capital: the
    next line's first word would have fitted after it (a line the page's width broke runs
    to the margin). room: the margin, when more text than these lines shows it (a list of
    one-line points has none of its lines at the margin); else these lines' widest.
    lists_end: a capitalised line after a dashed or bulleted entry that ends short opens one
    too (a decision's part with its own list: '- Kommunaldirektøren inviterer' / 'DI-…')."""
    room = max(room, _margin(lines))
    blocks: list[list[Line]] = [[]]
    previous = ""
    listed = False  # the line before is a dashed or bulleted entry
    for line in lines:
        if line.blank:
            continue
        entry = _BULLET_LINE_RE.match(line.raw) is not None
        if (
            blocks[-1]
            and len(previous) + 1 + len(line.text.split(" ", 1)[0]) <= room
            and (
                (previous[-1] in ".!?" and ends_sentence(previous, len(previous) - 1))
                or (listed and not entry)
            )
            and _starts_upper(line.text)
        ):
            blocks.append([])
        blocks[-1].append(line)
        previous = line.text
        listed = lists_end and (entry or (listed and not _starts_upper(line.text)))
    return [block for block in blocks if block]


def _titles_a_line(lines: list[Line], room: int) -> bool:
    """Is each line a point of its own, a title with no period ('Budgetopfølgning pr. 30.
    april' / 'Status på rekruttering'): two or more lines, each starting with a capital, none
    ending in a comma or a hyphen, each ending short of the margin (see _short_line_blocks;
    room: the presentation's margin, which its paragraphs show)?"""
    texts = [line.text.strip() for line in lines if not line.blank]
    if len(texts) < 2:
        return False
    return all(
        _starts_upper(text)
        and text[-1] not in ",;-–"
        and (following is None or len(text) + 1 + len(following.split(" ", 1)[0]) <= room)
        for text, following in zip(texts, [*texts[1:], None], strict=True)
    )


def split_paragraphs(lines: list[Line]) -> list[str]:
    """Paragraphs separated by lines of white space only."""
    return [_joined(block) for block in _paragraph_blocks(lines)]


def find_points(presentation: list[Line]) -> tuple[list[Line], list[PointBlock]]:
    """The points listed in a case presentation. Returns (lines before the list, points)."""
    # Each introduction without a colon is tried on the rest of the text, which a list
    # must follow at once: only the first few are (a text of thousands would cost their square).
    tries = 3
    for i, line in enumerate(presentation):
        low = lowered(line.raw)
        found = _intro(presentation, i, low) if _INTRO_WORD in low else None
        if not found:
            continue
        rest, end, one, colon = found  # the line it ends in; 'punkt': one point
        if not colon:
            tries -= 1
            if tries < 0:
                continue
        if not rest.strip() and all(
            presentation[k].blank for k in range(end + 1, len(presentation))
        ):
            return presentation, []
        # Another introduction after the list, a paragraph of its own ('Direktionen har
        # følgende punkter til orientering:'): its list goes on with the points.
        following = _next_intro(presentation, end + 1)
        stop = following[0] if following else len(presentation)
        region = ([Line(rest)] if rest.strip() else []) + presentation[end + 1 : stop]
        points = _listed(region, one, colon, presentation)
        if points is None:
            continue  # '… hvor mange punkter til behandling' / 'der skal være …': a sentence
        while following is not None:
            _, more_end, one = following
            following = _next_intro(presentation, more_end + 1)
            stop = following[0] if following else len(presentation)
            points += _listed(presentation[more_end + 1 : stop], one, True, presentation) or []
        return presentation[: end + 1], points
    # The introduction in other words ('Dagsorden:', 'Følgende drøftes:'): a line that ends
    # in a colon, right before a list of two points or more. Each try reads the rest of the
    # text, so only the first few are tried (a text of thousands would cost their square).
    tries = 3
    said = ""  # the line before and this one: the words may be broken over the two
    for i, line in enumerate(presentation):
        said = said[-80:] + line.text
        if not line.text.endswith(":") or not mentions(said, _AGENDA_WORDS):
            continue  # ('Der er særligt fokus på følgende områder:' lists no points)
        tries -= 1
        if tries < 0:
            break
        region = _before_subheading(presentation[i + 1 :])
        first = next((ln for ln in region if not ln.blank), None)
        if first is None:
            break
        mark = _number_mark(first)
        if mark:
            _, points = split_numbered(region, None, mark)
        elif _is_marked(first, True):  # a list may start with Word's 'o'
            _, points = split_marked(region)
        else:
            continue
        if len(points) >= 2:
            return presentation[: i + 1], points
    # No introduction: a numbered list that starts at 1 and has at least two points.
    for i, line in enumerate(presentation):
        if _numbered(line, 1, ""):
            _, points = split_numbered(_before_subheading(presentation[i:]), 1)
            if len(points) >= 2:
                return presentation[:i], points
            break
    # Nor a number: a bulleted list of two points or more that the presentation opens with
    # (with its glyphs: a paragraph's first line indented is no lost bullet here).
    first = next((ln for ln in presentation if not ln.blank), None)
    if first is not None and (_BULLET_LINE_RE.match(first.raw) or _O_LINE_RE.match(first.raw)):
        _, points = split_marked(_without_closing_paragraph(_before_subheading(presentation), None))
        if len(points) >= 2:
            return [], points
    return presentation, []


def _listed(
    region: list[Line], one: bool, colon: bool, presentation: list[Line]
) -> list[PointBlock] | None:
    """The points listed in region, the lines after an introduction; None when no list
    follows an introduction without a colon (a sentence)."""
    region = _before_subheading(region)
    region = _lettered_as_numbered(_labelled_as_numbered(_labels_joined(region)))
    region = _two_levels_as_bulleted(region)
    first = next((ln for ln in region if not ln.blank), None)
    if first is None:
        return []
    mark = _number_mark(first)
    if not colon and not (mark or _is_marked(first, True)):
        return None
    if one and not mark:  # a bullet or not, all of it
        return [PointBlock(None, _joined(region))]
    if mark:
        return split_numbered(_without_closing_paragraph(region, mark), None, mark)[1]
    if _is_marked(first, True):  # a list may start with Word's 'o'
        return split_marked(_without_closing_paragraph(region, None))[1]
    marked = _bullet_forgotten(region)
    if marked is not None:
        return split_marked(_without_closing_paragraph(marked, None))[1]
    paragraphs = split_paragraphs(region)
    if len(paragraphs) == 1:  # no empty paragraphs either: where lines end short
        room = page_width(presentation)  # its standard text shows it
        paragraphs = [_joined(block) for block in _short_line_blocks(region, room)]
        if len(paragraphs) == 1 and _titles_a_line(region, room):
            paragraphs = [line.text.strip() for line in region if not line.blank]
    return [PointBlock(None, p) for p in paragraphs]


def _bullet_forgotten(lines: list[Line]) -> list[Line] | None:
    """The lines with their first given a bullet, where it starts a point with none before
    points with a bullet's glyph ('… behandling:' / 'Budget …' / '• Status …': the first
    point's bullet forgotten); None otherwise."""
    first = next((k for k, line in enumerate(lines) if not line.blank), None)
    if (
        first is None
        or _is_marked(lines[first], True)
        or not _starts_upper(lines[first].text)
        or not any(_GLYPH_LINE_RE.match(line.raw) for line in lines[first + 1 :])
    ):
        return None
    return [*lines[:first], Line(f"\u2022 {lines[first].raw}"), *lines[first + 1 :]]


def _next_intro(lines: list[Line], start: int) -> tuple[int, int, bool] | None:
    """The next introduction of more points at or after start: a line of its own after an
    empty paragraph, opening with a capital, no point's number or bullet, and ending in the
    introduction's colon ('Direktionen har følgende punkter til orientering:'). Returns the
    index of its line, of the line it ends in, and whether it announces one point."""
    after_break = False
    for i in range(start, len(lines)):
        line = lines[i]
        if line.blank:
            after_break = after_break or line.paragraph_break
            continue
        if (
            after_break
            and line.text[:1].isupper()
            and ("unkt" in line.raw or "UNKT" in line.raw)  # before lowering it
            and _INTRO_WORD in (low := lowered(line.raw))
        ):
            found = _intro(lines, i, low)
            if found and found[3] and not found[0].strip() and not _is_marked(line, True):
                return i, found[1], found[2]
        after_break = False
    return None


def answered_list(presentation: list[Line], decision: list[Line]) -> list[PointBlock]:
    """A bulleted list with no line to introduce it (its bullets may be lost: a paragraph's
    first line indented and capitalised), taken as the points when the decision answers it:
    at least two of its points, and half of them, have the words their title opens with (to
    its first clause's end, at most three) opening a line of the decision ('Direktionens
    årsplan (bilag vedlagt).' / 'Direktionens årsplan.'). A bulleted list in a case
    presentation is otherwise running text: the schema's points are those an introduction
    lists."""
    first = next(
        (
            i
            for i, line in enumerate(presentation)
            if _BULLET_LINE_RE.match(line.raw)
            or (i and presentation[i - 1].blank and _is_marked(line))  # a bullet lost
        ),
        None,
    )
    if first is None or not decision:
        return []
    _, points = split_marked(_without_closing_paragraph(presentation[first:], None))
    if len(points) < 2:
        return []
    # Each line's first one, two and three words, in a set: a long list and a long decision
    # must not cost their product.
    starts: set[str] = set()
    for line in decision:
        opens = words(unlabelled(line.text[:200]))[:3]
        starts.update(" ".join(opens[:n]) for n in range(1, len(opens) + 1))
    # A title's words up to its first clause's end, at most three ('Direktionens årsplan').
    opening = [words(_CLAUSE_END_RE.split(p.title, maxsplit=1)[0])[:3] for p in points]
    answered = sum(1 for said in opening if said and " ".join(said) in starts)
    return points if answered >= max(2, (len(points) + 1) // 2) else []


def _before_subheading(region: list[Line]) -> list[Line]:
    """The list's lines up to a heading of the presentation's own parts after it ('Økonomi
    og finansiering', 'Tidsplan'), which the last point does not take up (also indented, as
    the next page's first line may be: a point has its period, 'Tidsplan.')."""
    for i, line in enumerate(region):
        if line.text[:1].isupper() and is_presentation_subheading(line.text):
            return region[:i]
    return region


# Words of a line that introduces the points in other words ('Dagsorden:', 'Følgende drøftes:',
# 'Emner til mødet:'), matched in the lower-cased line.
_AGENDA_WORDS = (
    "punkt",
    "pkt",
    "dagsorden",
    "drøft",
    "behandl",
    "emne",
    "orienter",
    "sager",
    "tema",
    "gennemg",
    "møde",
)


def _without_closing_paragraph(region: list[Line], mark: str | None) -> list[Line]:
    """The list without a paragraph that closes it ('… HRs rolle.' / empty paragraph /
    'Direktionen orienteres desuden …'): where the points follow one another with no empty
    paragraph between, one after the last point ends the list. (Where empty paragraphs part
    the points, one after the last may part that point's own paragraphs: kept.)"""
    starts = [
        i
        for i, line in enumerate(region)
        if not line.blank and (_numbered(line, None, "", mark) if mark else _is_marked(line, True))
    ]
    if len(starts) < 2 or any(region[i].paragraph_break for i in range(starts[0], starts[-1])):
        return region
    for i in range(starts[-1] + 1, len(region)):
        if region[i].paragraph_break:
            return region[:i]
    return region


def _intro(lines: list[Line], i: int, low: str) -> tuple[str, int, bool, bool] | None:
    """Does the introduction ('… punkter til behandling:') start in line i (low: the line in
    lower case)? Returns the text after it, the index of the line it ends in (a narrow page
    wraps it: '… punkter til' / 'behandling:'), whether it announces one point, and whether
    it ends in a colon (without one, only a list may follow)."""
    m = _intro_match(low)
    if m:
        return lines[i].raw[m.end() :], i, not m["more"], bool(m["colon"])
    if not _ends_in_an_intro(low):
        return None
    j = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
    if j is None:
        return None
    m = _intro_match(f"{low}\n{lowered(lines[j].raw)}")
    if m and m.start() < len(low) < m.end():
        return lines[j].raw[m.end() - len(low) - 1 :], j, not m["more"], bool(m["colon"])
    return None


def _intro_match(low: str) -> re.Match[str] | None:
    """The first introduction in low."""
    at = low.find(_INTRO_WORD)
    while at >= 0:
        m = _INTRO_RE.match(low, at)
        if m:
            return m
        at = low.find(_INTRO_WORD, at + 1)
    return None


def _ends_in_an_intro(low: str) -> bool:
    """Does the line end in the first words of an introduction ('… punkter', '… punkter til',
    '… punkter til drøftelse', '… punkt på')?"""
    tail = low.split()[-3:]
    for k in range(len(tail)):
        words = tail[k:]
        if words[0] in _INTRO_WORDS and (
            len(words) == 1
            or (words[1] in _INTRO_NEXT and (len(words) == 2 or words[2] in _INTRO_NEXT[words[1]]))
        ):
            return True
    return False


# --- The decision -------------------------------------------------------------------------


def _title_prefix_words(line_words: list[str], title_words: list[str]) -> bool:
    return bool(line_words) and title_words[: len(line_words)] == line_words


def _find_heading(
    lines: list[Line],
    start: int,
    title: str,
    by_first: dict[str, list[int]] | None = None,
    line_words: dict[int, list[str]] | None = None,
    room: int = 0,
    bulleted: bool = False,
    after: str = "",
) -> tuple[int, int] | None:
    """First run of 1–3 whole lines at or after start that repeats (the start of) title and
    is followed by more text. A heading of the title's start only (and a bullet's line,
    bulleted, of any of it) must end short of the margin: room, see _ends_short. Returns
    (first line index, index after the heading). by_first: the lines by their first word,
    when the caller looks for many titles in the same lines (a heading's first word is the
    title's: a decision of many points would otherwise cost points × lines). line_words:
    the lines' words, kept between calls. after: the point's text after its title, which a
    heading of one line may go on with to a sentence's end ('Budget 2024. Status.' for the
    point 'Budget 2024. Status.', whose title is its first sentence)."""
    title_words = words(title)
    if line_words is None:
        line_words = {}
    if not title_words:
        return None
    if by_first is None:
        candidates: Iterable[int] = range(start, len(lines))
    else:
        at = by_first.get(title_words[0], [])
        candidates = at[bisect_left(at, start) :]
    for i in candidates:
        if lines[i].blank or _BULLET_LINE_RE.match(lines[i].raw):
            continue
        acc: list[str] = []
        end = None
        taken = 0
        for j in range(i, len(lines)):
            if lines[j].blank:
                continue
            if j not in line_words:
                line_words[j] = words(unlabelled(lines[j].text))
            acc += line_words[j]
            taken += 1
            if not _title_prefix_words(acc, title_words):
                if taken == 1 and _goes_on_with(lines, j, acc, title_words, after, room):
                    end = j + 1
                break
            if _followed_by_sentence(lines, j) and (
                not room
                or (acc == title_words and not bulleted)  # the whole title: a heading anyway
                or _ends_short(lines, j, room)
                or (not bulleted and "," in title and len(acc) == _first_clause_words(title))
            ):
                end = j + 1
            if taken == 3:
                break
        if end is not None:
            return i, end
    return None


@lru_cache(maxsize=256)
def _first_clause_words(title: str) -> int:
    """How many words the title's first clause has, to its comma, when two or more: a
    heading that ends where it does ('Drøftelse af rekrutteringen' of 'Drøftelse af
    rekrutteringen, herunder …') is one however near the margin, since no line the width
    broke ends just there and is followed by a new sentence. 0 for fewer."""
    count = len(words(title.split(",", 1)[0]))
    return count if count >= 2 else 0


def _goes_on_with(
    lines: list[Line], j: int, said: list[str], title_words: list[str], after: str, room: int
) -> bool:
    """Does line j, which says the whole title and more, say the point's next sentences, to
    an end of one, ending short, a new sentence after it?"""
    return (
        bool(after)
        and said[: len(title_words)] == title_words
        and _title_prefix_words(said, title_words + words(after))
        and _ends_a_sentence(lines[j].text.rstrip())
        and _followed_by_sentence(lines, j)
        and (not room or _ends_short(lines, j, room))
    )


def _ends_a_sentence(text: str) -> bool:
    """'… Status.', not '… på møde d.' (a date goes on in the next line)."""
    return text[-1:] in (".", "!", "?") and ends_sentence(text, len(text) - 1)


def _followed_by_text(lines: list[Line], k: int) -> bool:
    return any(not lines[i].blank for i in range(k, len(lines)))  # (no copy of the rest)


def _followed_by_sentence(lines: list[Line], j: int) -> bool:
    """Does a new sentence follow line j, so that it can be a heading: the line ends in no
    comma and the next line starts with no small letter ('• Årligt dialogmøde med økonomichef
    Bettina Andersen,' / 'hvor der blev drøftet …' goes on with its sentence)?"""
    if lines[j].text.rstrip()[-1:] in (",", ";"):
        return False
    following = next((line.text for line in islice(lines, j + 1, None) if not line.blank), None)
    return following is not None and not following.lstrip()[:1].islower()


def _margin(lines: list[Line], page: int = 0) -> int:
    """The right margin in characters, how long a line can be and still have ended by itself:
    the widest line but for a tenth of them (a line joined with the next runs past the margin
    — an extractor's doing, or a hyphen at a line's end joined again: 'Marie-' / 'Louise';
    lines broken at the margin reach it), never under 50, nor under page: how long the page's
    lines run where more text than these lines shows it (a short decision's lines may all
    end short of the margin; the presentation's standard text runs to it)."""
    widths = sorted((len(line.text) for line in lines if not line.blank), reverse=True)
    return max(_FULL_LINE, page, widths[len(widths) // 10] if widths else 0)


def _ends_short(lines: list[Line], j: int, room: int) -> bool:
    """Would the next line's first word have fitted after line j? Then the line ended there
    by itself ('Direktionsseminar' / 'Seminaret var …'), not where the width broke it
    ('Årligt dialogmøde med økonomichef Bettina' / 'Andersen, hvor …'). With room to spare:
    in a proportional font characters are not all as wide, so a line of fewer characters
    than the widest may still have been full."""
    following = next((line.text for line in islice(lines, j + 1, None) if not line.blank), "")
    return len(lines[j].text) + 1 + len(following.split(" ", 1)[0]) <= room - room // 10


def page_width(lines: list[Line]) -> int:
    """How long the page's lines run, as these lines show it (an item's presentation, whose
    standard text runs to the margin): for decision_parts."""
    return _margin(lines)


def _strip_heading(
    lines: list[Line],
    point: PointBlock,
    room: int = 0,
    bulleted: bool = False,
    in_other_words: bool = False,
) -> list[Line]:
    """The point's part without the heading that opens it: its title (or the title's start),
    or, in_other_words, a line that names the point in other words (_names_otherwise:
    'Årsplanen' / 'Godkendt.' of 'Direktionens årsplan.') and ends short."""
    room = room or _margin(lines)
    found = _find_heading(
        lines, 0, point.named, room=room, bulleted=bulleted, after=point.after_title
    )
    if found and all(line.blank for line in lines[: found[0]]):
        return lines[found[1] :]
    if (
        in_other_words
        and (first := next((j for j, line in enumerate(lines) if not line.blank), None)) is not None
    ):
        following = next((line for line in islice(lines, first + 1, None) if not line.blank), None)
        if (
            following is not None
            and _names_otherwise(lines[first].text.strip(), following.text.lstrip(), point)
            and _ends_short(lines, first, room)
        ):
            return lines[first + 1 :]
    return lines


def _split_by_headings(
    lines: list[Line], points: list[PointBlock], missing: int = 0, page: int = 0
) -> list[list[Line]] | None:
    """Decision parts found by heading lines repeating each point's title, in order. Up to
    `missing` points may have no heading (and no part): a point the decision passes over."""
    found = _headings(lines, points, missing, page)
    if found is None:
        return None
    parts: list[list[Line]] = [[] for _ in points]
    starts = sorted(found.items(), key=lambda hit: hit[1])  # in the decision's order
    for (k, (_, body_start)), following in zip(starts, [*starts[1:], None], strict=True):
        parts[k] = lines[body_start : following[1][0] if following else len(lines)]
    lead = lines[: starts[0][1][0]]
    if starts[0][0] == 1 and 0 not in found and any(not line.blank for line in lead):
        # The first point's heading not found where the second's is (a bullet on it alone,
        # as Word may leave it): what stands before the second's is the first's part.
        parts[0] = _strip_heading(_unbulleted(lead), points[0], _margin(lines, page))
    return parts


def _headings(
    lines: list[Line], points: list[PointBlock], missing: int = 0, page: int = 0
) -> dict[int, tuple[int, int]] | None:
    """The heading lines of the points (see _split_by_headings), each as (its first line, the
    line after it), by the point's index; None when fewer than all but `missing`."""
    titles = [p.named for p in points]
    if len(titles) * len(lines) > _HEADING_SEARCH_CELLS:
        return None  # not minutes any more: the paragraphs' alignment answers, bounded
    found: dict[int, tuple[int, int]] = {}
    pos = 0
    by_first: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        first = WORD_RE.search(unlabelled(line.text).lower())  # by the title's word
        if first:
            by_first.setdefault(first.group(), []).append(i)
    line_words: dict[int, list[str]] = {}
    room = _margin(lines, page)
    for k, (title, point) in enumerate(zip(titles, points, strict=True)):
        hit = _find_heading(lines, pos, title, by_first, line_words, room, after=point.after_title)
        if hit is not None:
            found[k] = hit
            pos = hit[1]
    reordered = False
    if found and len(found) < len(titles):
        reordered = _add_out_of_order_headings(
            lines, points, found, by_first, line_words, room, missing
        )
    if found and len(found) < len(titles) and not reordered:  # (one of two is enough)
        _add_paraphrased_headings(lines, titles, found, room)
    if len(found) < len(titles):  # (also where none says its title as the points do)
        _complete_out_of_order(lines, points, found, by_first, line_words, room, missing)
    if len(found) < max(2, len(titles) - missing) and not _opens_alone(
        lines, found, titles, missing
    ):
        return None
    return found


def _opens_alone(
    lines: list[Line], found: dict[int, tuple[int, int]], titles: list[str], missing: int
) -> bool:
    """One heading, opening the decision, where all the points but one may be passed over
    ('Årsplanen' / 'Godkendt.' of two points): the whole decision is that point's."""
    if len(found) != 1 or len(titles) - missing > 1:
        return False
    ((start, _),) = found.values()
    return all(line.blank for line in lines[:start])


def _add_out_of_order_headings(
    lines: list[Line],
    points: list[PointBlock],
    found: dict[int, tuple[int, int]],
    by_first: dict[str, list[int]],
    line_words: dict[int, list[str]],
    room: int,
    missing: int = 0,
) -> bool:
    """Headings found in the points' order miss those the decision put earlier ('Årshjul' /
    'Godkendt.' before 'Budget 2025' / 'Drøftet.'): each missing title looked for anywhere
    else, taken only when then every point but `missing` has its heading, each on lines of
    its own. Were any taken?"""
    taken = {j for start, end in found.values() for j in range(start, end)}
    more: dict[int, tuple[int, int]] = {}
    unfound = 0
    for k, point in enumerate(points):
        if k in found:
            continue
        hit = _heading_anywhere(lines, point, taken, by_first, line_words, room)
        if hit is None:
            unfound += 1
            if unfound > missing:
                return False
            continue
        more[k] = hit
        taken.update(range(*hit))
    found.update(more)
    return bool(more)


def _heading_anywhere(
    lines: list[Line],
    point: PointBlock,
    taken: set[int],
    by_first: dict[str, list[int]],
    line_words: dict[int, list[str]],
    room: int,
) -> tuple[int, int] | None:
    """The first heading of the point's title (_find_heading) on lines no other heading
    took."""
    at = 0
    while (
        hit := _find_heading(
            lines, at, point.named, by_first, line_words, room, after=point.after_title
        )
    ) is not None and not taken.isdisjoint(range(*hit)):
        at = hit[0] + 1
    return hit


def _unbulleted(lines: list[Line]) -> list[Line]:
    """The lines with the first one's bullet taken off: a heading with a bullet where the
    others have none (Word's list left on it) is a heading all the same."""
    at = next((k for k, line in enumerate(lines) if not line.blank), None)
    if at is None or not _GLYPH_LINE_RE.match(lines[at].raw):
        return lines
    return [*lines[:at], Line(strip_bullet(lines[at].raw)), *lines[at + 1 :]]


def _add_paraphrased_headings(
    lines: list[Line], titles: list[str], found: dict[int, tuple[int, int]], room: int
) -> None:
    """Where the other points' parts open with headings repeating their titles, a point's
    heading may say its title in other words ('Rekruttering af skolechef' for 'Status på
    rekruttering af ny skolechef.'): a line of its own, between the neighbours' headings,
    after a sentence's end, ending short with no mark, whose words are all the title's."""
    candidates = _paraphrase_candidates(lines, room)
    if not candidates:
        return
    # Where each point's heading must be: after the last heading found before it, before
    # the first found after it.
    following = [len(lines)] * (len(titles) + 1)
    for k in range(len(titles) - 1, -1, -1):
        following[k] = found[k][0] if k in found else following[k + 1]
    lo = 0
    for k, title in enumerate(titles):
        if k in found:
            lo = found[k][1]
            continue
        title_words = _titled(title)
        for j, said in candidates[bisect_left(candidates, (lo,)) :]:
            if j >= following[k + 1]:
                break
            if (
                (j > lo or k == 0)
                and said
                and _holds(title_words, said)
                and _followed_by_sentence(lines, j)
            ):
                found[k] = (j, j + 1)
                lo = j + 1
                break


def _paraphrase_candidates(lines: list[Line], room: int) -> list[tuple[int, set[str]]]:
    """The lines that could be a heading in other words (see _add_paraphrased_headings),
    each with the words it says (_said_in_heading): looked at once each, for all titles."""
    candidates: list[tuple[int, set[str]]] = []
    previous = "."
    for j, line in enumerate(lines):
        if line.blank:
            continue
        text = line.text.strip()
        # (a colon may end a heading: 'Rekruttering af skolechef:' / 'Drøftet.')
        if (
            previous[-1:] in (".", "!", "?")
            and (text[:1].isupper() or _OPENS_WITH_A_COUNT_RE.match(text))
            and (text[-1:] not in _HEADING_END_MARKS or text[-1] == ":")
            and len(text.split()) <= _PARAPHRASE_WORDS
            and not _BULLET_LINE_RE.match(line.raw)
            and _ends_short(lines, j, room)
        ):
            said = _said_in_heading(text)
            if said:
                candidates.append((j, said))
        previous = text
    return candidates


def _complete_out_of_order(
    lines: list[Line],
    points: list[PointBlock],
    found: dict[int, tuple[int, int]],
    by_first: dict[str, list[int]],
    line_words: dict[int, list[str]],
    room: int,
    missing: int = 0,
) -> None:
    """Headings out of order where some say their title in other words ('Rekruttering af
    skolechef' / 'Drøftet.' / 'Budget 2025' / 'Godkendt.' / 'Årshjul' / …): the titles not
    found in order are looked for anywhere, as written, then in other words (a line that
    could be such a heading, see _add_paraphrased_headings, that only one title holds all
    the words of), and taken only when then every point but `missing` has its heading
    (every point, where a part runs in after its title)."""
    more: dict[int, tuple[int, int]] = {}
    taken = {j for start, end in found.values() for j in range(start, end)}
    unfound = []
    for k, point in enumerate(points):
        if k in found:
            continue
        hit = _heading_anywhere(lines, point, taken, by_first, line_words, room)
        if hit is None:
            unfound.append(k)
        else:
            more[k] = hit
            taken.update(range(*hit))
    title_words = [_titled(p.named) for p in points] if unfound else []

    def held_by(said: set[str]) -> int | None:
        """The point not found yet whose title alone holds all these words."""
        holder = _holder(said, title_words)
        return holder if holder in unfound else None

    # (each line against each title: bounded, as a text made to be large would square it)
    searched = bool(unfound) and len(lines) * len(points) <= _PARAPHRASE_CELLS
    for j, said in _paraphrase_candidates(lines, room) if searched else ():
        if (
            j not in taken
            and _followed_by_sentence(lines, j)
            and (holder := held_by(said)) is not None
        ):
            more[holder] = (j, j + 1)
            unfound.remove(holder)
            taken.add(j)
    # or a line opening with such words before a colon, the text going on ('Rekruttering af
    # skolechef: Drøftet.'): the part starts there, the words kept
    previous = "."
    run_in = False
    said_as = [words(p.named) for p in points] if unfound else []
    for j, line in enumerate(lines if searched and unfound else ()):
        if line.blank:
            continue
        text = line.text.strip()
        opened = unlabelled(text)
        if j not in taken and previous[-1:] in ".!?":
            # the title as the points say it ('Budget 2025: Godkendt.'), or in other words
            opening = [k for k in unfound if _opens_with_title(opened, said_as[k])]
            holder = opening[0] if len(opening) == 1 else None
            if holder is None and (head := _head_in_other_words(opened, opened != text)):
                holder = held_by(_said_in_heading(head))
            if holder is not None:
                more[holder] = (j, j)
                unfound.remove(holder)
                run_in = True
        previous = text
    # (parts run in after a title are all the points' or none: one passed over among them
    # is a paragraph that opens otherwise, 'Direktionen drøftede …')
    if not unfound or (len(unfound) <= missing and not run_in):
        found.update(more)


_HEADING_END_MARKS = frozenset(".!?:;,")
_PARAPHRASE_WORDS = 8
# A heading may open with a count ('5 minutters oplæg om ældrepolitikken'), not a list's number.
_OPENS_WITH_A_COUNT_RE = re.compile(r"\d+ [a-zæøåA-ZÆØÅ]")


def _out_of_order(texts: list[str], points: list[PointBlock]) -> list[int] | None:
    """Parts, as many as the points or fewer, each opened by the title of a point no other
    opens, in another order than the points' ('Årshjul: Godkendt.' / 'Budget 2025:
    Drøftet.') or with points passed over (one part of two points, too): for each point, the
    index of its part, -1 for a point passed over. None when any part opens with no title or
    with two, or all points are answered in their order."""
    if (
        len(texts) > len(points)
        or len(texts) < 2 < len(points)  # (one of two: the other passed over)
        or not texts
        or len(texts) * len(points) > _ALIGN_CELLS
    ):
        return None
    titles = [words(p.named) for p in points]
    order: list[int] = [-1] * len(points)
    in_other_words: list[tuple[int, str]] = []
    for j, text in enumerate(texts):
        opened = unlabelled(text.lstrip())
        opens = [k for k, title in enumerate(titles) if title and _opens_with_title(opened, title)]
        if not opens and (
            head := _head_in_other_words(opened, opened != text.lstrip())
            or _subject_in_other_words(opened)
        ):
            in_other_words.append((j, head))
            continue
        if len(opens) != 1 or order[opens[0]] >= 0:
            return None
        order[opens[0]] = j
    if in_other_words:
        # 'Rekruttering af skolechef: Drøftet.', 'Rekrutteringen af skolechef blev drøftet.':
        # the point not opened otherwise whose title alone holds all the words before the
        # colon or the verb (each against every title: bounded)
        if len(in_other_words) * len(points) > _PARAPHRASE_CELLS:
            return None
        title_words = [_titled(p.named) for p in points]
        for j, head in in_other_words:
            holder = _holder(_said_in_heading(head), title_words)
            if holder is None or order[holder] >= 0:
                return None
            order[holder] = j
    answered = [j for j in order if j >= 0]
    return None if answered == sorted(answered) and len(texts) == len(points) else order


def _head_in_other_words(text: str, labelled: bool = False) -> str | None:
    """The words before a colon that may name a point in other words ('Rekruttering af
    skolechef: Drøftet.'): capitalised (or after 'Ad': 'Ad skolechef: …'), a few words, no
    sentence's end among them."""
    head, colon = _before_colon(text)
    if (
        colon
        and (labelled or head[:1].isupper())
        and len(head.split()) <= _PARAPHRASE_WORDS
        and not _SENTENCE_END_RE.search(head)
    ):
        return head
    return None


def _subject_in_other_words(text: str) -> str | None:
    """The subject of a part's first sentence, that may name a point in other words: the
    words before its verb ('Rekrutteringen af skolechef blev drøftet.', 'Årshjulet tages til
    efterretning.'), capitalised, a few, no mark among them ('Det blev besluttet' names none:
    its words are too short, and 'Direktionen' is the board's own)."""
    verb = _SUBJECT_VERB_RE.search(text, 0, _SUBJECT_CHARS)
    if verb is None or not text[:1].isupper():
        return None
    head = text[: verb.start()]
    if len(head.split()) > _PARAPHRASE_WORDS or any(mark in head for mark in ".!?:;,"):
        return None
    return head


# The verb after a part's subject: a passive, or the past or present of 'være'/'blive'.
_SUBJECT_VERB_RE = re.compile(
    r"\s(?:blev|bliver|er|var|(?:godkend|drøft|udsætt|genoptag|vedtag|behandl|tag|send"
    r"|følg|anbefal|tiltræd|afvis|tilret)es)(?=\s|[.,]|$)"
)
_SUBJECT_CHARS = 160  # where a subject of a few words ends


def _before_colon(text: str) -> tuple[str, bool]:
    """The words before the colon that ends a heading run into its text ('Budget 2025:
    Drøftet.'), or a dash between spaces that does as much ('Budget 2025 – Drøftet.'), and
    whether there is one."""
    head, colon, _ = text.partition(":")
    if " – " in head or " - " in head:
        dash = min(at for at in (head.find(" – "), head.find(" - ")) if at >= 0)
        return head[:dash], True
    return head, bool(colon)


# A sentence's end inside a line: a mark not followed by a small letter or a digit, as an
# abbreviation's or a date's is ('Budgetopfølgning pr. 30. april').
_SENTENCE_END_RE = re.compile(r"[.!?](?!\s[a-zæøå0-9])")


def _opens_with_title(text: str, title_words: list[str]) -> bool:
    """Does the line open with the point's title, its text going on in the same line: 'Budget
    2022: Drøftet.', 'Ad budget: Drøftet.' (the title, or its start, before a colon), or 'Årshjul
    for direktionen. Godkendt.' (the title's first three words; a title of one or two words
    whole, and ending there: 'Status på …' opens no part of the point 'Status.')?"""
    head, colon = _before_colon(text)
    if colon:
        before = words(head)
        if before and title_words[: len(before)] == before:
            return True
    if len(title_words) < 3:
        whole = r"\W*" + r"\W+".join(map(re.escape, title_words)) + r"\s*[.!?]"
        return re.match(whole, text.lower()) is not None
    return words(text)[:3] == title_words[:3]


# 'Ad budget', 'Vedr. budget', 'Vedrørende budget', 'Angående budget': about the point.
_AD_TITLE_RE = re.compile(r"(?:Ad\.?|Vedr\.|Vedrørende|Ang\.|Angående)\s+(?=\w)")
# A time of day before a point's title: '9.00-9.30 Dialogmøde …', 'Kl. 10.00: Årshjul'.
_TIME_BEFORE_RE = re.compile(
    r"(?:[Kk]l\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*[:–-]?\s+(?=\w)"
)


def without_time(text: str) -> str:
    """text without a time of day before it."""
    if text[:1].isdigit() or text[:1] in "Kk":
        m = _TIME_BEFORE_RE.match(text)
        if m:
            return text[m.end() :]
    return text


def unlabelled(text: str) -> str:
    """A decision line as it may repeat a point's title: without 'Ad ' ('Ad Direktionens
    årsplan'), 'Vedr. ' or the like, or a time of day before it."""
    ad = _AD_TITLE_RE.match(text)  # 'Ad Direktionens årsplan': by the title's word
    return without_time(text[ad.end() :] if ad else text)


def _split_by_title_starts(
    lines: list[Line], titles: list[str], missing: int = 0
) -> list[list[Line]] | None:
    """Decision parts opened, in point order, by a line that starts with the point's title
    and goes on with its text, right after a sentence ended: paragraphs that lost the empty
    lines between them. Every point must be found (else see _by_title_starts_in_any_order,
    which may miss `missing`); text before the first goes with it."""
    if len(titles) * len(lines) > _HEADING_SEARCH_CELLS:
        return None
    by_first: dict[str, list[int]] = {}
    opened: dict[int, str] = {}  # the line's text after 'Ad ' ('Ad budget: Drøftet.')
    previous = ""
    for i, line in enumerate(lines):
        if line.blank:
            continue
        text = line.text
        if text[:1].isupper() and (not previous or previous.rstrip()[-1:] in ".!?:"):
            opened[i] = unlabelled(text)
            first = WORD_RE.search(opened[i].lower())
            if first:
                by_first.setdefault(first.group(), []).append(i)
        previous = text
    starts: list[int] = []
    for title in titles:
        title_words = words(title)
        at = by_first.get(title_words[0], []) if title_words else []
        after = starts[-1] + 1 if starts else 0
        hit = next(
            (i for i in at[bisect_left(at, after) :] if _opens_with_title(opened[i], title_words)),
            None,
        )
        if hit is None:
            return _by_title_starts_in_any_order(lines, titles, by_first, opened, missing)
        starts.append(hit)
    bounds = [_lead_kept(lines, starts[0]), *starts[1:], len(lines)]
    return [lines[start:end] for start, end in pairwise(bounds)]


def _lead_kept(lines: list[Line], first: int) -> int:
    """Where the first part starts: at the first line, the text before the first title going
    with it, but for a lead that introduces the parts ('Direktionen besluttede følgende:')
    or speaks of them together ('Direktionen behandlede punkterne.')."""
    lead = _joined(lines[:first])
    return first if _introduces(lead) or _one_sentence_about_all(lead) else 0


def _by_title_starts_in_any_order(
    lines: list[Line],
    titles: list[str],
    by_first: dict[str, list[int]],
    opened: dict[int, str],
    missing: int,
) -> list[list[Line]] | None:
    """The parts opened by the points' titles in another order than the points' ('Årshjul:
    Godkendt.' / 'Budget 2025: Drøftet.'), or with up to `missing` points passed over: each
    title's first opening no other has taken. Text before the first goes with it."""
    starts: dict[int, int] = {}
    taken: set[int] = set()
    for k, title in enumerate(titles):
        title_words = words(title)
        at = by_first.get(title_words[0], []) if title_words else []
        hit = next(
            (i for i in at if i not in taken and _opens_with_title(opened[i], title_words)),
            None,
        )
        if hit is not None:
            starts[k] = hit
            taken.add(hit)
    if len(starts) < max(2, len(titles) - missing):
        return None
    ordered = sorted(starts.values())
    ends = dict(pairwise([*ordered, len(lines)]))
    lead = _lead_kept(lines, ordered[0])
    return [
        lines[lead if i == ordered[0] else i : ends[i]] if (i := starts.get(k)) is not None else []
        for k in range(len(titles))
    ]


# A sentence that opens with words and a colon ('… i december. Opfølgning på APV: Drøftet.'),
# or a dash between spaces ('… Godkendt. Budget 2025 – Drøftet.'; the first of either). A
# period the sentence goes on after may stand in it, an ordinal's or an abbreviation's
# ('Sygefravær i 3. kvartal: …', 'Budgetopfølgning pr. 31. marts: …').
_LABELLED_SENTENCE_RE = re.compile(
    r"(?<=[.!?])\s+(?=(?P<head>[A-ZÆØÅ](?:[^.:!?]|\.(?=\s[a-zæøå0-9])){0,80}?)(?::|\s[–-])\s)"
)

# A sentence about the other points together ('… arbejde. De øvrige punkter blev …').
_REST_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=(?:De\s+)?[Øø]vrige\s+punkt|Punkterne\s)")


def _may_close_about_others(text: str) -> bool:
    """Can the text end in a sentence about the other points (_REST_SENTENCE_RE)? Asked
    first: most parts say neither."""
    return "vrige punkt" in text or "Punkterne " in text


def _by_place(
    lines: list[Line], points: list[PointBlock], labelled: bool, page: int
) -> list[str] | None:
    """Points listed with bullets, answered by their places with one passed over ('Ad 1:
    Godkendt.' / 'Ad 3: Udsat.') or out of order ('Ad 2: …' / 'Ad 1: …'): each answer its
    point's, a closing sentence about the others theirs. None unless the decision opens
    with an answer and passes a place over or goes back to one, or, labelled ('Ad 1:'), ends
    short of the last points."""
    if points[0].number is not None:
        return None
    first = next((line for line in lines if not line.blank), None)
    if first is None or not first.text[:1].isdigit():
        return None
    mark = next((m for m in ".)" if _numbered(first, None, "", m)), None)
    if mark is None:
        return None
    places = range(1, len(points) + 1)
    parts = _split_by_numbers(lines, places, mark)
    answered = [k for k in (p.number for p in parts) if k is not None]
    texts = _by_number(parts, points, places, lines, page)
    if all(texts[k - 1] != p.text for k, p in zip(answered, parts, strict=True)):
        # each under a heading that names the point of its place on the number's line ('2.
        # Årsplan' / 'Drøftet.'): the places hold, one of two passed over too
        return texts
    if len(parts) < 2:
        return None  # ('1. Drøftet.' alone may be a list of its own)
    # In order with none passed over: a list of the decision's own, its parts found by their
    # words, where those place any elsewhere ('1. Budgettet …' of the second); else the
    # places its numbers give ('1. Drøftet.' / '2. Godkendt.' of three)
    if (
        answered == list(range(1, len(parts) + 1))
        and not labelled
        and (len(parts) >= len(points) or _placed_otherwise(parts, points))
    ):
        return None
    return texts


def _headed_elsewhere(paragraphs: list[list[Line]], points: list[PointBlock]) -> bool:
    """Does a paragraph open with a heading line that repeats another point's title than
    its place's ('Ledelsesevaluering' / 'Drøftet.' first of 'Status', 'Rekruttering',
    'Ledelsesevaluering'), so that the paragraphs are as many as the points by chance?"""
    if len(paragraphs) * len(points) > _ALIGN_CELLS:
        return False  # (a bound, as the alignment's: their paragraphs are in their order)
    titles = [words(p.named) for p in points]
    for k, block in enumerate(paragraphs):
        first = next((line for line in block if not line.blank), None)
        if first is None or first.text.rstrip()[-1:] in _HEADING_END_MARKS:
            continue
        heading = words(unlabelled(first.text))
        if not heading or titles[k][: len(heading)] == heading:
            continue
        if any(title[: len(heading)] == heading for title in titles):
            return True
    return False


def _placed_otherwise(parts: list[PointBlock], points: list[PointBlock]) -> bool:
    """Do the numbered parts' words place each elsewhere than its number does, one point
    each, in order ('1. Budgettet …' / '2. Årshjulet …' of 'Årshjul', 'Budget', 'Sygefravær')?
    A part that shares no word with any point, or as many with two, or one word by chance
    ('… en status i januar' of 'Status på energiforbruget') while the others share none,
    leaves the places to the numbers."""
    if len(parts) * len(points) > _ALIGN_CELLS:
        return True  # (a bound: the alignment by words answers, bounded)
    said = [_analysed(p.text, inside=False) for p in points]
    places: list[int] = []
    for part in parts:
        shared = [_shared(_analysed(part.text, inside=False), other) for other in said]
        best = max(shared)
        if best == 0 or shared.count(best) > 1:
            return False
        places.append(shared.index(best) + 1)
    ordered = all(a < b for a, b in pairwise(places))
    return ordered and places != [part.number for part in parts]


def _about_the_others_after(parts: list[PointBlock], points: list[PointBlock]) -> str:
    """The closing sentence of a decision answered by number that speaks of the points not
    answered ('3. Drøftet. De øvrige punkter blev taget til efterretning.'), taken from the
    last answer; '' when there is none, or no point is left without an answer."""
    if len(parts) >= len(points) or not _may_close_about_others(parts[-1].text):
        return ""
    last = parts[-1]
    rest = _REST_SENTENCE_RE.search(last.text)
    if rest is None or not _about_the_rest(last.text[rest.end() :], points, _CLOSING_ABOUT_ALL):
        return ""
    closing = last.text[rest.end() :]
    last.text = last.text[: rest.start()]
    return closing


def _passed_over_answered(
    parts: list[list[Line]], points: list[PointBlock], room: int
) -> list[list[Line]]:
    """Parts found by the titles they open with, a point passed over: the part before it,
    of paragraphs, gives it those of its last paragraphs that share more words with it than
    with its own point ('Årligt dialogmøde …' / 'Økonomichefen …' / 'Direktionen drøftede
    fælles introduktion …' of 'Sparring omkring fælles introduktion …', whose part does not
    open with its title). The paragraph that opened the part stays. Without empty lines
    (a PDF's), the paragraphs are where lines end sentences short of the margin (room)."""
    out = list(parts)
    for k in range(1, len(out)):
        if out[k] or not out[k - 1]:
            continue
        blocks = _paragraph_blocks(out[k - 1])
        if len(blocks) < 2:
            blocks = _short_line_blocks(out[k - 1], room)
        if len(blocks) < 2:
            continue
        own, passed = _analysed(points[k - 1].text), _analysed(points[k].text)
        said = [_analysed(_joined(block)) for block in blocks]
        split, best, gain = 0, 0.0, 0.0
        for j in range(len(blocks) - 1, 0, -1):  # the gain of giving it blocks j and after
            gain += _shared(said[j], passed) - _shared(said[j], own)
            if gain > best:
                split, best = j, gain
        if split:
            out[k - 1] = [line for block in blocks[:split] for line in block]
            out[k] = [line for block in blocks[split:] for line in block]
    return out


def _others_answered_last(texts: list[str], points: list[PointBlock]) -> list[str]:
    """Parts found under headings or by the titles they open with, some points passed over:
    a closing sentence about the others that ends the last part ('… nærmer sig.' / 'De
    øvrige punkter blev taget til efterretning.') is theirs, as it is in a decision answered
    by number."""
    if "" not in texts:
        return texts
    k = max(j for j, text in enumerate(texts) if text) if any(texts) else -1
    rest = (
        _REST_SENTENCE_RE.search(texts[k]) if k >= 0 and _may_close_about_others(texts[k]) else None
    )
    if rest is None or not _about_the_rest(texts[k][rest.end() :], points, _CLOSING_ABOUT_ALL):
        return texts
    closing = texts[k][rest.end() :]
    kept = [*texts[:k], texts[k][: rest.start()], *texts[k + 1 :]]
    return [text or closing for text in kept]


def _at_titles_in_sentences(text: str, titles: list[list[str]]) -> list[str]:
    """text parted where a sentence opens with the start of a point's title (titles: their
    words) and a colon, two
    words of it at least or the whole title: a part that a paragraph joined to the one before
    ('Status på energi: … i december. Opfølgning på APV: Drøftet.')."""
    cuts = [0]
    held: list[_Titled] | None = None
    asked = 0  # headings in other words looked for, each against every title: bounded
    for m in _LABELLED_SENTENCE_RE.finditer(text):
        head = words(m["head"])
        if any(
            (len(head) >= 2 or len(title) == len(head)) and title[: len(head)] == head
            for title in titles
        ):
            cuts.append(m.end())
            continue
        # or in other words, which only one title holds all of ('… Godkendt. Årshjul: …')
        if (
            len(head) <= _PARAPHRASE_WORDS
            and (asked := asked + 1) * len(titles) <= _PARAPHRASE_CELLS
        ):
            held = held or [_titled(" ".join(title)) for title in titles]
            if _holder(_said_in_heading(m["head"]), held) is not None:
                cuts.append(m.end())
    if len(cuts) == 1:
        return [text]
    return [text[a:b].strip() for a, b in pairwise([*cuts, len(text)])]


def _content_words(text: str) -> set[str]:
    """The words a text may name a point by, by their first six letters: not the board's
    name for itself, the points, nor how a point is treated ('Direktionen drøftede
    punkterne.' names neither 'Direktionens årsplan' nor 'Drøftelse af DI-måling')."""
    return {w[:6] for w in words(text) if len(w) > 3 and not _NAMES_NO_POINT_RE.fullmatch(w)}


_NAMES_NO_POINT_RE = re.compile(
    r"(?:direktion|punkt)(?:en|ens|er|erne|ernes)?"
    r"|(?:drøft|behandl|godkend|orienter|tiltræd)\w{0,6}|efterretning|blev|bliver|samlet"
)


class _Titled(NamedTuple):
    """A title's words over three letters, as a heading in other words is matched to them."""

    words: tuple[str, ...]


def _titled(title: str) -> _Titled:
    return _Titled(tuple(w for w in words(title) if len(w) > 3))


def _holds(title: _Titled, said: set[str]) -> bool:
    """Does the title hold all these words (_said_in_heading), inflected otherwise
    ('Rekruttering af skolechef' of 'Status på rekruttering af ny skolechef.', 'Årsplanen'
    of 'Direktionens årsplan') or as the tail of its compounds ('Seminar' of
    'Direktionsseminar, som …'; not 'Direktionsseminar' of 'Direktionens årsplan')?"""
    return all(any(_word_held(s, w) for w in title.words) for s in said)


def _word_held(said: str, title_word: str) -> bool:
    if said[:4] == title_word[:4]:
        common = len(commonprefix((said, title_word)))
        ends = (said[common:], title_word[common:])
        if all(len(end) <= _ENDING and (not end or end.isalpha()) for end in ends):
            return True  # the same word with another ending (not 'nummer10' of 'nummer11')
    return len(said) >= _TAIL_MIN and title_word.find(said[:6], 1) > 0


_ENDING = 5  # letters an inflection may differ by: 'rekrutteringen', 'økonomichefens'
_TAIL_MIN = 5  # a word looked for as a compound's tail: 'seminar' in 'direktionsseminar'


def _holder(said: set[str], titles: list[_Titled]) -> int | None:
    """The one title that holds the words of a heading in other words (_holds, the words
    from _said_in_heading); None when none does, or more than one."""
    if not said:
        return None
    holders = [k for k, title in enumerate(titles) if _holds(title, said)]
    return holders[0] if len(holders) == 1 else None


# Words that say nothing of which point a paragraph is about: the board's name for itself,
# the points, and how a point is treated ('Drøftet.' is not of a point whose text says
# 'Direktionens drøftelse om form …' rather than of the one before it), as stems.
_SAID_OF_ALL = frozenset(
    ("direktion", "punkt", "drøft", "drøfted", "behandl", "behandled", "godkend", "godk")
)
# The board's name for itself and the points as words of their own ('Direktionen:'), not
# inside compounds ('Direktionsseminar').
_SAID_OF_ALL_RE = re.compile(r"(?:direktion|punkt)(?:en|ens|er|erne|ernes)?")


def _said_in_heading(text: str) -> set[str]:
    """The words over three letters a heading in other words says of its point, without the
    board's name for itself."""
    return {w for w in words(text) if len(w) > 3 and not _SAID_OF_ALL_RE.fullmatch(w)}


_PART_OF_A_WORD = 6  # a stem this long is looked for inside the other text's words


# Looking for stems inside words: a stem's first six letters must be among the six-letter
# runs of the other text's words (sets compared in C) before the text is searched for it.
# Done where the table is of minutes' size, for a text's first characters and first stems.
_INSIDE_CELLS = 2_000
_INSIDE_CHARS = 4_000
_INSIDE_STEMS = 64


class _Said(NamedTuple):
    stems: frozenset[str]  # of four letters or more, but those said of all
    heads: dict[str, list[str]]  # the long stems by their first six letters
    runs: frozenset[str]  # the six-letter runs of the words, where stems are looked for
    text: str  # the words lower-cased, one space between them


def _analysed(text: str, inside: bool = True) -> _Said:
    """What _shared compares of a text."""
    said = words(text)
    stems = [s for s in stems_of(said) if len(s) > 3 and s not in _SAID_OF_ALL]
    heads: dict[str, list[str]] = {}
    runs: frozenset[str] = frozenset()
    joined = ""
    if inside:
        joined = " ".join(said)[:_INSIDE_CHARS]
        long = (s for s in dict.fromkeys(stems) if len(s) >= _PART_OF_A_WORD)
        for s in islice(long, _INSIDE_STEMS):
            heads.setdefault(s[:_PART_OF_A_WORD], []).append(s)
        n = _PART_OF_A_WORD
        runs = frozenset(w[k : k + n] for w in joined.split() for k in range(len(w) - n + 1))
    return _Said(frozenset(stems), heads, runs, joined)


def _shared(a: _Said, b: _Said) -> float:
    """How much two texts have in common, word by word by their stems: a stem alike counts
    1, a long stem of one inside a word of the other ½ (Danish joins words: 'Strategien' is
    of 'digitaliseringsstrategien', but 'Seminaret' is rather of 'seminar' than of
    'budgetseminaret'); counted from the side that finds more."""
    alike = len(a.stems & b.stems)
    if not a.heads and not b.heads:
        return alike
    return alike + max(_inside(a, b), _inside(b, a)) / 2


def _inside(a: _Said, b: _Said) -> int:
    """How many of a's long stems, not among b's, stand inside b's words."""
    hits = b.runs.intersection(a.heads)
    if not hits:
        return 0
    return sum(s not in b.stems and s in b.text for h in hits for s in a.heads[h])


# Points × paragraphs (the alignment's table) and points × lines (the search for headings):
# minutes have tens of points and a few hundred lines. Beyond these, the work would grow
# with their product on a text made to make it grow.
_ALIGN_CELLS = 40_000
_PARAPHRASE_CELLS = 10_000  # lines (or parts) × titles asked whether it says it otherwise
_HEADING_SEARCH_CELLS = 200_000


_MOVE_ON = 0.01


def _align(paragraphs: list[str], points: list[PointBlock]) -> list[str]:
    """Assign paragraphs to points in order, maximising shared words (dynamic programming).
    Every paragraph goes to one point; a point's paragraphs are consecutive. Words in
    common (_shared) are counted, not as a share of the paragraph's words: a paragraph with
    two in common outweighs a short one with one by chance."""
    n, m = len(points), len(paragraphs)
    if n * m > _ALIGN_CELLS:  # not minutes any more, but it must not hang: in proportion
        return _gathered(paragraphs, [j * n // m for j in range(m)], n)
    inside = n * m <= _INSIDE_CELLS
    pw = [_analysed(p.text, inside) for p in points]
    sim = [
        [_shared(said, other) for other in pw]
        for said in (_analysed(p, inside) for p in paragraphs)
    ]
    neg = float("-inf")
    best = [[neg] * n for _ in range(m)]
    back = [[0] * n for _ in range(m)]
    for i in range(n):
        best[0][i] = sim[0][i] - 0.01 * i  # prefer starting at the first point
    for j in range(1, m):
        running, arg = neg, 0  # the best of the points before i
        for i in range(n):
            stay = best[j - 1][i]
            # Moving on to a point that the paragraph shares words with gains a little: of
            # two ways alike in words, the one that answers more points ('Direktionen
            # drøftede … skolechef' shares a word with the point before as with its own).
            move = running + _MOVE_ON if sim[j][i] > 0 else running
            if move > stay:
                best[j][i], back[j][i] = move + sim[j][i], arg
            else:
                best[j][i], back[j][i] = stay + sim[j][i], i
            if stay > running:
                running, arg = stay, i
    i = max(range(n), key=lambda k: best[m - 1][k])
    assignment = [0] * m
    for j in range(m - 1, -1, -1):
        assignment[j] = i
        i = back[j][i]
    _fill_passed_over(assignment, sim)
    _answer_nothing_said(assignment, paragraphs, n)
    _answer_any_other_business(assignment, paragraphs, sim, points)
    return _gathered(paragraphs, assignment, n)


def _fill_passed_over(assignment: list[int], sim: list[list[float]]) -> None:
    """A point passed over between two answered ones takes the paragraph before the next
    one's part when that shares no word with the point it went to, which keeps another:
    a decision is written in point order ('Ansættelsesudvalget er nedsat …' answers
    'Rekruttering af skolechef' with no word of it)."""
    for j in range(2, len(assignment)):
        before, here = assignment[j - 1], assignment[j]
        if (
            here > before + 1
            and assignment[j - 2] == before
            and sim[j - 1][before] == 0
            and sim[j - 1][here] == 0
        ):
            assignment[j - 1] = here - 1


# A paragraph that answers a point with nothing: never the rest of another point's part.
_NOTHING_RE = re.compile(
    r"(?:der\s+var\s+)?"
    r"(?:intet|ingen(?:\s+bemærkninger)?|intet\s+(?:at\s+bemærke|nyt)|ingen\s+punkter|ikke\s+noget)"
    r"(?:\s+(?:til|under)\s+(?:eventuelt|punktet))?[.!]?",
    re.IGNORECASE,
)


def _answer_nothing_said(assignment: list[int], paragraphs: list[str], n: int) -> None:
    """'Intet.' after the parts of the points before goes to the next point, when that has
    none and the point it went to keeps another paragraph ('… Sekretariatet udsender
    årshjulet.' / 'Intet.' for 'Eventuelt')."""
    for j in range(1, len(paragraphs)):
        point = assignment[j]
        if (
            point + 1 < n
            and assignment[j - 1] == point
            and (j + 1 == len(paragraphs) or assignment[j + 1] > point + 1)
            and _NOTHING_RE.fullmatch(paragraphs[j].strip())
        ):
            assignment[j] = point + 1


ANY_OTHER_BUSINESS_RE = re.compile(r"(?:eventuelt|evt)\W*", re.IGNORECASE)  # its title
# Words that open a sentence going on from the one before ('Det sker i morgen.').
_REFERS_BACK_RE = re.compile(
    r"(?:det|dette|den|denne|disse|de|der|her|herefter|derefter|desuden|derudover|endvidere"
    r"|også|samtidig|således|dermed|heraf|hertil|dertil)(?!\w)",
    re.IGNORECASE,
)


def _answer_any_other_business(
    assignment: list[int], paragraphs: list[str], sim: list[list[float]], points: list[PointBlock]
) -> None:
    """The last paragraph is the answer to 'Eventuelt', the last point, when that has none
    and the paragraph shares no word with the point it went to, which keeps another, nor
    goes on from the paragraph before: what is said under any other business names nothing
    of the agenda ('Programmet blev godkendt.' / 'Kommunaldirektøren orienterede om
    ferieafviklingen.'; 'Det sker i morgen.' stays)."""
    last, n = len(assignment) - 1, len(points)
    if last < 1 or n < 2 or not ANY_OTHER_BUSINESS_RE.fullmatch(points[-1].title):
        return
    point = assignment[last]
    kept = point < n - 1 and assignment[last - 1] == point
    named = sim[last][point] > 0 or _REFERS_BACK_RE.match(paragraphs[last]) is not None
    if kept and not named and n - 1 not in assignment:
        assignment[last] = n - 1


def _gathered(paragraphs: list[str], assignment: list[int], n: int) -> list[str]:
    """Each point's paragraphs joined (once: joined again for each, a point of thousands of
    paragraphs would cost their length each time)."""
    parts: list[list[str]] = [[] for _ in range(n)]
    for par, i in zip(paragraphs, assignment, strict=True):
        parts[i].append(par)
    return [fold(" ".join(part)) for part in parts]


def decision_parts(
    lines: list[Line],
    points: list[PointBlock],
    guesses: list[bool] | None = None,
    page: int = 0,
) -> list[str]:
    """Each point's part of the decision section, in point order ('' when it has none).
    guesses: True is added to it when nothing but the words parted the decision, or its
    lines ending short, with no empty paragraph between (a PDF's layout may show them:
    core/read_again.py). page: how long the page's lines run, as the item's other text
    shows it (page_width): a short decision's lines may all end short of it, and show none."""
    parts = _decision_parts(_without_other_business(lines, points), points, guesses, page)
    return [
        _without_title_heading(part if p.number else _without_place(part, k), p)
        for k, (part, p) in enumerate(zip(parts, points, strict=True), 1)
    ]


# 'Eventuelt' as a paragraph's label: 'Eventuelt: Intet.', 'Eventuelt' / 'Intet.' (not
# 'Eventuelt udskydes mødet', the adverb).
_OTHER_BUSINESS_LABEL_RE = re.compile(r"(?:Eventuelt|Evt\.)(?:\s*[:.–-]|\s*$)")


def _without_other_business(lines: list[Line], points: list[PointBlock]) -> list[Line]:
    """The decision without what it says last under any other business ('Eventuelt: Intet.',
    'Eventuelt' / 'Intet.', opening a line after a sentence's end) when no point's title says
    that: no point's part (the last point's, it was), but said of none (said_of_no_point)."""
    texts = [k for k, line in enumerate(lines) if not line.blank][-_OTHER_BUSINESS_LINES:]
    for j, k in enumerate(texts):
        if not _OTHER_BUSINESS_LABEL_RE.match(strip_bullet(lines[k].raw).lstrip()):
            continue
        if j == 0 or not _ends_a_sentence(lines[texts[j - 1]].text):
            return lines  # the first line's, or a sentence going on
        if any(_OTHER_BUSINESS_WORD_RE.search(p.title) for p in points):
            return lines  # ('Eventuelt', 'Meddelelser og eventuelt': that point's)
        return lines[:k]
    return lines


_OTHER_BUSINESS_WORD_RE = re.compile(r"\b(?:eventuelt|evt\.)", re.IGNORECASE)
_OTHER_BUSINESS_LINES = 3  # any other business is said in a line or two at the end


def said_of_no_point(decision: str, points: Sequence[Point]) -> str:
    """What the decision (folded) says before and after its points' parts that is no
    point's: after them, any other business where no point is that ('Eventuelt: Intet.');
    before them, a paragraph on the meeting ('Mødet blev holdt på rådhuset.'), a word on them all ('Direktionen drøftede punkterne samlet. Økonomichefen følger op.' / '1.
    Godkendt.' / '2. …'), a presentation before the list, which no part holds. Not the
    introduction ('Direktionen besluttede følgende:'), numbers and labels ('1.', 'Ad 1:',
    'Vedr.'), nor a heading that names the first point (its words all a point's, bar the
    answers: 'Direktionens årsplan. Drøftet.'). '' when a part is not found in the decision as
    it stands (its glyph or number taken off) — its text would be said twice — and the whole
    decision when no point has a part."""
    if not decision or not points:
        return ""
    parts = [p.decision for p in points if p.decision]
    if not parts:
        return decision
    first, last = _parts_span(decision, parts)
    # after the parts, what no point is ('Eventuelt: Intet.' where no point is that)
    after = decision[last:].strip() if last >= 0 else ""
    if first <= 0 or _LABEL_ALONE_RE.match(decision, 0, first):
        return after  # (the first part's number or label: most decisions)
    before = _said_before(decision[:first], points)
    return f"{before}\n\n{after}" if before and after else before or after


def _said_before(decision: str, points: Sequence[Point]) -> str:
    """What the decision says before its first part (decision, up to it) of no point."""
    head = [
        _OPENING_LABEL_RE.sub("", _CLOSING_NUMBER_RE.sub("", piece)).strip()
        for sentence in sentences(decision)
        for piece in _AFTER_COLON_RE.split(sentence)
    ]
    said = [_said_in_heading(piece) - _ANSWER_WORDS for piece in head]
    if not any(said):
        return ""  # labels, introductions and answers only
    asked = len(head) * len(points) <= _PARAPHRASE_CELLS  # (else every piece stays: no loss)
    texts: list[_Titled] = []  # each point's words (its text opens with its title), as needed
    kept: list[str] = []
    for piece, words_said in zip(head, said, strict=True):
        if (
            piece[-1:] in (":", ",")
            # of the points together, however its words meet a point's by chance
            # ('Direktionen behandlede punkterne.' of '… samt behandling i fagudvalg.')
            or (words_said and _ALL_POINTS_RE.search(piece.lower()))
            or (words_said and not (asked and _held(words_said, points, texts)))
        ):
            kept.append(piece)
    while kept and kept[-1][-1] in ":,":
        kept.pop()  # the introduction of the parts ('Direktionen besluttede følgende:')
    return " ".join(kept)


def _held(said: set[str], points: Sequence[Point], texts: list[_Titled]) -> bool:
    """Does a point's text (or title) hold all these words? The points' words are read into
    texts as they are asked for: a heading is most often the first point's."""
    for k, p in enumerate(points):
        if k == len(texts):
            texts.append(_titled(p.presentation or p.title))
        if _holds(texts[k], said):
            return True
    return False


def _parts_span(decision: str, parts: list[str]) -> tuple[int, int]:
    """Where the first of the parts starts in the decision and the last ends; (-1, -1) when
    one is not in it. Looked for in order, each after the one before (a search of the whole
    decision a part would cost parts × its length); out of order, so only while that product
    is of minutes' size."""
    at = first = 0
    for k, part in enumerate(parts):
        at = decision.find(part, at)
        if at < 0:
            break
        if k == 0:
            first = at
        at += len(part)
    else:
        return first, at
    if len(parts) * len(decision) > _HEADING_SEARCH_CELLS:
        return -1, -1
    found = [decision.find(part) for part in parts]
    if min(found) < 0:
        return -1, -1
    return min(found), max(at + len(part) for at, part in zip(found, parts, strict=True))


_AFTER_COLON_RE = re.compile(r"(?<=:)\s+")
# 'Ad 1:', 'Punkt 2.', 'Pkt. 3)', '1.', 'Vedr.', 'Ad' before a part; a list's number after an
# introduction ('Direktionen besluttede, 1.').
_OPENING_LABEL_RE = re.compile(
    r"^(?:(?:ad|punkt|pkt\.?)\s*\d{1,2}\s*[.):]?\s*|\d{1,2}[.):]\s*)?(?:(?:ad|vedr\.?|vedrørende)\s)?",
    re.IGNORECASE,
)
_CLOSING_NUMBER_RE = re.compile(r"\s*\d{1,2}[.)]$")


def _by_number(
    parts: list[PointBlock],
    points: list[PointBlock],
    numbers: Sequence[int | None],
    lines: list[Line],
    page: int,
) -> list[str]:
    """Each point's part by its number (or place: numbers), those no part answers given a
    closing sentence about the others ('De øvrige punkter blev …') or ''."""
    others = _about_the_others_after(parts, points)
    by_number = {p.number: p for p in parts}
    texts = _under_headings([by_number.get(k) for k in numbers], points, lines, page)
    return [text if k in by_number else others for text, k in zip(texts, numbers, strict=True)]


def _under_headings(
    parts: Sequence[PointBlock | None], points: list[PointBlock], lines: list[Line], page: int
) -> list[str]:
    """Each point's numbered part (None: '') without a heading in other words on its number's
    line (_under_heading); the decision's margin measured once, where one may be."""
    may = any(part and part.heading and _may_head(part.heading) for part in parts)
    room = _margin(lines, page) if may else 0
    return [
        _under_heading(part, p, room) if part else "" for part, p in zip(parts, points, strict=True)
    ]


def _under_heading(part: PointBlock, point: PointBlock, room: int) -> str:
    """A numbered part's text without a heading that names its point in other words on the
    number's line, its text on the next ('2. Rekruttering af skolechef' / 'Drøftet.' of
    'Status på rekruttering af ny skolechef.'; also ending in a colon): a few capitalised
    words, all the title's (_holds), none an answer ('1. Godkendt' / 'Økonomichefen …' of
    'Godkendelse af årshjul'), the line ended short (not 'Skolechef Bettina' / 'Andersen …'
    broken at the margin), a capital after them. (The title whole goes later as well.)"""
    head = part.heading
    if not head or not _may_head(head):
        return part.text
    head = fold(head)
    rest = part.text[len(head) :].lstrip() if part.text.startswith(head) else ""
    if (
        # the number's line: its number and mark ('10. '), the heading, and the next word
        # would have fitted; the title whole is a heading however long ('1. Budget …:')
        (
            len(str(part.number)) + len(part.mark) + 1 + len(head) + 1 + len(rest.split(" ", 1)[0])
            <= room - room // 10
            or words(head) == words(point.named)
        )
        and _names_otherwise(head, rest, point)
    ):
        return rest
    return part.text


def _names_otherwise(head: str, after: str, point: PointBlock) -> bool:
    """Is head a heading that names the point in other words, before a sentence (after):
    a few capitalised words (_may_head), all the title's (_holds), none an answer ('1.
    Godkendt' / 'Økonomichefen …' of 'Godkendelse af årshjul')?"""
    if not after[:1].isupper() or not _may_head(head):
        return False
    said = _said_in_heading(head)
    return bool(said) and said.isdisjoint(_ANSWER_WORDS) and _holds(_titled(point.named), said)


# Words of an answer, which a numbered part may open with on its number's line alone
# ('1. Godkendt' / 'Økonomichefen følger op.'), not a heading though a title holds them.
_ANSWER_WORDS = frozenset(
    (
        "godkendt",
        "godkendes",
        "godkendte",
        "drøftet",
        "drøftes",
        "drøftede",
        "vedtaget",
        "vedtages",
        "udsat",
        "udsættes",
        "tiltrådt",
        "tiltrådte",
        "anbefalet",
        "anbefales",
        "besluttet",
        "behandlet",
        "orienteret",
        "orienteres",
        "taget",
        "tages",
        "efterretning",
        "noteret",
        "afvist",
        "afvises",
        "afsluttet",
        "bevilget",
        "bevilges",
    )
)


def _without_place(part: str, place: int) -> str:
    """A bulleted point's part without the number of its place that opens it ('1. Profilen
    blev drøftet.' of the first point, its part found by its words): the schema's texts are
    without their leading numbers."""
    label = f"{place}. "
    return part[len(label) :] if part.startswith(label) else part


def _without_title_heading(part: str, point: PointBlock) -> str:
    """A part without the point's title that opens it as a heading, joined with the text
    after it: 'Budget 2025 Godkendt.' of '1. Budget 2025' / 'Godkendt.' (the title whole,
    with no mark after it, then a capital: a sentence would have ended first)."""
    head = point.named.rstrip(".!?: ")
    if len(head) < 3 or not part.startswith(head):
        return _without_labelled_heading(part, point)
    after = part[len(head) :]
    return after[1:] if after[:1] == " " and after[1:2].isupper() else part


def _without_labelled_heading(part: str, point: PointBlock) -> str:
    """A part without a heading after 'Ad' (or 'Vedr.') that opens it, joined with the text
    after it, the title's words or others of it: 'Ad årsplanen Direktionen drøftede …' (the
    most words, up to a sentence's end, that the title holds and a capital follows)."""
    ad = _AD_TITLE_RE.match(part) if part[:1] in "AV" else None
    if ad is None:
        return part
    rest = part[ad.end() :]
    tokens = rest.split(" ", _PARAPHRASE_WORDS + 1)[: _PARAPHRASE_WORDS + 1]
    if any(token.endswith(":") for token in tokens):
        return part  # 'Ad budget: Godkendt.': a title before a colon stays in the text
    title = _titled(point.named)
    for k in range(len(tokens) - 1, 0, -1):
        head = " ".join(tokens[:k])
        if (
            tokens[k][:1].isupper()
            and not _SENTENCE_END_RE.search(head)
            and not head.endswith((",", ";"))
            and _holds(title, said := _said_in_heading(head))
            and said
        ):
            return rest[len(head) :].lstrip()
    return part


def _decision_parts(
    lines: list[Line], points: list[PointBlock], guesses: list[bool] | None, page: int
) -> list[str]:
    n = len(points)
    if n == 0:
        return []
    if not any(not line.blank for line in lines):
        return [""] * n
    # 'Ad 1 og 2: Drøftet.' / 'Ad 3: Godkendt.', 'Punkt 1 og 2 blev drøftet samlet.' / …:
    # looked for in decisions that open with a label (a loop over every decision's lines
    # cost a seed 1.6 %)
    opening = next((line.text for line in lines if not line.blank), "")
    # Answered by the points' numbers or their places (bulleted points: 'Ad 2:').
    answerable = {p.number for p in points if p.number is not None} | set(range(1, n + 1))
    lines = _labels_joined(_answers_a_line(lines))
    jointly, joint = _joint_answers(lines) if opening[:1] in _JOINT_INITIALS else (lines, {})
    if joint:
        answered = _jointly_answered(
            [_ad_as_number(line, answerable) for line in jointly], points, joint
        )
        if answered is not None:
            return answered
    read = [_ad_as_number(line, answerable) for line in lines]
    # 'Ad 2:' answers the second point where '2.' may number the decision's own list
    labelled = any(new is not old for new, old in zip(read, lines, strict=True))
    lines = _lettered_as_numbered(read)
    if points[0].number is None:  # points numbered in two levels are bulleted: so their parts
        lines = _two_levels_as_bulleted(lines)
    clauses = _at_clauses(lines, points) if n > 1 else None
    if clauses is not None:
        return clauses
    if points[0].number is not None and points[-1].number is None:
        # A numbered list, then a bulleted one ('… punkter til orientering:'): the bulleted
        # points' parts start at the heading of the first of them.
        k = next(i for i, p in enumerate(points) if p.number is None)
        hit = _find_heading(lines, 0, points[k].named, None, None, _margin(lines, page))
        if hit is not None:
            head, tail = lines[: hit[0]], lines[hit[0] :]
            return _decision_parts(head, points[:k], guesses, page) + _decision_parts(
                tail, points[k:], guesses, page
            )
    if points[0].number is not None:
        mark = points[0].mark
        numbers = [p.number for p in points]
        if mark == ".":
            lines = _sub_numbered_as_numbered(lines, numbers)
        if len(set(numbers)) < n:  # two lists, each numbered from 1: the parts in order
            in_order = _split_by_numbers(lines, numbers, mark, in_order=True)
            if len(in_order) < n:
                _, in_order = split_numbered(lines, 1, mark)  # the decision numbered on
            if len(in_order) == n:
                return _under_headings(in_order, points, lines, page)
        _, parts = split_numbered(lines, points[0].number, mark)
        if not parts and points[-1].number is not None:
            # Word's list numbering ran on from the presentation's list into the decision's
            # ('1.'–'5.' / '6.'–'10.'): the parts in order, as many as the points. (Before
            # the other numbering: such a part may hold '1) politisk forankring'.)
            _, parts = split_numbered(lines, points[-1].number + 1, mark)
            if len(parts) == n:
                return _under_headings(parts, points, lines, page)
            parts = []
        if not parts:  # answered in the other numbering ('1) Budget' / '1. Godkendt.')
            _, parts = split_numbered(lines, points[0].number, "." if mark == ")" else ")")
        if parts and len(parts) < n:  # a point passed over, or answered out of order
            skipping = _split_by_numbers(lines, numbers, parts[0].mark)
            if len(skipping) > len(parts):
                parts = skipping
        # (after a lead that introduces the parts: 'Direktionen besluttede følgende:')
        first = (
            None
            if parts
            else next((line for line in _without_lead(lines, points) if not line.blank), None)
        )
        for other in (mark, "." if mark == ")" else ")"):
            if parts or first is None:
                break
            # opening at a later point: the first passed over ('2. …' / '3. …', '2) …')
            skipping = _split_by_numbers(lines, numbers, other)
            if skipping and _numbered(first, skipping[0].number, "", other):
                parts = skipping
        if parts:
            return _by_number(parts, points, [p.number for p in points], lines, page)
    if n == 1:
        return [_joined(_strip_heading(lines, points[0], _margin(lines, page)))]
    lines = _without_lead(lines, points)
    # Points listed with bullets, decided in a numbered list of as many: in order.
    before, parts = split_numbered(lines, 1)
    if len(parts) != n and any(")" in line.text[:4] for line in lines):
        before, parts = split_numbered(lines, 1, ")")  # '1) …', '(1) …', 'a) …' read so
    if len(parts) == n and _leads(before, parts, points):
        return _under_headings(parts, points, lines, page)
    by_place = _by_place(lines, points, labelled, page)
    if by_place is not None:
        return by_place

    before, marked = split_marked(lines)
    if len(marked) == n and _leads(before, marked, points):
        return _without_bulleted_headings(lines, points, 0, page) or [p.text for p in marked]
    if 1 <= len(marked) < n and (
        headed := _without_bulleted_headings(lines, points, n - len(marked), page)
    ):  # fewer bullets than points, each a heading of one: those passed over get none
        return headed
    lead = _bullet_forgotten(lines) if len(marked) == n - 1 else None
    if lead is not None:  # the first part's bullet forgotten, as the first point's may be
        _, marked = split_marked(lead)
        if len(marked) == n:
            return _without_bulleted_headings(lead, points, 0, page) or [p.text for p in marked]

    by_heading = _split_by_headings(lines, points, 0, page)
    if by_heading is not None:
        return [_joined(part) for part in by_heading]

    if marked and _a_parts_own_list(lines, before):
        marked = []  # ('… Følgende blev aftalt:' / '- HR følger op'): no parts, one part's
    paragraphs = _fields_joined(_paragraph_blocks(lines))
    guessed = False  # paragraphs found where lines end short, none marked
    finer: list[list[Line]] = []  # paragraphs where lines end short, to align by words
    if len(paragraphs) == 1 and not marked:  # nothing parts it: where lines end short
        if guesses is not None:
            guesses.append(True)
        short = _fields_joined(_short_line_blocks(lines, page, lists_end=True))
        if len(short) > n:
            finer = short
        if len(short) != n:
            # Too few lines to show the margin ('… med afdelingerne.' may be a full line):
            # where lines end sentences, when those part as many as the points.
            short = _fields_joined(_short_line_blocks(lines, _ANY_WIDTH, lists_end=True))
            if not finer and len(short) > 1:
                finer = short
        if len(short) == n:
            paragraphs, guessed = short, True
    # One point passed over, and any other business, often left without a word
    spare = 1 + sum(1 for p in points if ANY_OTHER_BUSINESS_RE.fullmatch(p.title))
    # An opening about the points together ('Direktionen behandlede punkterne.') or of none
    # ('Mødet blev holdt virtuelt.'), then a paragraph a point: those are the parts
    # (said_of_no_point finds the opening).
    body = paragraphs
    if len(paragraphs) == n + 1:
        opening = _joined(paragraphs[0])
        if _about_the_rest(opening, points, _OPENING_ABOUT_ALL) or _opens_of_none(
            [opening, *map(_joined, paragraphs[1:])], points
        ):
            body = paragraphs[1:]
    if (
        len(body) == n
        and not _about_them_together(body, points)
        and not _headed_elsewhere(body, points)
        # paragraphs guessed where the parts stand under headings, some passed over: as many
        # as the points by chance ('Budget' / 'Drøftet.' / 'Det følges op.' / 'Årshjul' / …)
        and not (guessed and _headings(lines, points, spare, page) is not None)
    ):
        order = _out_of_order([_joined(block) for block in body], points)
        if order is not None:
            body = [body[j] for j in order]
        # The margin of the whole decision: a paragraph of two short lines shows none.
        room = _margin(lines, page)
        return [
            _joined(_strip_heading(_unbulleted(block), p, room, in_other_words=True))
            for block, p in zip(body, points, strict=True)
        ]
    by_heading = _split_by_headings(lines, points, spare, page)
    if by_heading is not None:
        return _others_answered_last([_joined(part) for part in by_heading], points)
    by_start = _split_by_title_starts(lines, [p.named for p in points], spare)
    if by_start is not None:
        by_start = _passed_over_answered(by_start, points, _margin(lines, page))
        return _others_answered_last([_joined(part) for part in by_start], points)
    if len(paragraphs) == 1 and len(marked) <= 1:
        whole = _joined(lines)
        if _about_all(whole, points) or _one_sentence_about_all(whole):
            return [whole] * n
    # A PDF keeps no empty line between paragraphs: those its lines ending short show (more
    # than the points), else those its lines ending sentences show, are aligned by their
    # words as paragraphs are, rather than the whole decision as one.
    blocks = finer if len(paragraphs) == 1 and finer else paragraphs
    candidates = marked if len(marked) > 1 else [PointBlock(None, _joined(b)) for b in blocks]
    if len(marked) > 1 and before:  # text before the bullets that is no lead: a part's too
        candidates = [PointBlock(None, before), *marked]
    texts = [c.text for c in candidates]
    if any(":" in text or " – " in text or " - " in text for text in texts):
        titles = [words(p.named) for p in points]  # once, not at each sentence
        texts = [part for text in texts for part in _at_titles_in_sentences(text, titles)]
    if texts and _may_close_about_others(texts[-1]):  # '… arbejde. De øvrige punkter …' in a line
        rest = _REST_SENTENCE_RE.search(texts[-1])
        if rest and _about_the_rest(texts[-1][rest.end() :], points, _CLOSING_ABOUT_ALL):
            texts[-1:] = [texts[-1][: rest.start()], texts[-1][rest.end() :]]
    if texts and any(map(texts[0][:80].lower().__contains__, _OPENING_ABOUT_ALL)):
        # 'Punkterne blev drøftet. Årshjulet blev godkendt.' in one paragraph
        opening = first_sentence(texts[0])
        if len(opening) < len(texts[0]) and _about_the_rest(opening, points, _OPENING_ABOUT_ALL):
            texts[:1] = [opening, texts[0][len(opening) :].strip()]
    order = _out_of_order(texts, points)
    if order is not None:
        return [texts[j] if j >= 0 else "" for j in order]
    if len(texts) > 1 and _about_the_rest(texts[-1], points, _CLOSING_ABOUT_ALL):
        # 'De øvrige punkter blev taget til efterretning.': the points no other part answers
        answered = _align(texts[:-1], points)
        if "" in answered:
            return [part or texts[-1] for part in answered]
    if len(texts) > 1 and _about_the_rest(texts[0], points, _OPENING_ABOUT_ALL):
        # 'Punkterne blev drøftet.' first, then a paragraph of a point or two: likewise; and
        # where the others answer every point, it is said of them all, no point's part
        # (said_of_no_point finds it before the parts); as many paragraphs after it as the
        # points are theirs in order, as without it ('Drøftet.' shares no word with its point)
        others = texts[1:]
        if len(others) == n:
            placed = _out_of_order(others, points)
            answered = others if placed is None else [others[j] if j >= 0 else "" for j in placed]
        else:
            answered = _align(others, points)
        return [part or texts[0] for part in answered]
    if len(texts) == len(points) + 1 and _opens_of_none(texts, points):
        return texts[1:]  # (said_of_no_point finds the first before the parts)
    return _align(texts, points)


def _opens_of_none(texts: list[str], points: list[PointBlock]) -> bool:
    """Does the decision open with a paragraph that says more than an answer and names no
    point ('Mødet blev holdt på rådhuset.'), before one paragraph a point that names it or
    only answers ('Drøftet.'), in order? Then the first is said of no point (it went into
    the first point's part)."""
    said = _said_in_heading(texts[0]) - _ANSWER_WORDS
    if not said or len(points) ** 2 > _PARAPHRASE_CELLS:
        return False  # 'Godkendt.': an answer, the first point's
    titles = [_titled(p.named) for p in points]
    return not any(_names(said, title) for title in titles) and all(
        _names(part := _said_in_heading(text), title) or not part - _ANSWER_WORDS
        for text, title in zip(texts[1:], titles, strict=True)
    )


def _names(said: set[str], title: _Titled) -> bool:
    """Does a word said name the title, inflected or as its compound's tail?"""
    return any(_word_held(s, w) for s in said for w in title.words)


# 'at'-clauses numbered ('Direktionen besluttede: 1. at …, 2. at …'), on their lines or in one.
_AT_CLAUSE_RE = re.compile(r"(?<![^\s:;,(])(?P<n>\d{1,2})\.\s+(?=at\s)")
_CLAUSE_JOIN_RE = re.compile(r"\s*[,;]?\s*(?:og|samt)?\s*$")


def _without_lead(lines: list[Line], points: list[PointBlock]) -> list[Line]:
    """The decision without a lead that introduces its parts ('Direktionen besluttede
    følgende:', on up to three lines), which is the item's decision's, as a numbered
    decision's lead is: not a heading that repeats a point's title ('Budget 2025:'), and
    followed by text."""
    said: list[str] = []
    for j, line in enumerate(lines[:_LEAD_LINES]):
        if line.blank:
            continue
        said.append(line.text)
        if not line.text.rstrip().endswith(":"):
            continue
        lead = " ".join(said)
        if (
            len(lead.split()) > _LEAD_WORDS
            or first_sentence(lead) != lead.strip()
            or not _followed_by_text(lines, j + 1)
        ):
            return lines
        opened = unlabelled(lead)
        if any(_opens_with_title(opened, words(p.named)) for p in points):
            return lines
        if _heads_in_other_words(opened, points):
            return lines
        return lines[j + 1 :]
    return lines


# A part's own point numbered in two levels: '1.1 Driften …', '2.3. Anlæg …'.
_SUB_NUMBERED_RE = re.compile(r"^\s*(?P<n>\d{1,2})\.\d{1,2}\.?\s+(?=[A-ZÆØÅ])")


def _sub_numbered_as_numbered(lines: list[Line], numbers: list[int | None]) -> list[Line]:
    """A decision that answers a point in its sub-points ('1.1 Driften …' / '1.2 …' / '2. …')
    without the point's own number on a line: the first sub-point's line opens the point's
    part, as '1. 1.1 Driften …' would (its text keeps the sub-point's number)."""
    if not any(line.text[:1].isdigit() and _SUB_NUMBERED_RE.match(line.raw) for line in lines):
        return lines  # (most decisions: no line opens with a number of two levels)
    opened = {
        int(m["n"]) for line in lines if (m := _NUMBERED_RE.match(line.raw)) and m["mark"] == "."
    }
    out = list(lines)
    for i, line in enumerate(lines):
        m = _SUB_NUMBERED_RE.match(line.raw)
        if m and int(m["n"]) in numbers and int(m["n"]) not in opened:
            out[i] = Line(f"{m['n']}. {line.text}")
            opened.add(int(m["n"]))
    return out


def _a_parts_own_list(lines: list[Line], before: str) -> bool:
    """Are a decision's dashed entries, after text that introduces them ('Seminaret udskydes.
    Følgende blev aftalt:' / '- HR finder en ny dato'), a list inside one part, not the
    parts? Dashes only (a bullet's glyph may mark parts), the text before ending in a colon."""
    return before.rstrip().endswith(":") and all(
        _DASH_LINE_RE.match(line.raw) for line in lines if _BULLET_LINE_RE.match(line.raw)
    )


def _leads(before: str, entries: list[PointBlock], points: list[PointBlock]) -> bool:
    """Is the text before a decision's list of as many entries as the points (if any) a lead
    about them all, so that the entries are their parts: nothing, text that names none of
    them, one sentence about the points together however its words meet a title's
    ('Direktionen behandlede punkterne.' before the part of 'Drøftelse af DI-måling …
    samt behandling i fagudvalg.'), one sentence that introduces the list and names more
    than one ('Vedr. budget og årshjul besluttede direktionen:'), or any text before entries
    that each name their point? Otherwise the text is a part's own, and the list with it
    ('Budgettet blev drøftet. Følgende blev aftalt:' / '- HR følger op' / '- Økonomichefen
    …')."""
    if not before or _one_sentence_about_all(before):  # 'Direktionen behandlede punkterne.'
        return True
    said = _content_words(before)
    titles = [_content_words(p.named) for p in points]
    named = sum(1 for title in titles if said & title)
    if named == 0:
        return True
    if named > 1 and _introduces(before) and first_sentence(before) == before:
        return True
    return all(_content_words(e.text) & title for e, title in zip(entries, titles, strict=True))


def _heads_in_other_words(lead: str, points: list[PointBlock]) -> bool:
    """Is a decision's first line ending in a colon a point's heading in other words
    ('Rekruttering af skolechef:' / 'Drøftet.'), not a lead ('Direktionen besluttede
    følgende:'): a few words, all of one title only, not the board's name alone? (A lead
    says what was done: its verb is no title's word.)"""
    if len(lead.split()) > _PARAPHRASE_WORDS:
        return False
    return _holder(_said_in_heading(lead), [_titled(p.named) for p in points]) is not None


_LEAD_LINES = 3
_LEAD_WORDS = 25


def _introduces(text: str) -> bool:
    """Is the text before a decision's list its lead ('Direktionen besluttede følgende:'),
    the item's decision's as a numbered decision's lead is, not a point's part?"""
    return text.rstrip().endswith(":")


def _at_clauses(lines: list[Line], points: list[PointBlock]) -> list[str] | None:
    """A decision in 'at'-clauses numbered as the points are, on their lines or in one
    ('Direktionen besluttede: 1. at seminaret evalueres, 2. at …'): each clause is its
    point's part, without its number and the comma or 'og' that joins it to the next (the
    words before the first are the item's decision's, as a numbered decision's lead is).
    Only where no line opens with a number as a part does: '1. at …' in a part is its own."""
    if not any(". at " in line.raw for line in lines):  # most decisions: none at all
        return None
    if not any(map(_numbers_an_at_clause, lines)):
        return None
    if any(not line.blank and _number_mark(line) for line in lines):
        return None
    if points[0].number is None:
        expected: list[int | None] = list(range(1, len(points) + 1))
    else:
        expected = [p.number for p in points]
    joined = _joined(lines)
    found: list[re.Match[str]] = []  # the clauses numbered on from the first point's
    for m in _AT_CLAUSE_RE.finditer(joined):
        if int(m["n"]) == (int(found[-1]["n"]) + 1 if found else expected[0]):
            found.append(m)
    if [int(m["n"]) for m in found] != expected:  # more clauses than points: not theirs
        return None
    ends = [m.start() for m in found[1:]] + [len(joined)]
    return [
        _CLAUSE_JOIN_RE.sub("", joined[m.end() : end]) if end < len(joined) else joined[m.end() :]
        for m, end in zip(found, ends, strict=True)
    ]


def _numbers_an_at_clause(line: Line) -> bool:
    """Does a number open an 'at'-clause in the line ('1. at …', not '… besluttet. at')?"""
    raw = line.raw
    at = raw.find(". at ")
    while at > 0:
        if raw[at - 1].isdigit():
            return True
        at = raw.find(". at ", at + 1)
    return False


# What a paragraph about the points together says, closing the decision or opening it.
_CLOSING_ABOUT_ALL = ("øvrige punkt", "punkterne")
_OPENING_ABOUT_ALL = ("punkterne", "alle punkt")


# 'punkterne', 'alle punkter', 'alle fire punkter' as words ('fokuspunkterne' is none)
_ALL_POINTS_RE = re.compile(r"(?<!\w)(?:punkterne|alle(?:\s+\w+)?\s+punkter)(?!\w)")


def _one_sentence_about_all(text: str) -> bool:
    """Is a decision of one sentence about the points together and one of them ('Punkterne
    blev drøftet, og årshjulet blev godkendt.')? Then it is each point's part: given to the
    one it names, the others would have none."""
    return (
        len(words(text)) <= _ABOUT_ALL_WORDS
        and _ALL_POINTS_RE.search(lowered(text)) is not None
        and first_sentence(text) == text.strip()
    )


def _about_them_together(paragraphs: list[list[Line]], points: list[PointBlock]) -> bool:
    """Does the first or the last of as many paragraphs as points speak of the points
    together ('Punkterne blev drøftet.'): then they are not one a point, in order."""
    return _about_the_rest(_joined(paragraphs[0]), points, _OPENING_ABOUT_ALL) or (
        _about_the_rest(_joined(paragraphs[-1]), points, _CLOSING_ABOUT_ALL)
    )


def _about_the_rest(text: str, points: list[PointBlock], said: tuple[str, ...]) -> bool:
    """Does a short paragraph before or after the others speak of the points together ('De
    øvrige punkter …', 'Øvrige punkter: Drøftet.', 'Punkterne blev drøftet.'), naming none?"""
    low = lowered(text)
    return any(words in low for words in said) and _about_all(text, points)


def _without_bulleted_headings(
    lines: list[Line], points: list[PointBlock], passed_over: int = 0, page: int = 0
) -> list[str] | None:
    """A bulleted decision whose bullets (or lost bullets) are headings ('• Direktionens
    årsplan' / 'Drøftet.'):
    each part without its heading, as under a plain heading. None when the bullets do not part
    the lines one a point (lost bullets, two on a line) or none of them is a heading.
    passed_over: as many fewer bullets than points; then each must be a heading of a
    different point, and a point passed over gets no part (1 + one for 'Eventuelt' at most)."""
    groups: list[list[Line]] = []
    glyphs: list[int] = []  # the width of each bullet and its space, taken off its line
    for line in lines:
        if _BULLET_LINE_RE.match(line.raw) or (line.raw[:1].isspace() and _starts_upper(line.text)):
            groups.append([Line(strip_bullet(line.raw))])
            glyphs.append(len(line.text) - len(groups[-1][0].text))
        elif groups:
            groups[-1].append(line)
        elif not line.blank:
            return None  # text before the first bullet
    if len(groups) != len(points) - passed_over:
        return None
    if passed_over:
        spare = 1 + sum(1 for p in points if ANY_OTHER_BUSINESS_RE.fullmatch(p.title))
        if passed_over > spare or not all(_may_head(group[0].text) for group in groups):
            return None
    elif not any(
        _first_word(group[0].text) == _first_word(point.named)
        for group, point in zip(groups, points, strict=True)
    ) and not all(_may_head(group[0].text) for group in groups):
        return None  # (most bulleted decisions: no bullet opens with its point's title)
    room = _margin(lines, page)
    stripped = []
    heads: list[int | None] = []  # the point each bullet's heading names
    titles: list[_Titled] | None = None
    for k, (group, glyph) in enumerate(zip(groups, glyphs, strict=True)):
        # (with points passed over, a bullet's place says nothing of its point)
        rest = group if passed_over else _strip_heading(group, points[k], room - glyph, True)
        heading = group[: len(group) - len(rest)]
        if heading and _holds_first_clause(heading, points[k].named):
            stripped.append(rest)
            heads.append(k)
            continue
        # a heading in other words ('• Skolechef' / 'Drøftet.'), its point's or another's
        holder = None
        if (
            len(group) > 1
            and len(points) ** 2 <= _PARAPHRASE_CELLS
            and _may_head(group[0].text)
            and _ends_short(group, 0, room - glyph)
        ):
            titles = titles or [_titled(p.named) for p in points]
            holder = _holder(_said_in_heading(group[0].text), titles)
        if holder is not None and _followed_by_sentence(group, 0):
            stripped.append(group[1:])
            heads.append(holder)
        else:
            stripped.append(group)
            heads.append(None)
    named = [k for k in heads if k is not None]
    if len(named) == len(heads) and len(set(named)) == len(named):
        parts = [""] * len(points)  # each under its heading, in whatever order
        for at, group in zip(named, stripped, strict=True):
            parts[at] = _joined(group)
        return parts
    if passed_over:
        return None
    in_place = [
        rest if heads[k] == k else group
        for k, (rest, group) in enumerate(zip(stripped, groups, strict=True))
    ]
    if all(len(a) == len(b) for a, b in zip(in_place, groups, strict=True)):
        return None
    return [_joined(group) for group in in_place]


def _may_head(text: str) -> bool:
    """Could the line be a heading in other words: a few words, capitalised, ending in no
    mark but a colon?"""
    text = text.strip()
    return (
        text[:1].isupper()
        and (text[-1:] not in _HEADING_END_MARKS or text[-1] == ":")
        and len(text.split()) <= _PARAPHRASE_WORDS
    )


def _first_word(text: str) -> str:
    return text.split(None, 1)[0].strip(".:,;").lower() if text else ""


def _holds_first_clause(heading: list[Line], title: str) -> bool:
    """A bullet's line that repeats the title is a heading only when it holds the title's
    first clause at least ('• Årligt dialogmøde med økonomichef Bettina' / 'Andersen, hvor …'
    broke inside it), or ends a sentence the title goes on from ('• Dialogmøde med
    sundhedsdirektør Hanne Holm.' of '… Hanne Holm den 15. marts.')."""
    clause = words(_CLAUSE_END_RE.split(title, maxsplit=1)[0])
    return len(words(" ".join(line.text for line in heading))) >= len(clause) or _ends_a_sentence(
        heading[-1].text.rstrip()
    )


_CLAUSE_END_RE = re.compile(r"[,.:;(–]")


def _split_by_numbers(
    lines: list[Line], numbers: Sequence[int | None], mark: str, in_order: bool = False
) -> list[PointBlock]:
    """Split lines at numbers that start a line, each of the points' numbers once, in any
    order: a decision that passes a point over ('1. …' / '3. …') or answers 2 before 1. In
    order: the points' numbers as they come ('1.', '2.', '1.', '2.': two lists)."""
    parts: list[tuple[int, list[str]]] = []  # each part's lines, joined once at the end
    unused, prev = set(numbers), ""
    for line in lines:
        if line.blank:
            continue
        if in_order:
            expected = numbers[len(parts)] if len(parts) < len(numbers) else None
            m = _numbered(line, expected, prev, mark) if expected is not None else None
        else:
            m = _numbered(line, None, prev, mark)
            m = m if m and int(m["n"]) in unused else None
        if m:
            unused.discard(int(m["n"]))
            parts.append((int(m["n"]), [m["rest"]]))
        elif parts:
            parts[-1][1].append(line.text)
        prev = line.text
    return [
        PointBlock(number, fold(" ".join(texts)), mark, texts[0] if len(texts) > 1 else None)
        for number, texts in parts
    ]


_ABOUT_ALL_WORDS = 30


def _about_all(text: str, points: list[PointBlock]) -> bool:
    """Is a decision of one short paragraph about all the points ('Drøftet.', 'Punkterne blev
    drøftet og godkendt.'): it names none of them, in their words or other words? Then it is
    each point's part."""
    if len(words(text)) > _ABOUT_ALL_WORDS:
        return False
    said = _content_words(text)
    if any(said & _content_words(p.named) for p in points):
        return False
    # nor by its subject in other words ('Seminaret er udsat.' of 'Direktionsseminar, …')
    head = _head_in_other_words(text) or _subject_in_other_words(text)
    return (
        head is None or _holder(_said_in_heading(head), [_titled(p.named) for p in points]) is None
    )


# 'Ad 2:', 'ad 2:', 'Ad. 2', 'Ad punkt 2.', 'Ad pkt. 2:', 'Til pkt. 2:', 'Vedr. punkt 2',
# 'Vedrørende punkt 2'; 'Punkt 2:',
# 'Pkt. 2.', 'Punkt 2 -', 'Pkt. 2 Godkendt.' (with a mark or a capital after the number:
# 'Punkt 2 blev drøftet' is a sentence); '2:'.
_AD_RE = re.compile(
    r"\s*(?:(?:[Aa]d\.?\s+(?:[Pp]unkt\s+|[Pp]kt\.?\s*)?"
    r"|(?:Til|Vedr\.?|Vedrørende)\s+(?:[Pp]unkt\s+|[Pp]kt\.?\s*))"
    r"(?P<ad>\d{1,2})\s*[.:)\-–]?"
    r"|(?:Punkt|Pkt\.?)\s*(?P<point>\d{1,2})(?:\s*[.:)\-–]|(?=\s+[A-ZÆØÅ]))"
    r"|(?P<colon>\d{1,2}):)\s+(?=\S)"
)
_AD_INITIALS = frozenset("AaPpTV0123456789 \t")
# The same after a sentence's end in a line, a mark after the number ('… Drøftet. Punkt 2
# blev udsat.' is a sentence): 'Ad 2:', 'Ad punkt 2.', 'Punkt 2:', 'Pkt. 2 -'.
_INLINE_AD_RE = re.compile(
    r"(?<=[.!?])\s+(?:[Aa]d\.?\s+(?:[Pp]unkt\s+|[Pp]kt\.?\s*)?|(?:Punkt|Pkt\.?)\s*)"
    r"(?P<n>\d{1,2})\s*[.:)\-–]\s+(?=\S)"
)
_INLINE_AD_WORDS = ("Ad ", "ad ", "Ad.", "unkt ", "Pkt")


# An answer's label after a sentence's end, in a line ('… april. Ad 3: Taget til
# efterretning.') or at its end, its text in the next ('… initiativ. Ad 2:' / 'Budget…'):
# a mark after the number, but for 'Ad 2' ending the line.
_ANSWER_IN_LINE_RE = re.compile(
    r"(?<=[.!?])\s+(?:[Aa]d\.?\s+(?:[Pp]unkt\s+|[Pp]kt\.?\s*)?(?P<ad>\d{1,2})"
    r"(?:\s*[.:)\-–](?=\s|$)|(?=\s*$))|(?:Punkt|Pkt\.?)\s*(?P<point>\d{1,2})\s*[.:)\-–](?=\s|$))"
)


def _answers_a_line(lines: list[Line]) -> list[Line]:
    """In a decision that answers by number ('Ad 1: …'), each answer on a line of its own:
    one a PDF's line began after the last ended ('… 19. april. Ad 3: Taget til
    efterretning.'), or whose label the margin left at the end of the line before. Only
    labels of later numbers than the last: 'Punkt 2: …' in the answer to point 3 is text."""
    first = next((ln for ln in lines if not ln.blank), None)
    m = _AD_RE.match(first.raw) if first is not None and first.raw[:1] in _AD_INITIALS else None
    if m is None:
        return lines
    last = 0
    out: list[Line] = []
    label = ""  # a label at a line's end, for the next line's text
    for line in lines:
        if line.blank:
            if not label:
                out.append(line)
            continue
        raw = f"{label} {line.text}" if label else line.raw
        label = ""
        m = _AD_RE.match(raw) if raw[:1] in _AD_INITIALS else None
        if m:
            last = int(m["ad"] or m["point"] or m["colon"])
        if not any(map(raw.__contains__, _INLINE_AD_WORDS)):
            out.append(Line(raw) if raw is not line.raw else line)
            continue
        start = 0
        for answer in _ANSWER_IN_LINE_RE.finditer(raw):
            number = int(answer["ad"] or answer["point"])
            if number > last and ends_sentence(raw, answer.start() - 1):  # not 'jf. Ad 3.'
                out.append(Line(raw[start : answer.start()]))
                start, last = answer.start() + len(answer[0]) - len(answer[0].lstrip()), number
        rest = raw[start:]
        if start and _LABEL_ALONE_RE.match(rest):
            label = rest.strip()
        else:
            out.append(Line(rest) if start or raw is not line.raw else line)
    if label:
        out.append(Line(label))
    return out


# The words before an answer's number or numbers: 'Ad', 'Ad punkt', 'Ad pkt.', 'Punkt',
# 'Punkterne', 'Pkt.', 'Til pkt.', 'Vedr. punkt', 'Vedrørende punkt' (core/doubts.py too).
LABEL_WORDS = (
    r"(?:[Aa]d\.?\s+(?:[Pp]unkt(?:erne)?\s+|[Pp]kt\.?\s*)?|(?:Punkt(?:erne)?|Pkt\.?)\s*"
    r"|(?:Til|Vedr\.?|Vedrørende)\s+(?:[Pp]unkt(?:erne)?\s+|[Pp]kt\.?\s*))"
)
LABEL_INITIALS = ("A", "a", "P", "T", "V")  # of those words

# One answer to several points at a line's start: 'Ad 1 og 2: Drøftet.', 'Punkt 1-3:',
# 'Ad pkt. 2, 3 og 5 -', 'Vedr. punkt 1 og 3:', 'Punkt 1 og 2 blev behandlet samlet.' (no
# mark: a sentence, kept); or alone on its line, its text on the next ('Ad 2 og 3' / …).
# 'Ad 1 og 2', 'Ad 1, 2 og 3', 'Ad 1-3', and before a colon 'Ad 1, 2:', 'Ad 1 + 2:'
_JOINT_RE = re.compile(
    rf"\s*{LABEL_WORDS}"
    r"(?P<first>\d{1,2})(?P<more>(?:\s*,\s*\d{1,2})*\s*(?:og|&|[-–])\s*\d{1,2}"
    r"|(?:\s*[,+]\s*\d{1,2})+(?=\s*:))"
    r"(?:\s*(?P<mark>[.:)\-–])(?:\s+|$)|\s+|$)"
)
_JOINT_INITIALS = LABEL_INITIALS
_NUMBER_RE = re.compile(r"\d{1,2}")


def _joint_answers(lines: list[Line]) -> tuple[list[Line], dict[int, list[int]]]:
    """Lines that answer several points at once ('Ad 1 og 2: Drøftet.') numbered by the first
    of them ('1. Drøftet.'), and for each such first number the others it answers."""
    joint: dict[int, list[int]] = {}
    out: list[Line] = []
    label = ""  # a label alone on its line, for the next line's text
    for line in lines:
        if line.blank:
            if not label:
                out.append(line)
            continue
        if label:
            out.append(Line(f"{label} {line.text}"))
            label = ""
            continue
        alone = _LABEL_ALONE_RE.match(line.text) if len(line.text) <= 12 else None
        if alone and alone["n"]:  # 'Ad 3' / 'Godkendt.' among them
            label = f"{alone['n']}."
            continue
        m = _JOINT_RE.match(line.raw) if line.text[:1] in _JOINT_INITIALS else None
        numbers = _joint_numbers(m) if m else []
        if not numbers or m is None:
            out.append(line)
            continue
        joint[numbers[0]] = numbers[1:]
        text = line.raw[m.end() :].strip() if m["mark"] or m.end() == len(line.raw) else line.text
        if text:  # ('Punkt 1 og 2 blev …' with no mark: a sentence, kept whole)
            out.append(Line(f"{numbers[0]}. {text}"))
        else:
            label = f"{numbers[0]}."
    if label:
        out.append(Line(label))
    return (out, joint) if joint else (lines, joint)


def _joint_numbers(m: re.Match[str]) -> list[int]:
    """The points a joint label answers, in order; none when it lists no points ('Punkt
    3-1', 'Ad 2 og 2')."""
    numbers = [int(m["first"]), *map(int, _NUMBER_RE.findall(m["more"]))]
    if "-" in m["more"] or "–" in m["more"]:  # 'Punkt 1-3': a range
        numbers = list(range(numbers[0], numbers[-1] + 1))
    if len(numbers) < 2 or numbers != sorted(set(numbers)) or len(numbers) > 20:
        return []
    return numbers


def _jointly_answered(
    lines: list[Line], points: list[PointBlock], joint: dict[int, list[int]]
) -> list[str] | None:
    """Each point's part where some answer several points at once, by the points' numbers
    (their places in the list, where they have none); None unless every point is answered
    and each answer's first number is a point's; failing that, as paragraphs in order. A
    number no point has after a label's first ('Ad 1 og 4' of three) is passed over: the
    parse's doubts say so."""
    numbers = [p.number if p.number is not None else k + 1 for k, p in enumerate(points)]
    if len(set(numbers)) < len(numbers):  # two lists numbered alike: which '1' is unclear
        return None
    joint = {first: [k for k in others if k in numbers] for first, others in joint.items()}
    first_line = next(line for line in lines if not line.blank)
    partly: dict[int | None, str] = {}  # every label a point's, some points passed over
    for mark in dict.fromkeys((".", points[0].mark)):  # the labels' '1.', or the list's own
        by_number = {p.number: p.text for p in _split_by_numbers(lines, numbers, mark)}
        if not all(first in by_number for first in joint):
            continue
        for first, others in joint.items():
            for number in others:
                by_number.setdefault(number, by_number[first])
        opening = _numbered(first_line, None, "", mark)  # nothing before the first answer
        if set(by_number) == set(numbers) and opening is not None:
            return [by_number[number] for number in numbers]
        if opening is not None and not partly and _only_labels_numbered(lines, numbers, mark):
            partly = by_number
    if len(joint) == 1 and points[-1].number is not None:
        # Word's list numbering ran on from the presentation's ('1.'–'4.'): the answer to
        # several first ('Punkt 1 og 2 …'), then '5.', '6.' for the others, in order.
        ((first, others),) = joint.items()
        rest = [k for k in numbers if k != first and k not in others]
        text, ran_on = split_numbered(lines, points[-1].number + 1, points[0].mark)
        label = f"{first}. "
        if ran_on and len(ran_on) == len(rest) and text.startswith(label):
            by_number = dict.fromkeys((first, *others), text[len(label) :])
            by_number.update(zip(rest, (part.text for part in ran_on), strict=True))
            return [by_number[number] for number in numbers]
    if partly:  # 'Ad 1 og 2: …' / 'Ad 4: …' of four, the third passed over
        return [partly.get(number, "") for number in numbers]
    return _joint_paragraphs(lines, numbers, joint)


def _only_labels_numbered(lines: list[Line], numbers: list[int], mark: str) -> bool:
    """Does every paragraph open with a point's number: none with a number that is none of
    the points' (a list of the decision's own, or Word's numbering run on from the
    presentation's: '5.', '6.'), none without one (a paragraph of the next point's, its
    label left out: 'Punkt 1 og 2 blev drøftet samlet.' / 'Årsplanen blev godkendt.')?"""
    known = set(numbers)
    opens = True  # the next line with text opens a paragraph
    for line in lines:
        if line.blank:
            opens = True
            continue
        m = _numbered(line, None, "", mark) if line.text[:1].isdigit() else None
        if (m is not None and int(m["n"]) not in known) or (opens and m is None):
            return False
        opens = False
    return True


def _joint_paragraphs(
    lines: list[Line], numbers: list[int], joint: dict[int, list[int]]
) -> list[str] | None:
    """Paragraphs in point order, one of them the answer to several ('Punkt 1 og 2 blev
    drøftet samlet.' / 'Årsplanen blev godkendt.'); None unless they add up to the points."""
    blocks = _paragraph_blocks(lines)
    if len(blocks) + sum(map(len, joint.values())) != len(numbers):
        return None
    parts: list[str] = []
    seen = 0  # the joint answers met where their first number's part begins
    for block in blocks:
        if len(parts) == len(numbers):
            return None
        number = numbers[len(parts)]
        at = next(k for k, line in enumerate(block) if not line.blank)
        m = _numbered(block[at], number, "", ".") if number in joint else None
        if m:  # the label's number made it a numbered line: the answer after it
            parts += [_joined([Line(m["rest"]), *block[at + 1 :]])] * (1 + len(joint[number]))
        else:
            parts.append(_joined(block))
        seen += m is not None
    return parts if len(parts) == len(numbers) and seen == len(joint) else None


def _inline_answer(answer: re.Match[str]) -> str:
    """' 2. ' for an answer's label after a sentence's end; as it was after an abbreviation
    ('… jf. Ad 3.' refers to the answer)."""
    return f" {answer['n']}. " if ends_sentence(answer.string, answer.start() - 1) else answer[0]


def _ad_as_number(line: Line, answerable: Container[int] | None = None) -> Line:
    """'Ad 2: Godkendt.', 'Punkt 2: Godkendt.', '2: Godkendt.' → '2. Godkendt.': a decision
    that answers the points by number; and the answers after it in its line ('Ad 1: Drøftet.
    Ad 2: Godkendt.' → '1. Drøftet. 2. Godkendt.', which is read as numbered points are).
    answerable: the numbers a point has; a label of another stays as written ('Ad 4: Udsat.'
    of three points: the text of the part before, never '4. Udsat.')."""
    if line.raw[:1] not in _AD_INITIALS:
        return line
    m = _AD_RE.match(line.raw)
    if not m or _JOINT_RE.match(line.raw):  # 'Ad 1 og 3:' the joint answers did not read
        return line  # as written, never '1. og 3:'
    number = m["ad"] or m["point"] or m["colon"]
    if answerable is not None and int(number) not in answerable:
        return line
    rest = line.raw[m.end() :]
    if any(map(rest.__contains__, _INLINE_AD_WORDS)):  # more answers after the first
        rest = _INLINE_AD_RE.sub(_inline_answer, rest)
    return Line(f"{number}. {rest}")


def _paragraph_blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.paragraph_break:
            if any(not ln.blank for ln in blocks[-1]):
                blocks.append([])
        else:
            blocks[-1].append(line)
    return [b for b in blocks if any(not ln.blank for ln in b)]


def _fields_joined(blocks: list[list[Line]]) -> list[list[Line]]:
    """The paragraphs, each that is a follow-up field alone ('Ansvarlig: Økonomichefen.')
    joined to the one before it: part of that answer, no point's own."""
    out: list[list[Line]] = []
    for block in blocks:
        # (the label looked for first: joining every paragraph's lines would cost a decision)
        first = next((strip_bullet(line.raw).lstrip() for line in block if not line.blank), "")
        if out and first.startswith(FIELD_LABELS) and follow_up_field(_joined(block)):
            out[-1].extend(block)  # (each a list of its own: a copy each time would be n²)
        else:
            out.append(list(block))
    return out


def _joined(lines: Iterable[Line]) -> str:
    return fold(" ".join(strip_bullet(line.raw) for line in lines if not line.blank))
