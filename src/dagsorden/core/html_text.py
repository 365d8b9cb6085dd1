"""HTML minutes (a portal's page saved, an archive exported as web pages) → the lines a PDF
of the same page would give: each block (paragraph, heading, list item, table row) a line,
a list item with the number or bullet a browser draws for it, a table's cells side by side,
an empty paragraph an empty line; nothing of the head, scripts or styles. Read with lxml's
HTML parser, which takes a broken page as a browser does and fetches nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .docx_lists import formatted_number, whole_number
from .errors import NotMinutes, ParseError
from .language import gettext as _

# The page starts (after a byte-order mark, white space, an XML declaration or comments)
# with its doctype or its html element.
HTML_RE = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
# fmt: off
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
))
# fmt: on
_CELLS = frozenset(("td", "th"))
_SKIPPED = frozenset(("head", "script", "style", "noscript", "template", "iframe", "object"))
_SPACE_RE = re.compile(r"\s+")
_LIST_TYPES = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def html_text(data: bytes, source: str | None = None) -> str:
    """The text of an HTML page, a line a block."""
    import lxml.etree  # imported here: only web pages need it
    import lxml.html

    try:
        parser = lxml.html.HTMLParser(no_network=True)  # one a call: a parser is one thread's
        root = lxml.html.document_fromstring(_decoded(data), parser=parser)
    except lxml.etree.ParserError:  # 'Document is empty': no text, as a scan has none
        return ""
    except Exception as exc:  # lxml raises a few kinds for a page it cannot take
        raise ParseError(
            _("HTML-siden kan ikke læses (%(error)s)") % {"error": type(exc).__name__}, source
        ) from None
    lines = _Lines()
    body = root.find("body")
    lines.walk(body if body is not None else root, pre=False)
    lines.end_line()
    text = "\n".join(lines.done)
    if not text.strip():
        _no_frames(root, source)
    elif _SECTION_WORDS_RE.search(text) is None:
        _no_index(root, source)
    return text


# Words every minutes' text holds, one at least; a page without any is no minutes.
_SECTION_WORDS_RE = re.compile(
    r"beslutning|sagsfremstilling|indstilling|åben sag|lukket sag|afbud|fraværende",
    re.IGNORECASE,
)
# Where a link goes to a document: a PDF, a Word file, a web page of its own.
_DOCUMENT_LINK_RE = re.compile(r"\.(?:pdf|docx?|html?|txt)(?:[?#].*)?$", re.IGNORECASE)


def _no_index(root: Any, source: str | None) -> None:
    """A list of links to minutes (a portal's page of a year's meetings, saved) holds no
    minutes itself: NotMinutes naming the documents it links to, to import instead."""
    linked = []
    for href in root.xpath("//a/@href"):
        href = href.strip()
        if _DOCUMENT_LINK_RE.search(href) and href not in linked:
            linked.append(href)
    if len(linked) >= 2:
        names = ", ".join(linked[:3]) + (", …" if len(linked) > 3 else "")
        raise NotMinutes(
            _(
                "siden er en oversigt med links til %(count)d dokumenter (%(documents)s), "
                "ingen referat: importér dem"
            )
            % {"count": len(linked), "documents": names},
            source,
        )


def _no_frames(root: Any, source: str | None) -> None:
    """A page of frames (an old portal's saved front page) shows other pages and has no
    text of its own: NotMinutes naming the pages to import instead."""
    shown = [src for src in root.xpath("//frame/@src | //iframe/@src") if src.strip()]
    if shown:
        names = ", ".join(src.strip() for src in shown[:3]) + (", …" if len(shown) > 3 else "")
        raise NotMinutes(
            _("siden viser blot andre sider i rammer (%(pages)s): importér dem") % {"pages": names},
            source,
        )


def _decoded(data: bytes) -> str | bytes:
    """The page as text where it is UTF-8 (a page of Danish text that is, is UTF-8 whatever
    it declares, and most pages declare nothing); else its bytes, for lxml to decode as the
    page declares; else Windows-1252, as a browser takes a Danish page (lxml would take
    Latin-1: its dashes and quotation marks would be control characters)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if _CHARSET_RE.search(data[:4096]):
            return data
        text = data.decode("cp1252", errors="replace")
    return _XML_DECLARATION_RE.sub("", text, count=1)  # lxml takes no declaration in a str


_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*>")
_CHARSET_RE = re.compile(rb"charset\s*=|<\?xml[^>]*encoding", re.IGNORECASE)


class _Lines:
    def __init__(self) -> None:
        self.done: list[str] = []
        self.parts: list[str] = []  # the line being made (a list: a long one grows in place)
        self.words = False  # whether it has any yet
        self.indent = ""  # a list item's: a level under is indented, as Word's lists are read
        self.label = ""  # a list item's number or bullet, set before its first words
        self.lists: list[list[Any]] = []  # the lists walked into: [format or None, number]

    def end_line(self) -> None:
        if self.words:
            self.done.append("".join(self.parts).rstrip())
        self.parts, self.words, self.indent = [], False, ""

    def add(self, text: str | None, pre: bool) -> None:
        if not text:
            return
        if pre:  # preformatted: its own line breaks and spaces, as a text file's
            first, *rest = text.split("\n")
            self._put(first, pre)
            for part in rest:
                self.end_line_or_blank()
                self._put(part, pre)
            return
        self._put(_SPACE_RE.sub(" ", text), pre)

    def _put(self, text: str, pre: bool) -> None:
        if not self.words:
            if not text.strip():
                if pre:  # white space opening a line of preformatted text is its own
                    self.parts.append(text)
                return
            if not pre:
                text = text.lstrip()  # white space opening a line would open a point
            self.parts = [self.indent, f"{self.label} " if self.label else "", *self.parts]
            self.words, self.label = True, ""
        self.parts.append(text)

    def end_line_or_blank(self) -> None:
        """A break: the line ends, or an empty line is kept (an empty paragraph's)."""
        if self.words:
            self.end_line()
        else:
            self.done.append(" ")
            self.parts = []

    def walk(self, element: Any, pre: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED or not tag:  # a comment or processing instruction has no text
            self.add(element.tail, pre)
            return
        pre = pre or tag == "pre"
        if tag == "br":
            self.end_line_or_blank()
        elif tag in _BLOCKS:
            self.end_line()
            if tag in ("ol", "ul"):
                fmt = _LIST_TYPES.get(element.get("type", ""), "decimal")
                self.lists.append(
                    [fmt if tag == "ol" else None, whole_number(element.get("start"), 1) - 1]
                )
            elif tag == "li":
                self.indent = "  " * max(len(self.lists) - 1, 0)
                self.label = self._label(element)
        elif tag in _CELLS and self.words:
            self.parts.append(" ")
        self.add(element.text, pre)
        for child in element:
            self.walk(child, pre)
        if tag in _BLOCKS:
            self.end_line()
            self.label = ""
            if tag in ("ol", "ul"):
                self.lists.pop()
        self.add(element.tail, pre)

    def _label(self, item: Any) -> str:
        """The number or bullet a browser draws for a list item."""
        parent = item.getparent()
        if not self.lists or parent is None or parent.tag != "ol":
            return "•"  # in an unordered list, or in none
        current = self.lists[-1]
        current[1] = whole_number(item.get("value"), current[1] + 1)
        return f"{formatted_number(current[1], current[0])}."
