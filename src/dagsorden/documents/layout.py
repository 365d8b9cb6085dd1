"""Minutes → a flat list of blocks in the house order, shared by the PDF and DOCX renderers.

The order is the one the parser reads (core/segment.py, core/sections.py): heading, 'Åben
Sag'/'Lukket Sag', 'Sagsgang', 'Sagsfremstilling' with its points, 'Indstilling', 'Beslutning
i <body> den DD-MM-YYYY', 'Afbud:'/'Fraværende:', 'Bilag:'. So a rendered document parses back to the
same structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from dagsorden.core.paragraphs import pieces
from dagsorden.core.records import Absence, Item, Minutes, Point

_MARKER_END_RE = re.compile(r"\s*(\d+\.|[\u2022\uf0b7-])\s*$")

# 'more': a point's text's next paragraph, under it; 'entry': an entry of a point's own list
BlockKind = Literal["title", "access", "label", "para", "point", "more", "entry", "line", "gap"]


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str = ""
    marker: str = ""  # a point's '1.' or '•'


def header(minutes: Minutes) -> str:
    return f"{minutes.body} {minutes.date:%d-%m-%Y}"


def layout(minutes: Minutes, decisions: bool = True) -> list[Block]:
    """The blocks of the document; decisions=False gives the agenda (no decisions, no
    attendance)."""
    out: list[Block] = []
    for n, item in enumerate(minutes.items):
        if n:
            out.append(Block("gap"))
        number = f"{item.number}. " if item.number else ""
        out.append(Block("title", _flow(number + item.title)))
        out.append(Block("access", "Åben Sag" if item.access == "open" else "Lukket Sag"))
        if item.routing:
            out += [Block("label", "Sagsgang"), Block("para", ", ".join(item.routing))]
        if item.presentation or item.points:
            out.append(Block("label", "Sagsfremstilling"))
            out += _paragraphs(_introduction(item))
            for p in item.points:
                out += _point(p, p.presentation or p.title)
        if item.recommendation:
            out += [Block("label", "Indstilling"), *_paragraphs(item.recommendation)]
        if decisions:
            out += _decisions(minutes, item)
            if n == 0:
                out += _absences(minutes.absent)
            listed = {a.name for a in minutes.absent}  # the meeting's, under its first item
            out += _absences(tuple(a for a in item.absent if a.name not in listed))
        if item.attachments:
            out.append(Block("label", "Bilag:"))
            for a in item.attachments:
                out.append(Block("line", f"{a.number} - "))
                if a.document_id:
                    out.append(Block("line", a.document_id))
                access = "Åben" if a.access == "open" else "Lukket"
                # '(journal) (H)', or '()' for each that is missing, as the system writes it.
                journal, main = a.journal_number or "", "H" if a.main_document else ""
                out.append(Block("line", _flow(f"{access} {a.title} ({journal}) ({main})")))
    return out


def _introduction(item: Item) -> str:
    """The presentation above its list of points, its paragraphs kept. Imported minutes keep
    the points' text in the presentation too (as the source had it); the list is laid out
    from the points."""
    text = item.presentation
    for p in item.points[:1]:
        first = (p.presentation or p.title).split()[:12]
        found = re.search(r"\s+".join(map(re.escape, first)), text) if first else None
        if found:
            return _MARKER_END_RE.sub("", text[: found.start()]).rstrip()
    return text


def _decisions(minutes: Minutes, item: Item) -> list[Block]:
    out: list[Block] = []
    points_decided = [p for p in item.points if p.decision]
    for d in item.decisions or ():
        when = d.date or minutes.date
        out.append(Block("label", f"Beslutning i {d.body} den {when:%d-%m-%Y}"))
        if points_decided and d is item.own_decision:
            out += _paragraphs(item.decision_lead)  # what it says of no point, first
            for p in points_decided:
                out += _point(p, p.decision)
        else:
            out += _paragraphs(d.text)
    return out


def _absences(absent: tuple[Absence, ...]) -> list[Block]:
    out: list[Block] = []
    for kind, label in (
        ("afbud", "Afbud:"),
        ("fraværende", "Fraværende:"),
        ("inhabil", "Inhabil:"),
    ):
        people = [a for a in absent if a.kind == kind]
        if people:
            out.append(Block("label", label))
            for a in people:
                text = " ".join(x for x in (a.title, a.name) if x)
                out.append(Block("line", text + (f" ({a.note})" if a.note else "")))
    return out


# A dash or '2)' / '14.' that a line break puts first on a line reads as a new list entry;
# a no-break space ties it to the word before.
_LIST_LOOKALIKE_RE = re.compile(r" (?=[\u2013\u2014-] |\d{1,2}[.)] )")


def _flow(text: str) -> str:
    return _LIST_LOOKALIKE_RE.sub("\u00a0", " ".join(text.split()))


def _point(point: Point, text: str) -> list[Block]:
    """The point's text by its marker, its next paragraphs and its own list's entries under
    it (as the parser reads a point's own list back: its entries' dashes under the point)."""
    marker = f"{point.number}." if point.number else "\u2022"
    first, *rest = _paragraphs(text) or [Block("para", "")]
    out = [Block("point", first.text, marker)]
    for b in rest:
        out.append(Block("more", b.text) if b.kind == "para" else b)
    return out


def _paragraphs(text: str) -> list[Block]:
    """The text's paragraphs and list entries (core/paragraphs.py), a block each."""
    return [
        Block("entry", _flow(lines[0]), "\u2013")
        if entry
        else Block("para", _flow(" ".join(lines)))
        for entry, lines in pieces(text)
    ]
