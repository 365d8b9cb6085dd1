"""The paragraphs and list entries of the minutes' texts, found again for showing them.

The schema's texts are folded to one line (the parser compares, splits and searches them
so), but a reader needs the paragraphs the secretariat wrote and the lists it made: a case
presentation of five paragraphs and a list of points is unreadable as one. The document's
lines say where they were: a line of white space is an empty paragraph (the minutes' own
PDFs hold a space in each), and a line opening with a bullet, or with the white space
where an extractor lost one before a capital, is a list entry.

Each such place is kept as the words either side of it (`Break`), and `laid_out` finds them
again in any text cut from the document, however the parser cut it: a point's part, the
decision, the presentation. What a text holds is not changed, only where its lines break:
a paragraph after an empty line, and a list entry as a line of its own opening with '- '
(the way a secretary types one, so that typed and imported texts are shown alike).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from .lines import Line
from .text import BULLET_START_RE, BULLETS, fold, strip_bullet

if TYPE_CHECKING:  # (records holds Break: no import of it here at run time)
    from .records import Minutes

# The words either side of a break looked for: enough to be found only where it was (a
# short line, as 'Drøftet.', is itself what stands before the next paragraph).
_REACH = 24
# A line whose bullet an extractor lost: white space, then a capital or a quotation mark,
# after a line that ended a sentence (else a line's continuation that happened to start
# with a name: '… velfærdsdirektør' / ' Lene Mehlsen tager videre initiativ').
_LOST_BULLET_RE = re.compile(r"\s+[\"“A-ZÆØÅ]")
# A numbered line after one that ended a sentence: an entry of a numbered list, shown as a
# paragraph of its own with its number ('1. Plan- og udviklingsstrategi').
_NUMBERED_RE = re.compile(r"\s*\d{1,3}[.)]\s+[\"“A-ZÆØÅ]")
_ENDS_SENTENCE = (".", ":", "!", "?")
# A list's glyph inside a line (two points on one): its entry begins there. Not '·', which
# also parts words ('Aarhus · Randers').
_INLINE_BULLET_RE = re.compile(f" [{BULLETS.replace(chr(0xB7), '')}] *(?=\\S)")
ENTRY = "- "  # a list entry's mark in a laid-out text
# A line of a laid-out or typed text that is a list entry: '- ' (also '• ', '* ', '– ', as a
# secretary may type one), its mark and the space after it.
ENTRY_LINE_RE = re.compile(r"^\s*[-•*–]\s+(?=\S)")
_APART = "\x00"  # between texts looked through together

# How a document's lines stand to its paragraphs: 'wrapped' at the page's width (a PDF's
# text, and text extracted from one), or 'paragraphs', each line one (a Word document's
# paragraphs, a web page's blocks).
Layout = Literal["wrapped", "paragraphs"]


def layout_of(kind: str) -> Layout:
    """The layout of a document of this kind (extract.detect_kind's)."""
    return "paragraphs" if kind in ("docx", "doc", "html") else "wrapped"


@dataclass(frozen=True, slots=True)
class Break:
    """A place where a new paragraph (entry: a list entry) begins: the words before and
    after it, as the folded texts have them; bullet: the entry's glyph and the space after
    it, which a text that keeps the line whole (the presentation's) has before after."""

    before: str
    after: str
    entry: bool = False
    bullet: str = ""


def breaks_of(lines: list[Line], layout: Layout = "wrapped") -> tuple[Break, ...]:
    """The paragraph breaks and list entries of a document's lines (clean_lines')."""
    out: list[Break] = []
    every = layout == "paragraphs"
    above = ""  # the last line with text
    empty = False  # an empty paragraph since
    glyph = ""  # a bullet alone on the line before: its entry's text is this line's
    for line in lines:
        if line.blank:
            empty = empty or line.paragraph_break
            continue
        raw = line.raw
        if raw[0].isalpha() and not (empty or glyph or every):  # (most: a sentence going on)
            above = line.text
            continue
        bulleted = BULLET_START_RE.match(raw) is not None
        after = fold(strip_bullet(raw)) if bulleted else line.text
        if not after:  # a bullet alone
            glyph = f"{line.text} "
            continue
        ended = above.endswith(_ENDS_SENTENCE)
        entry = bulleted or bool(glyph) or (ended and _LOST_BULLET_RE.match(raw) is not None)
        if above and (entry or empty or every or (ended and _NUMBERED_RE.match(raw))):
            after = fold(after)
            bullet = glyph or (fold(line.text)[: -len(after)] if bulleted else "")
            out.append(Break(fold(above)[-_REACH:], after[:_REACH], entry, bullet))
        above, empty, glyph = after, False, ""  # (without its bullet, as the texts have it)
    return tuple(dict.fromkeys(out))


def with_texts_laid_out(minutes: Minutes) -> Minutes:
    """The minutes with their items' texts laid_out by their breaks (which that uses up):
    what the import stores."""
    if not minutes.breaks:
        return minutes
    items = []
    for item in minutes.items:
        points = item.points
        texts = [item.presentation, item.recommendation, item.decision_lead]
        texts += [d.text for d in item.decisions]
        texts += [t for p in points for t in (p.presentation, p.decision)]
        shown = iter(all_laid_out(texts, minutes.breaks))
        items.append(
            replace(
                item,
                presentation=next(shown),
                recommendation=next(shown),
                decision_lead=next(shown),
                decisions=tuple(replace(d, text=next(shown)) for d in item.decisions),
                points=tuple(
                    replace(p, presentation=next(shown), decision=next(shown)) for p in points
                ),
            )
        )
    return replace(minutes, items=tuple(items), breaks=())


def all_laid_out(texts: list[str], breaks: tuple[Break, ...]) -> list[str]:
    """Each of texts laid_out. A document's breaks are looked for once in its texts joined
    by a character no break's words hold: each text apart would cost each break a look."""
    if any(_APART in text for text in texts):  # (hardly ever: then each apart)
        return [laid_out(text, breaks) for text in texts]
    return laid_out(_APART.join(texts), breaks).split(_APART)


def laid_out(text: str, breaks: tuple[Break, ...]) -> str:
    """text with its paragraphs apart (an empty line between) and its list entries each
    on a line opening with '- ', where breaks say the document had them; a list's glyph
    inside a line opens an entry too. Folded again, without the entries' marks and the
    glyphs, it is text."""
    cuts: dict[int, tuple[int, bool]] = {}  # where a break is → (where its text goes on, entry)
    for b in breaks:
        for bullet in ("", b.bullet) if b.bullet else ("",):
            key = f"{b.before} {bullet}{b.after}"
            at = text.find(key)
            while at >= 0:
                cut = at + len(b.before)
                cuts[cut] = (cut + 1 + len(bullet), b.entry)
                at = text.find(key, at + 1)
    for m in _INLINE_BULLET_RE.finditer(text):
        cuts.setdefault(m.start(), (m.end(), True))
    if not cuts:
        return text
    out: list[str] = []
    start = 0
    for cut in sorted(cuts):
        on, entry = cuts[cut]
        if cut < start:
            continue
        out += (text[start:cut].rstrip(), "\n\n", ENTRY if entry else "")
        start = on
    out.append(text[start:])
    return "".join(out)


_ENTRY_MARK_RE = re.compile(r"^- ", re.MULTILINE)


def unlaid(text: str) -> str:
    """A laid-out text as one line again, without its entries' marks: two texts that say
    the same, however laid out, are the same."""
    return fold(_ENTRY_MARK_RE.sub("", text)) if "\n" in text else fold(text)


def pieces(text: str) -> list[tuple[bool, list[str]]]:
    """A laid-out or typed text as it is shown: its paragraphs (apart by an empty line), each
    its lines, and its list entries (a line opening with '- '), each one line, without its
    mark: (whether an entry, lines)."""
    out: list[tuple[bool, list[str]]] = []
    for chunk in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").strip()):
        paragraph: list[str] | None = None  # the chunk's paragraph its lines go on
        for line in chunk.split("\n"):
            if not line.strip():
                continue
            if ENTRY_LINE_RE.match(line):
                out.append((True, [ENTRY_LINE_RE.sub("", line).strip()]))
                paragraph = None
            elif paragraph is None:
                paragraph = [line.strip()]
                out.append((False, paragraph))
            else:
                paragraph.append(line.strip())
    return out
