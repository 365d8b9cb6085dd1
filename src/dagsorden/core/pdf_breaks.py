"""Empty paragraphs a PDF shows only by the room they leave.

The minutes' own PDFs hold a space in each empty paragraph, which comes out as a line of one
space: the parser's paragraph break (a decision's paragraphs answer the points in order).
Word's and LibreOffice's exports leave an empty paragraph without a character, and the text
runs on as if there were none. Where the lines stand shows them: an empty paragraph leaves a
gap of about three lines (two line pitches and the paragraph's spacing); a heading's space
before it, or a paragraph's space after, half a line or so.

Asked for only when a decision without an empty line had to be divided among its points by
guessing (core/read_again.py): each line costs a call into pdfium. A gap that a line of
white space (an empty paragraph with a space in it) fills already is left as it is.
"""

from __future__ import annotations

import ctypes
from itertools import pairwise
from typing import Any

# A gap this many times the page's line pitch or more is an empty paragraph (one leaves
# about 3.4: two pitches, and the paragraph's spacing; a heading's space before about 1.7).
_EMPTY_PARAGRAPH = 2.5
_BREAK = " "  # as an empty paragraph holding a space comes out


def with_breaks(c: Any, textpage: Any, text: str) -> str:
    """The page's text with a line holding one space where an empty paragraph left a gap
    between two lines, not next to the page's first or last line (a running header or
    footer stands apart from the text). c: pypdfium2.raw; textpage: the page's text page,
    text: its text (pdfium's lines end in CR LF, one character each)."""
    lines = text.split("\r\n")
    if len(lines) < 4 or len(text) != c.FPDFText_CountChars(textpage):
        return text  # too short to show a gap; or characters not as the text has them
    x, y = ctypes.c_double(), ctypes.c_double()
    places: list[tuple[int, float]] = []  # (line, where its first character stands)
    at = 0
    for i, line in enumerate(lines):
        if line.strip() and c.FPDFText_GetCharOrigin(
            textpage, at, ctypes.byref(x), ctypes.byref(y)
        ):
            places.append((i, y.value))
        at += len(line) + 2
    gaps = [above - below for (_, above), (_, below) in pairwise(places)]
    pitches = sorted(gap for gap in gaps if gap >= 1)
    if len(pitches) < 3:
        return text
    pitch = pitches[len(pitches) // 4]  # most gaps are lines wrapped: the lower quartile
    after = {
        places[k][0]
        for k in range(1, len(gaps) - 1)  # not after the first line, nor before the last
        if gaps[k] >= _EMPTY_PARAGRAPH * pitch
        and places[k + 1][0] == places[k][0] + 1  # a line of white space there says it
    }
    if not after:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i in after:
            out.append(_BREAK)
    return "\r\n".join(out)
