"""Blocks → DOCX with python-docx: the agenda for secretariats that edit in Word."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.shared import Cm, Pt

from dagsorden.core.records import Minutes

from .layout import header, layout


def agenda_docx(minutes: Minutes, *, decisions: bool = False, title: str = "") -> bytes:
    """The agenda (or, with decisions=True, the minutes) as a Word document."""
    document = Document()
    document.core_properties.title = title or header(minutes)
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.left_margin = section.right_margin = Cm(2.3)
    section.header.paragraphs[0].text = header(minutes)
    for b in layout(minutes, decisions):
        if b.kind == "title":
            document.add_heading(b.text, level=1)
        elif b.kind == "access":
            document.add_paragraph().add_run(b.text).italic = True
        elif b.kind == "label":
            document.add_paragraph().add_run(b.text).bold = True
        elif b.kind == "point":
            style_name = "List Number" if b.marker[:1].isdigit() else "List Bullet"
            document.add_paragraph(b.text, style=style_name)
        elif b.kind == "more":  # a point's next paragraph, under its text
            document.add_paragraph(b.text, style="List Continue")
        elif b.kind == "entry":  # an entry of a point's own list, or of a text's
            document.add_paragraph(b.text, style="List Bullet 2")
        elif b.kind == "gap":
            document.add_page_break()
        else:
            document.add_paragraph(b.text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
