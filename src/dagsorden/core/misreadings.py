"""What Tesseract misreads in these minutes, put right in the text it gives (core/ocr.py).

Each rule is for a shape no writing has (a bullet read as '+' before a capital, '00' alone
where '() ()' stood, a bilag's number read as a word between two entries), so that text
read right comes through unchanged: tests/core/test_ocr.py checks that on the seeds and
on generated minutes. What only a dictionary could tell ('ide' for 'i de') is left; of
real words misread as others only the follow-up's verb is put right, before its phrase."""

from __future__ import annotations

import re

from .danish import MONTH_NAMES_DA, MONTH_RE
from .lines import is_page_number

# '() ()' alone on its line (a bilag's empty journal number and mark, its title wrapped
# above) is read as '00': two round marks with nothing in them look like zeros.
_EMPTY_MARKS = re.compile(r"^[ \t]*[0O][ \t]?[0O][ \t]*$", re.MULTILINE)


# A bullet that opens a line is read as whatever small mark it resembles: '+', 'e', '°',
# '«', '«+' … Before a capital or a number it can be nothing else (none of them is a word).
_BULLET = re.compile(r"^[ \t]*(?:[+*»«·°©®•]{1,2}|[eo])[ \t]+(?=[A-ZÆØÅ0-9])", re.MULTILINE)


# A file name's extension, set apart by a space either side of its dot ('Kommune .pdf',
# '2022. pdf'), or by a space where its dot was lost before a bilag's journal number
# ('Kommune pdf (8727/21)'; not in running text: 'sendes som pdf'): Tesseract spaces by
# the gaps it sees, and a dot's are wide.
_EXTENSION = re.compile(
    r"(?<=\w)(?: \.|\. |(?= (?:pdf|docx?|xlsx?|pptx?) \(\d) )"
    r"(?=(?:pdf|docx?|xlsx?|pptx?|txt|msg)\b)",
    re.IGNORECASE,
)


# An apostrophe inside a word (FN's) is read as the typewriter's; Word sets the typographic
# one (FN’s) as it is typed, and the minutes' text has that.
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


# A bilag's number alone on its line ('5 -'), one misread as a letter ('B -', 'S -'), and
# its dash misread as another mark or a letter ('6 =', '3.', '6 z'): the list counts 1, 2,
# 3 …, so the number after the one before is what it says.
_BILAG_NUMBER = re.compile(
    r"^([ \t]*)(?:(\d{1,3})[ \t]*(?:[-–—=~.:](?:[ \t]*[-–—=~])?|[a-zæøå])|(\w{1,3})[ \t]+[-–—=~])[ \t]*$"
)


_ITEM_START = re.compile(r"^[ \t]*(?:Åben|Lukket) [Ss]ag[ \t]*$")


# A speck of dust left on the page is read as a mark standing alone: a dot, a comma, a
# semicolon, a middle dot or a quote with white space before it and white space or the
# line's end after it. Typed text never sets one so; at a line's start one is a speck
# before its first word.
_SPECK = re.compile(
    r"(?<=\S)[ \t]+[.,·;'‘’\"“”](?=[ \t]|$)|^[.,·;'‘’\"“”][ \t]+(?=\S)", re.MULTILINE
)


# In an abbreviation a capital I is read as a small l ('Dl-måling', 'lT'): a word of
# capitals but for its l's is one. Not before a dot ('Kl. 10' is the clock).
_SMALL_L = re.compile(r"\b(?=\w*[A-ZÆØÅ])(?:[A-ZÆØÅ]|l(?![a-zæøå]))+\b(?!\.)")


# A page's number line read with its spaces lost, a digit as a letter or a speck as a mark
# ('Side1laf1', 'Sidelaf2', 'Side 1.af 1'): among a page's first or last lines (its header
# or footer), it is that page's number.
_PAGE_NUMBER = re.compile(r"^[ \t]*Side[ \t]*[0-9lIO|]{0,4}[ \t.,-]*af[ \t]*[0-9lIO|]{1,3}[ \t]*$")


# An initial's dot in a name read as a comma ('Kim T, Jensen').
_INITIAL = re.compile(r"(\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ]),(?= [A-ZÆØÅ][a-zæøå])")


# A day of the month's 1 read as a letter ('d. i. april', 'l1. marts'), its dot as another
# mark ('d. 8: januar').
_DAY = re.compile(rf"(?<![\w.])([0-9iIl|]{{1,2}})[.:,;](?=[ \t]?\n?(?:{MONTH_RE})\b)")


# A month's name after a day's number read with a capital ('12. Juni'): Danish writes months
# in small letters, and the speck or stroke Tesseract took for a capital is no letter. The
# full names only, and not Maj ('… i uge 12. Jan Hansen …', '12. Maj Britt Olsen …' may be a
# sentence's end and a name).
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTH_NAMES_DA if m != "maj")
_MONTH_CAPITAL = re.compile(rf"(?<=\d\. )(?:{_MONTH_NAMES})\b")


# 'tager videre initiativ', the follow-up the parse reads, with a speck over its a ('tåger'):
# before the words that phrase takes, no fog ('tåger') is meant.
_TAGER = re.compile(r"\btåger(?=\s+(?:videre|initiativ|stilling|kontakt|ansvar|hånd\b|fat\b))")


# A dash between words or numbers ('kl. 11.30 – 12.00') is Word's en dash, the Danish
# tankestreg; Tesseract often reads it as the em dash, which Danish text does not use.
_EM_DASH = re.compile(r"(?<= )—(?= )")


def corrected(pages: list[str]) -> list[str]:
    """The pages' text as Tesseract gives it, with what it misreads in minutes put right,
    and without the form feed it ends each page with."""
    fixed = []
    for number, text in enumerate(pages, start=1):
        text = _EMPTY_MARKS.sub("() ()", text.replace("\f", ""))
        text = _APOSTROPHE.sub("\u2019", _BULLET.sub("• ", _SPECK.sub("", text)))
        text = _SMALL_L.sub(lambda word: word[0].replace("l", "I"), text)
        text = _INITIAL.sub(r"\1.", _EXTENSION.sub(".", _EM_DASH.sub("–", text)))
        text = _DAY.sub(lambda day: re.sub("[iIl|]", "1", day[1]) + ".", text)
        text = _TAGER.sub("tager", _MONTH_CAPITAL.sub(lambda month: month[0].lower(), text))
        fixed.append(_page_numbered(text, number, len(pages)))
    return _bilag_numbered(_dashes_as_bullets(fixed))


def _page_numbered(text: str, number: int, pages: int) -> str:
    lines = text.split("\n")
    for k in {*range(min(4, len(lines))), *range(max(0, len(lines) - 4), len(lines))}:
        # one read right stays as it is (a PDF of some pages of a longer document)
        if _PAGE_NUMBER.match(lines[k]) and not is_page_number(lines[k]):
            lines[k] = f"Side {number} af {pages}"
    return "\n".join(lines)


def _dashes_as_bullets(pages: list[str]) -> list[str]:
    """A bullet read as a dash ('- Budgetopfølgning') among bullets read as such: a dash
    opening a line before a capital, where the list line before it (on this page or one
    before) opened with a bullet and the line before it does not end in a colon (there a
    list of dashes may begin)."""
    marker = ""  # the mark of the last line that opened with one
    previous = ""
    out = []
    for text in pages:
        lines = text.split("\n")
        for k, line in enumerate(lines):
            if not line.strip() or _PAGE_NUMBER.match(line):
                continue
            opened = _LIST_LINE.match(line)
            if opened:
                if (
                    opened[1] == "-"
                    and marker == "•"
                    and _starts_upper(line[opened.end() :])
                    and not previous.rstrip().endswith(":")
                ):
                    lines[k] = line[: opened.start(1)] + "•" + line[opened.end(1) :]
                else:
                    marker = opened[1]
            previous = line
        out.append("\n".join(lines))
    return out


_LIST_LINE = re.compile(r"^[ \t]*([•-])[ \t]+")


def _starts_upper(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _bilag_numbered(pages: list[str]) -> list[str]:
    """Bilag numbers misread (as letters, as a word) made the number after the one before,
    counted across pages (a list goes on over a page break)."""
    last: int | None = None  # the bilag number before, once a list has begun
    out = []
    for text in pages:
        lines = text.split("\n")
        for k, line in enumerate(lines):
            if line.strip().startswith("Bilag:"):
                last = 0
                continue
            if _ITEM_START.match(line):  # the next item's text: its list is over
                last = None
                continue
            if last is None:
                continue
            match = _BILAG_NUMBER.match(line)
            if match is not None:
                indent, number, _letters = match.groups()
                last = int(number) if number else last + 1
                lines[k] = f"{indent}{last} -"
            elif _between_entries(lines, k):  # a number read as a word ('PAS', '4 En')
                last += 1
                lines[k] = f"{last} -"
            elif document := _DOCUMENT_ID.match(line):  # a speck beside it read as a mark
                lines[k] = document[1]
            elif _garbled_document_id(lines, k):  # 'BIS TETS': not to open the title
                lines[k] = ""
        out.append("\n".join(lines))
    return out


# A bilag's document number, and a mark after it that is a speck ('2325587 i').
_DOCUMENT_ID = re.compile(r"^[ \t]*(\d{6,8})[ \t]+[^\s\d]{1,2}[ \t]*$")


def _between_entries(lines: list[str], k: int) -> bool:
    """Whether line k is a short line alone between one bilag's entry and the next: after
    one's end ('… (H)', '() ()' or 'Bilag:') and before the next's document number or
    access ('3011528', 'Åben …'). There the list has its number and nothing else."""
    if len(lines[k].strip()) > 6:
        return False
    before = next((line for line in reversed(lines[:k]) if line.strip()), "")
    after = next((line for line in lines[k + 1 :] if line.strip()), "")
    ended = before.rstrip().endswith(")") or before.strip().startswith("Bilag:")
    return ended and bool(_ENTRY_START.match(after))


def _garbled_document_id(lines: list[str], k: int) -> bool:
    """Whether line k stands where a bilag's document number does, between its number
    ('3 -') and its access ('Åben …'), and is no number: a document number misread."""
    text = lines[k].strip()
    if not text or len(text) > 12 or text.isdigit():
        return False
    before = next((line for line in reversed(lines[:k]) if line.strip()), "")
    after = next((line for line in lines[k + 1 :] if line.strip()), "")
    return bool(_NUMBER_LINE.match(before)) and bool(_ACCESS_START.match(after))


_NUMBER_LINE = re.compile(r"^[ \t]*\d{1,3} -[ \t]*$")
_ACCESS_START = re.compile(r"^[ \t]*(?:Åben|Lukket)[ \t]")
_ENTRY_START = re.compile(r"^[ \t]*(?:\d{6,8}\b|(?:Åben|Lukket)[ \t])")
