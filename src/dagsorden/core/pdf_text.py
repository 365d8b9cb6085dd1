"""A PDF's text, page by page, through pdfium's own functions (pypdfium2.raw).

The text is what pypdfium2's helpers give (`PdfDocument`, `PdfPage.get_textpage()`,
`PdfTextPage.get_text_bounded()` over the page's bounding box), with less work: the helper
asks pdfium for a page's text twice, once with no buffer to learn its length and once to
fill one, and pdfium gathers the text each time; here a buffer is sized from the page's
count of characters and filled at once (a page whose text would not fit is asked again as
the helper asks). With the helper objects' bookkeeping gone too, the extraction takes 3 %
fewer instructions and 4–5 % less time (docs/performance.md). tests/core/test_extract.py
and tests/core/test_layouts.py compare the two on every kind of PDF the tests make.

pdfium is not thread-safe: call this from one thread of a process at a time (the PDF worker
is one).
"""

from __future__ import annotations

import ctypes
from typing import Any

from .language import gettext as _
from .pdf_breaks import with_breaks

_ENCRYPTED = (4, 5)  # pdfium's codes for a password asked, a security scheme unknown
# Room in a page's buffer beyond its count of characters: line breaks pdfium adds, the NUL.
_SLACK = 16


def pdf_pages(data: bytes, max_pages: int, breaks: bool = False) -> list[str]:
    """Each page's text. Raises ValueError with a reason for a PDF that cannot be read, is
    encrypted, or has more than max_pages pages. breaks: an empty paragraph that holds no
    character, shown only by the room it leaves, is written as a line holding one space, as
    one that holds a space comes out (core/pdf_breaks.py)."""
    import pypdfium2.raw as pdfium_c

    document = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if not document:
        code = pdfium_c.FPDF_GetLastError()
        if code in _ENCRYPTED:
            raise ValueError(_("PDF-filen er krypteret"))
        raise ValueError(_unreadable(_load_error(code)))
    try:
        count = pdfium_c.FPDF_GetPageCount(document)
        if count < 1:
            raise ValueError(_unreadable(_("ingen sider")))
        if count > max_pages:
            raise ValueError(
                _("PDF-filen har %(pages)d sider, over grænsen på %(limit)d")
                % {"pages": count, "limit": max_pages}
            )
        return [_page_text(pdfium_c, document, index, breaks) for index in range(count)]
    finally:
        pdfium_c.FPDF_CloseDocument(document)


def _page_text(c: Any, document: Any, index: int, breaks: bool = False) -> str:
    """The text of the page at index; c: pypdfium2.raw, imported only where PDFs are read."""
    page = c.FPDF_LoadPage(document, index)
    if not page:
        raise ValueError(_unreadable(_("side %(page)d kan ikke læses") % {"page": index + 1}))
    try:
        textpage = c.FPDFText_LoadPage(page)
        if not textpage:
            raise ValueError(_unreadable(_("side %(page)d kan ikke læses") % {"page": index + 1}))
        try:
            box = c.FS_RECTF()
            if not c.FPDF_GetPageBoundingBox(page, box):
                raise ValueError(
                    _unreadable(_("side %(page)d kan ikke læses") % {"page": index + 1})
                )
            rect = (box.left, box.top, box.right, box.bottom)
            size = c.FPDFText_CountChars(textpage) + _SLACK
            buffer = (ctypes.c_ushort * size)()
            written = c.FPDFText_GetBoundedText(textpage, *rect, buffer, size)
            if written >= size:  # it may not all have fitted: ask for the length first
                size = c.FPDFText_GetBoundedText(textpage, *rect, None, 0)
                buffer = (ctypes.c_ushort * size)()
                written = c.FPDFText_GetBoundedText(textpage, *rect, buffer, size)
            text = ctypes.string_at(buffer, 2 * max(written, 0)).decode("utf-16-le", "ignore")
            text = text[:-1] if text.endswith("\x00") else text
            return with_breaks(c, textpage, text) if breaks else text
        finally:
            c.FPDFText_ClosePage(textpage)
    finally:
        c.FPDF_ClosePage(page)


def _load_error(code: int) -> str:
    """What pdfium's FPDF_GetLastError code for a document it could not load says."""
    if code == 2:
        return _("filen kan ikke åbnes")
    if code == 3:
        return _("fejl i formatet")
    if code == 6:
        return _("en side eller dens indhold mangler")
    return _("ukendt fejl")


def _unreadable(reason: str) -> str:
    return _("ikke en læsbar PDF-fil (%(error)s)") % {"error": reason}
