"""The clean stage: raw extracted text → a list of lines that remember their layout.

Text extracted from the minutes PDFs keeps two layout signals the parser needs: a line that
starts with white space (a list entry whose bullet glyph was lost) and a line of white space
only (an empty paragraph in the Word original, which separates paragraphs). Plain empty lines
carry no meaning: the extractor emits them between most lines.
"""

from __future__ import annotations

import re

# 'Side 2 af 5', '2/5', 'Side 2' (a bare '2' may be text: only a PDF's page edges tell).
_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:Side\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?|\d{1,3}\s*(?:af|/)\s*\d{1,3})\s*$",
    re.IGNORECASE,
)
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES_RE = re.compile("[\t\u00a0\u2002\u2003\u2007\u2009\u202f\u3000]")
# Typesetting's own characters, as some PDFs' text gives them: ligatures ('ﬁnansiering') and
# Word's non-breaking hyphen ('Marie‑Louise'), written as the letters and hyphen they stand for.
_TYPESET = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u2010": "-",
    "\u2011": "-",
}
_TYPESET_RE = re.compile(f"[{''.join(_TYPESET)}]")
# Looked for one by one with `in`: a pattern of them all walks its class at every character,
# about three times the work of twenty-odd `in` scans.
_ODD_CHARS = tuple(
    f"{_INVISIBLE_RE.pattern[1:-1]}{_SPACES_RE.pattern[1:-1]}{_TYPESET_RE.pattern[1:-1]}"
)


class Line:
    """One line of extracted text. Its stripped text is computed once: the parser asks often."""

    __slots__ = ("blank", "raw", "text")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw.strip()
        self.blank = not self.text  # white space only, or nothing

    def __repr__(self) -> str:
        return f"Line({self.raw!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash(self.raw)

    @property
    def paragraph_break(self) -> bool:
        """A line of white space only: an empty paragraph in the original."""
        return bool(self.raw) and not self.text


_EMPTY = Line("")


# A page's furniture left in text between pages: the municipality's name alone on a line,
# next to a page number with nothing between but empty lines, the running header or more
# furniture (elsewhere it may be a heading's or a sentence's line).
_FURNITURE_RE = re.compile(r"^\s*[A-ZÆØÅ][\wæøå-]*\s+Kommune\s*$")
_FURNITURE_REACH = 6
_RUNNING_HEADER_RE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{4}\s*$")  # 'Direktionen 30-11-2022'


# A word broken after its hyphen at a line's end ('Marie-' / 'Louise', 'HR-' / 'chef', with
# empty lines between in some extractors' text): one word again. Not before 'og' / 'eller':
# 'Vej-' / 'og ejendomschef' is the first of a pair sharing its last part.
_LINE_END_HYPHEN_RE = re.compile(  # (the hyphen first: re then looks only at hyphens)
    r"-(?<=[^\W\d_]-)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[^\W\d_])(?!(?:og|eller)\b)"
)


def is_page_number(line: str) -> bool:
    """Whether the line is a page's number as the minutes print it ('Side 2 af 5', '2/5')."""
    return bool(_PAGE_NUMBER_RE.match(line))


def clean_lines(text: str) -> list[Line]:
    """Split text into lines, normalising line ends, odd spaces, invisible characters,
    ligatures and non-breaking hyphens, joining words broken after a hyphen, and dropping
    page-number lines ('Side 2 af 5', a bare '2' between pages) and the municipality's name
    beside them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if any(c in text for c in _ODD_CHARS):  # (rare: nothing to replace, as is usual)
        text = _SPACES_RE.sub(" ", _INVISIBLE_RE.sub("", text))
        text = _TYPESET_RE.sub(lambda m: _TYPESET[m.group()], text)
    # A page number ends the line: only such lines are tried against the pattern. Empty lines,
    # every other line of most extracted text, share one Line (it is never changed).
    if "-\n" in text or "- \n" in text:  # (rare: no pattern otherwise)
        text = _LINE_END_HYPHEN_RE.sub("-", text)
    if "Afbud" in text and "Fravær" in text:  # (rare: both lists on one line?)
        text = _TWO_LISTS_RE.sub("\\g<first>\n\\g<second>", text)
    raws = text.split("\n")
    # (a page's number ends its line: only such lines are tried, and '- 2 -')
    numbered = [i for i, raw in enumerate(raws) if (raw.rstrip()[-1:] or "a") in "0123456789-"]
    pages = [i for i in numbered if raws[i].rstrip()[-1] != "-" and _page_number_at(raws, i)]
    pages += _bare_page_numbers(raws, numbered)
    if pages:  # a page number is dropped: its furniture goes too
        return _without_furniture(raws, pages)
    return [Line(raw) if raw else _EMPTY for raw in raws]


# Two lists of absences on one line: 'Afbud: Kommunaldirektør Christian Roslev. Fraværende:
# Velfærdsdirektør Lene Mehlsen' (each list then a line of its own, as elsewhere).
_TWO_LISTS_RE = re.compile(
    r"^(?P<first>[ \t]*(?:Afbud|Fraværende)[^:\n]{0,30}:[^\n]+?)[.;][ \t]+"
    r"(?P<second>(?:Afbud|Fraværende)[^:\n]{0,30}:)",
    re.MULTILINE,
)


def _page_number_at(raws: list[str], i: int) -> bool:
    """Is line i a page's number: 'Side 2 af 5', '2/5', but not a day and month going on
    from a line that ends in 'd.' or 'den' ('Status gives d.' / '7/12')?"""
    if not _PAGE_NUMBER_RE.match(raws[i]):
        return False
    m = _DAY_AND_MONTH_RE.match(raws[i])
    if m is None or not (1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12):
        return True
    above = next((raw for raw in reversed(raws[max(0, i - 3) : i]) if raw.strip()), "")
    return _DATE_LEAD_RE.search(above) is None


_DAY_AND_MONTH_RE = re.compile(r"\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*$")
_DATE_LEAD_RE = re.compile(r"(?:\bd\.|\bden)\s*$", re.IGNORECASE)


# A page's number alone on its line, as text copied from a PDF keeps it: '2', '- 3 -'.
_BARE_NUMBER_RE = re.compile(r"\s*(?:-\s*(\d{1,3})\s*-|(\d{1,3}))\s*$")  # (not a bilag's '3 -')
_PAGE_LINES = 10  # lines of text a page holds at least


def _bare_page_numbers(raws: list[str], numbered: list[int]) -> list[int]:
    """The lines that hold a page's number alone: numbers counting up from the document's
    start, one a page ('2' after the first page's text; '1', '2', '3' at each page's end),
    each after ten lines of text or more. A number alone elsewhere (a table's cells, a count
    copied on its own) is the text's."""
    bare = [(i, int(m[1] or m[2])) for i in numbered if (m := _BARE_NUMBER_RE.match(raws[i]))]
    if not bare or bare[0][1] not in (1, 2):
        return []
    found: list[int] = []
    since = 0  # where the page before ended
    for i, number in bare:
        expected = bare[0][1] + len(found)
        if number != expected or _opens_an_attachment(raws, i):
            continue
        if sum(1 for raw in raws[since:i] if raw.strip()) < _PAGE_LINES:
            break
        found.append(i)
        since = i + 1
    # a '1' alone may be a count ('1' / 'medarbejder'): a page's only when '2' follows
    return found if len(found) > 1 or (found and bare[0][1] == 2) else []


# What follows an attachment's number that lost its dash ('2' / '3011527' or 'Lukket Notat'),
# not an item's access line ('Lukket Sag').
_ATTACHMENT_NEXT_RE = re.compile(
    r"\s*(?:\d{5,9}\s*$|(?:Åben|Lukket)\s(?!\s*(?:[Ss]ag|SAG|[Pp]unkt|PUNKT)\s*$))"
)


def _opens_an_attachment(raws: list[str], i: int) -> bool:
    """Is the number alone at line i a bilag entry's, its dash lost, after the entry before
    ended ('… (8725/21) (H)' / '2' / 'Lukket Notat')? After an entry's opening ('1 - ' /
    '2' / '3011525') it is the page's, which broke the entry."""
    before = next((raw for raw in reversed(raws[max(0, i - 3) : i]) if raw.strip()), "")
    if not before.rstrip().endswith((")", ":")):
        return False
    after = next((raw for raw in raws[i + 1 : i + 4] if raw.strip()), "")
    return _ATTACHMENT_NEXT_RE.match(after) is not None


def _without_furniture(raws: list[str], pages: list[int]) -> list[Line]:
    """The lines without the page numbers at pages and the municipality's name beside them."""
    dropped = set(pages)
    for i in pages:  # the page's furniture beside its number: 'Norddjurs Kommune'
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(raws) and abs(k - i) <= _FURNITURE_REACH:
                raw = raws[k]
                if raw.endswith(("Kommune", "Kommune ")) and _FURNITURE_RE.match(raw):
                    dropped.add(k)
                elif raw.strip() and not _RUNNING_HEADER_RE.search(raw):
                    break  # text: the page's furniture ends here
                k += step
    return without([Line(raw) if raw else _EMPTY for raw in raws], dropped)


# The words a line goes on after, never a paragraph's last: prepositions, conjunctions,
# articles ('… behandling i' / 'fagudvalg', a heading's 'Ansættelse af' / 'skolechef').
OPEN_END_RE = re.compile(
    r"(?<!\S)(?:af|i|og|for|til|med|om|på|ved|fra|mellem|samt|vedrørende|vedr\.|ift\.|en|et"
    r"|den|det|de|at|som|under|efter|over|hos|mod|inden|uden|eller)\s*$"
)


def without(lines: list[Line], dropped: set[int]) -> list[Line]:
    """The lines but those at dropped (a page's furniture), and the empty line after each
    where one stood before it too: text of every other line empty then reads on as if the
    page had not broken ('… organisering af' / '' / 'Teknik og Miljø'). Where the sentence
    plainly goes on over the page (the line before ends in a word that leads on, or the one
    after opens in lower case), a page's empty lines are no paragraph's end either."""
    gaps = {
        i + 1
        for i in dropped
        if 0 < i < len(lines) - 1 and lines[i - 1].raw == lines[i + 1].raw == ""
    }
    for i in dropped:
        gaps |= _page_gap(lines, i, dropped)
    gone = dropped | gaps
    return [line for i, line in enumerate(lines) if i not in gone]


def _page_gap(lines: list[Line], i: int, dropped: set[int]) -> set[int]:
    """The empty lines around the furniture at i that part a sentence going on over the page:
    all but one line with nothing at all (the empty line between every two lines of some
    text) when one stood there."""
    first, last = i, i
    while first > 0 and (lines[first - 1].blank or first - 1 in dropped):
        first -= 1
    while last < len(lines) - 1 and (lines[last + 1].blank or last + 1 in dropped):
        last += 1
    if first == 0 or last == len(lines) - 1:
        return set()
    above, below = lines[first - 1].text, lines[last + 1].text.lstrip()
    if not (below[:1].islower() or OPEN_END_RE.search(above)):
        return set()
    empty = [k for k in range(first, last + 1) if k not in dropped]
    kept = next((k for k in empty if lines[k].raw == ""), None)
    return {k for k in empty if k != kept}


def join(lines: list[Line]) -> str:
    """The lines' text joined with spaces (line breaks of the PDF are not meaningful)."""
    return " ".join(line.text for line in lines if not line.blank)
