"""Word's list numbers and bullets, which python-docx's paragraph text leaves out.

A Word list paragraph holds no '1.' or bullet in its text: Word draws them from the numbering
part (numbering.xml), by the paragraph's (or its style's) numbering id and level. Minutes made
in Word number their points and decisions that way, so the parser would see none of it. Here
each list paragraph gets the label Word would draw: '1.', '2)', 'a.', or the bullet's own
character (U+F0B7 in Word's Symbol font, as pypdfium2 extracts it from a PDF of the same).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BULLET = "\uf0b7"


def _val(element: Any, tag: str) -> str | None:
    found = element.find(_W + tag) if element is not None else None
    return found.get(_W + "val") if found is not None else None


def whole_number(text: str | None, default: int) -> int:
    """The attribute's number, or default where it has none or another word."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa (Word repeats the letter)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def formatted_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)  # decimal, and the rarer formats as their numbers


@functools.cache
def _style_paths() -> tuple[Any, Any]:
    """The XPath of a style by its id, and of the default paragraph styles (compiled once, at
    the first Word document: lxml is loaded with python-docx, only when one is read)."""
    from lxml import etree

    namespaces = {"w": _W[1:-1]}
    by_id = etree.XPath("w:style[@w:styleId=$id]", namespaces=namespaces)
    defaults = etree.XPath(
        'w:style[(not(@w:type) or @w:type="paragraph")'
        ' and (@w:default="1" or @w:default="true" or @w:default="on")]',
        namespaces=namespaces,
    )
    return by_id, defaults


class _ParagraphStyles:
    """A paragraph's style element as python-docx's Paragraph.style finds it (an id of no
    paragraph style is the default style, the last marked so), looked up once an id: that
    property looks through every style for the default at each paragraph, which was most of
    the time a Word document took to read."""

    def __init__(self, document: Any) -> None:
        self._root = document.styles.element
        self._found: dict[str | None, Any] = {}

    def of(self, paragraph: Any) -> Any:
        style_id = _val(paragraph.find(_W + "pPr"), "pStyle")
        if style_id not in self._found:
            self._found[style_id] = self._style(style_id)
        return self._found[style_id]

    def _style(self, style_id: str | None) -> Any:
        if style_id is not None:
            found = _style_paths()[0](self._root, id=style_id)
            if found and found[0].get(_W + "type", "paragraph") == "paragraph":
                return found[0]
        defaults = _style_paths()[1](self._root)
        return defaults[-1] if defaults else None


def _indent(element: Any) -> int | None:
    """The left indent (twips) an element's paragraph properties set, if they set one."""
    props = element.find(_W + "pPr") if element is not None else None
    ind = props.find(_W + "ind") if props is not None else None
    if ind is None:
        return None
    return whole_number(ind.get(_W + "left", ind.get(_W + "start")), 0)


@dataclass
class _Open:
    """A list the paragraphs are in: its numbering, its indent and the depth its level 0 is
    drawn at, and the depth of its last paragraph."""

    num_id: str
    indent: int
    base: int
    last: int


class ListLabels:
    """The label of each list paragraph, in document order (numbering counts as it goes),
    and its depth: its level in its list, under a list of another numbering that it follows
    indented further (Word's 'List Bullet 2' style under 'List Bullet': a list of its own at
    level 0, drawn deeper by its indent only)."""

    def __init__(self, document: Any) -> None:
        # numId → {level: (format, text such as '%1.', start)}
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._indents: dict[tuple[str, int], int] = {}  # (numId, level) → its left indent
        self._open: list[_Open] = []  # the lists the last paragraphs were in, outermost first
        # Lists of one definition count on together, as Word does, unless one restarts
        # ('Start forfra ved 1': a start override): numId → the key of its counters.
        self._counted_as: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._styles = _ParagraphStyles(document)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # a document without lists
        abstract = {a.get(_W + "abstractNumId"): a for a in numbering.findall(_W + "abstractNum")}
        for num in numbering.findall(_W + "num"):
            definition = abstract.get(_val(num, "abstractNumId"))
            if definition is None:
                continue
            levels = {
                whole_number(lvl.get(_W + "ilvl"), 0): (
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "",
                    whole_number(_val(lvl, "start"), 1),
                )
                for lvl in definition.findall(_W + "lvl")
            }
            num_id = num.get(_W + "numId")
            for lvl in definition.findall(_W + "lvl"):
                if (indent := _indent(lvl)) is not None:
                    self._indents[(num_id, whole_number(lvl.get(_W + "ilvl"), 0))] = indent
            self._counted_as[num_id] = "abstract " + (_val(num, "abstractNumId") or "")
            for override in num.findall(_W + "lvlOverride"):
                level = whole_number(override.get(_W + "ilvl"), 0)
                start = _val(override, "startOverride")
                if start is not None and level in levels:
                    fmt, text, _ = levels[level]
                    levels[level] = (fmt, text, whole_number(start, 1))
                    self._counted_as[num_id] = num_id
            self._levels[num_id] = levels

    def label(self, paragraph: Any) -> tuple[str, int] | None:
        """The paragraph's label and its depth, or None for a paragraph in no list."""
        found = self._numbering(paragraph)
        if found is None:
            self._open.clear()  # text between: the lists above are over
            return None
        num_id, level = found
        levels = self._levels.get(num_id)
        if not levels or level not in levels:
            return (_BULLET, level) if levels is None else None
        depth = self._depth(paragraph._p, num_id, level)
        counters = self._counters.setdefault(self._counted_as[num_id], {})
        fmt, text, start = levels[level]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # a new item restarts the levels under it
        if fmt == "none":
            return None
        if fmt == "bullet":
            return (text.strip() or _BULLET, depth)
        label = text
        for k in range(level, -1, -1):  # '%1.%2.': the numbers of this level and those above
            if f"%{k + 1}" in label:
                shown = counters.get(k, levels.get(k, ("decimal", "", 1))[2])
                label = label.replace(
                    f"%{k + 1}", formatted_number(shown, levels.get(k, (fmt,))[0])
                )
        return (label.strip(), depth) if label.strip() else None

    def _depth(self, own: Any, num_id: str, level: int) -> int:
        """The depth a list paragraph is drawn at: its level, under the list before it when
        that is of another numbering and less indented (the paragraph's own indent, else
        its style's, else its list level's)."""
        indent = _indent(own)
        if indent is None:
            indent = _indent(self._styles.of(own))
        if indent is None:
            indent = self._indents.get((num_id, level), 0)
        stack = self._open
        while stack and stack[-1].num_id != num_id and stack[-1].indent >= indent:
            stack.pop()  # out of a list as deep as this one, or deeper
        if stack and stack[-1].num_id == num_id:
            top = stack[-1]
        else:
            top = _Open(num_id, indent, stack[-1].last + 1 if stack else 0, 0)
            stack.append(top)
        top.last = top.base + level
        return top.last

    def _numbering(self, paragraph: Any) -> tuple[str, int] | None:
        """(numId, level) from the paragraph's own properties, else from its style's."""
        own = paragraph._p
        for holder in (own, self._styles.of(own)):
            props = holder.find(_W + "pPr") if holder is not None else None
            num_pr = props.find(_W + "numPr") if props is not None else None
            if num_pr is not None:
                num_id = _val(num_pr, "numId")
                if num_id is None or num_id == "0":
                    return None  # numbering switched off for this paragraph
                return num_id, whole_number(_val(num_pr, "ilvl"), 0)
        return None
