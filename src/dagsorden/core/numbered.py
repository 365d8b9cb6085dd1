"""Other agenda systems' minutes that number their items instead of marking each one's
access ('131. Godkendelse af dagsorden' / 'Sagsnr.: …' / 'Resume' / 'Sagsforløb: ØK/BY'):
where each item's heading is, and the routing under those systems' labels."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .headings import ACCESS_RE, Section, heading, is_record
from .lines import Line
from .routing import is_routing_line

# An item's heading in minutes that number their items: '131. Godkendelse af dagsorden',
# 'Punkt 4: Budget 2021'.
NUMBERED_HEADING_RE = re.compile(
    r"\s*(?:(?:Punkt|Pkt\.?)\s*(?P<p>\d{1,3})[.:]?|(?P<n>\d{1,3})[.:])\s+[A-ZÆØÅ0-9\"'«]"
)
# Other systems' headings that open an item, under its heading (not ones a case's text uses
# inside it too, as 'Baggrund' or 'Økonomi').
_OPENS_ITEM_RE = re.compile(
    r"(?:resum[eé]|beslutningstema|sagsforløb|forventet\s+sagsgang|anledning"
    r"|hvad\s+skal\s+besluttes\??)(?:\s*:.*)?",
    re.IGNORECASE,
)
_TITLE_LINES = 3  # a numbered heading may wrap over three lines


@dataclass
class _Numbered:
    number: int
    start: int  # the heading's first line
    body: int  # the first line under the heading
    strong: bool  # opened by a case's record, an access line or a heading of items only
    listed: bool  # a list's entry: the line above it has the number before
    marked: bool  # its access line follows: an item of the access lines' reading


def numbered_headings(lines: list[Line]) -> list[tuple[int, int]]:
    """(heading's first line, body's first line) of each item with no access line, in
    minutes whose items are numbered. A numbered heading opens an item when what follows it
    opens one: the case's record ('Sagsnr.: …'), 'Resume', 'Sagsfremstilling', …; or a
    decision, when the numbers go on from the item before (a points list's last point
    before the decision is none: the point above has the number before it). Numbers grow:
    a points list's '2.' before 'Sagsfremstilling' in item 5 is no item. Items with an
    access line ('Lukket punkt', in systems that mark only some) count in the numbering."""
    found: list[_Numbered] = []
    previous: tuple[int, int] | None = None  # the last numbered line: (index, number)
    for i, line in enumerate(lines):
        text = line.text
        if not text or not (text[0].isdigit() or text[0] == "P"):
            continue
        m = NUMBERED_HEADING_RE.match(text)
        if m is None:
            continue
        number = int(m["n"] or m["p"])
        listed = (
            previous is not None and previous[1] == number - 1 and _adjacent(lines, previous[0], i)
        )
        previous = (i, number)
        opened = _opens_item(lines, i)
        if opened is not None:
            body, opens = opened
            found.append(_Numbered(number, i, body, opens != "decision", listed, opens == "access"))
    chain: list[_Numbered] = []
    for k, c in enumerate(found):
        if chain:
            if (c.number == chain[-1].number + 1 and not c.listed) or (
                c.strong and c.number > chain[-1].number
            ):
                chain.append(c)
        elif c.strong or (
            not c.listed and k + 1 < len(found) and found[k + 1].number == c.number + 1
        ):
            chain.append(c)
    if not any(c.strong for c in chain) and len(chain) < 2:
        return []
    return [(c.start, c.body) for c in chain if not c.marked]


def _adjacent(lines: list[Line], above: int, below: int) -> bool:
    """Are the lines above and below next to each other, but for empty lines?"""
    return all(line.blank for line in lines[above + 1 : below])


def _opens_item(lines: list[Line], i: int) -> tuple[int, str] | None:
    """Where the item a numbered heading at lines[i] opens has its body, and what opens it:
    'access' (its access line), 'item' (a record, a heading that opens items only) or
    'decision'; None when it opens no item."""
    wrapped = 0
    for j in range(i + 1, min(len(lines), i + 12)):
        line = lines[j]
        if line.blank:
            continue
        text = line.text
        if text[0] in "ÅL" and ACCESS_RE.match(text):
            return j, "access"
        if is_record(text):  # the access line may follow the record
            after = j + 1
            while after < len(lines) and (lines[after].blank or is_record(lines[after].text)):
                after += 1
            marked = after < len(lines) and ACCESS_RE.match(lines[after].text)
            return j, "access" if marked else "item"
        if _OPENS_ITEM_RE.fullmatch(text):
            return j, "item"
        section = heading(line)
        if section is not None:
            if section.kind in ("routing", "presentation"):
                return j, "item"
            return (j, "decision") if section.kind == "decision" else None
        wrapped += 1
        if wrapped == _TITLE_LINES or NUMBERED_HEADING_RE.match(text) or len(text) > 100:
            return None
    return None


# Other systems' label for the bodies a case goes through: 'Sagsforløb: ØK/BY', or
# 'Forventet sagsgang' over them.
_ROUTING_LABEL_RE = re.compile(
    r"(?:sagsforløb|forventet\s+sagsgang|sagsgang)\s*:?\s*(?P<rest>.*)", re.IGNORECASE
)


def labelled_routing(sections: list[Section]) -> None:
    """The routing under another system's label, in the text above an item's first known
    heading (the presentation's lead), when no 'Sagsgang' gives it."""
    if not sections or sections[0].kind != "presentation":
        return
    if any(s.kind == "routing" for s in sections):
        return
    lines = sections[0].lines
    for i, line in enumerate(lines):
        m = _ROUTING_LABEL_RE.fullmatch(line.text) if line.text[:1] in "SsFf" else None
        if m is None:
            continue
        # the codes after the label, or on the next line
        j = i if m["rest"] else next((k for k in range(i + 1, len(lines)) if lines[k].text), None)
        codes = m["rest"] or (lines[j].text if j is not None else "")
        if j is not None and is_routing_line(codes):
            sections.insert(0, Section("routing", [Line(codes)]))
            del lines[i : j + 1]
            return
