"""A PDF read again for the empty paragraphs its text lost, when a decision needs them.

A decision's paragraphs in point order answer the points (core/points.py), parted by empty
paragraphs. A PDF from Word or LibreOffice leaves those without a character, and its text
shows no break at all: the parts are then guessed where lines end short, or by their words,
and a paragraph of several sentences may be cut in two or run into the next (a decision
whose parts share no word with the points may go whole to the first point). Such a PDF is
read again with the breaks its lines' places show (core/pdf_breaks.py), and that reading
is kept unless it leaves more points unanswered. Only then, and for the import, which shows
the texts' paragraphs (core/paragraphs.py), where the text has no empty paragraph at all:
the lines' places cost a call into pdfium each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .doubts import unanswered
from .errors import ParseError
from .extract import detect_kind, pdf_text_with_breaks
from .parse import parse_text
from .records import Minutes
from .text import fold


def _unanswered(minutes: Minutes) -> int:
    return sum(len(unanswered(item)) for item in minutes.items)


# A line of white space: an empty paragraph, as the minutes' own PDFs hold them.
_EMPTY_PARAGRAPH_RE = re.compile(r"^[ \t]+$", re.MULTILINE)


def with_breaks_shown(
    minutes: Minutes, text: str, data: bytes, source: str | None, layout: bool = False
) -> Minutes:
    """The minutes parsed from data (text: their text), or, for a PDF with a decision divided
    by guessing (no empty line in it), those read again with its empty paragraphs,
    unless they leave more points unanswered. Asked for the texts' paragraphs (layout), a
    PDF whose text shows no empty paragraph at all (saved by Word or LibreOffice) is read
    again for them alone: the first reading's records, the second's paragraph breaks. Raises
    nothing: a second reading that fails leaves the first."""
    # (A decision so parted had no empty line, whatever the rest of the text has: an empty
    # paragraph Word saves with a space in it comes out as one.)
    guessed = any(item.parts_guessed for item in minutes.items)
    for_layout = layout and not _EMPTY_PARAGRAPH_RE.search(text)
    if not (guessed or for_layout) or detect_kind(data) != "pdf":
        return minutes
    try:
        again = pdf_text_with_breaks(data, source)
        if fold(again) != fold(text):  # the text read otherwise (by OCR): not this one's
            return minutes
        second = parse_text(again, source, layout="wrapped" if layout else None)
    except ParseError:
        return minutes
    if guessed and _unanswered(second) <= _unanswered(minutes):
        return second
    return replace(minutes, breaks=second.breaks) if layout else minutes
