"""Documents by content: PDF (through the worker), DOCX, text encodings, and bad input."""

from __future__ import annotations

import copy
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx
import docx.document
import docx.text.paragraph
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from dagsorden.core import ParseError, libreoffice, parse_bytes, parse_file, parse_text, to_dict
from dagsorden.core.docx_lists import formatted_number
from dagsorden.core.errors import NotMinutes
from dagsorden.core.extract import MAX_DOCUMENT_BYTES, docx_text, extract_text, join_pages

from ..pdfmaker import text_to_pdf
from ..required import require
from .test_golden import DOCS, comparable

SEEDS = [p for p in DOCS if p.suffix == ".txt"]
OLE = libreoffice.OLE_SIGNATURE


def header_of(text: str) -> str | None:
    first = text.strip().splitlines()[0].strip()
    return first if first[-4:].isdigit() else None


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_pdf_of_seed_parses_like_the_text(path: Path) -> None:
    text = path.read_text()
    pdf = text_to_pdf(text, header=header_of(text))
    got = to_dict(parse_bytes(pdf, path.with_suffix(".pdf").name))
    expected = json.loads(path.with_suffix(".expected.json").read_text())
    assert comparable(got) == comparable(expected)


def test_running_headers_and_page_numbers_are_dropped() -> None:
    pages = [
        "Direktionen 20-01-2021\nFørste side\nmere\nSide 1 af 3",
        "Direktionen 20-01-2021\nAnden side\nSide 2 af 3",
        "Direktionen 20-01-2021\nTredje side\n3",
    ]
    assert join_pages(pages).split("\n") == [
        "Direktionen 20-01-2021",
        "Første side",
        "mere",
        "Anden side",
        "Tredje side",
    ]


def test_a_header_with_the_pages_own_number_is_dropped() -> None:
    texts = ["Første tekst\nog mere", "Anden tekst 2\nog endnu mere", "Tredje tekst\nslut"]
    pages = [f"Direktionen – side {n}\n{text}" for n, text in enumerate(texts, 1)]
    assert join_pages(pages).split("\n") == [
        "Direktionen – side 1",  # the first page's heading names the meeting
        "Første tekst",
        "og mere",
        "Anden tekst 2",  # its number is the page's, but it stands on one page only
        "og endnu mere",
        "Tredje tekst",
        "slut",
    ]


def test_what_ends_or_starts_pages_in_every_item_is_content() -> None:
    """Document ids, attachment numbers and section headings recur at page edges in minutes
    of several items; only page numbers and lines with the same or the page's own number on
    most pages are running headers and footers."""
    pages = [
        "Direktionen 04-11-2026\n1. Første sag\nÅben Sag\nBilag:\n1 - \n2877156\nSide 1 af 3",
        "Direktionen 04-11-2026\nBeslutning i Direktionen den 04-11-2026\nGodkendt.\n"
        "2 - \n1406151\nSide 2 af 3",
        "Direktionen 04-11-2026\nBeslutning i Direktionen den 04-11-2026\nDrøftet.\n"
        "3 - \nSide 3 af 3",
    ]
    assert join_pages(pages).split("\n") == [
        "Direktionen 04-11-2026",
        "1. Første sag",
        "Åben Sag",
        "Bilag:",
        "1 - ",
        "2877156",
        "Beslutning i Direktionen den 04-11-2026",
        "Godkendt.",
        "2 - ",
        "1406151",
        "Beslutning i Direktionen den 04-11-2026",
        "Drøftet.",
        "3 - ",
    ]


def docx_bytes(paragraphs: list[tuple[str, str | None]]) -> bytes:
    d = docx.Document()
    for text, style in paragraphs:
        d.add_paragraph(text, style=style)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


Styled = list[tuple[str, str | None]]  # paragraphs and their Word styles (None: Normal)


def docx_minutes(presentation: Styled, decision: Styled) -> bytes:
    """A Word document in the seeds' form: one open item of the Direktion on 01-03-2023,
    its presentation and decision these paragraphs."""
    return docx_bytes(
        [
            ("Direktionen 01-03-2023", None),
            ("Punkter til behandling", None),
            ("Åben Sag", None),
            ("Sagsgang", None),
            ("DIR", None),
            ("Sagsfremstilling", None),
            *presentation,
            ("Indstilling", None),
            ("Kommunaldirektøren indstiller, at punkterne behandles.", None),
            ("Beslutning i Direktionen den 01-03-2023", None),
            *decision,
        ]
    )


def test_docx_with_bulleted_points() -> None:
    data = docx_minutes(
        [
            ("Direktionen har følgende punkter til behandling:", None),
            ("Budgetopfølgning. Drøftelse af status.", "List Bullet"),
            ("Årshjul for 2023.", "List Bullet"),
        ],
        [("Taget til efterretning.", "List Bullet"), ("Godkendt.", "List Bullet")],
    )
    minutes = parse_bytes(data, "referat.docx")
    (item,) = minutes.items
    assert [(p.title, p.decision) for p in item.points] == [
        ("Budgetopfølgning.", "Taget til efterretning."),
        ("Årshjul for 2023.", "Godkendt."),
    ]


def test_docx_list_bullet_2_under_list_bullet_is_a_points_own_list() -> None:
    """Word's 'List Bullet 2' style is a list of its own at level 0, drawn deeper by its
    indent only: under a 'List Bullet' paragraph it is that point's own list, not more
    points; after text (no list above it), a list as any other."""
    data = docx_minutes(
        [
            ("Direktionen har følgende punkter til behandling:", None),
            ("Budgetopfølgning.", "List Bullet 2"),
            ("Årshjul for 2023.", "List Bullet 2"),
        ],
        [
            ("Drøftet. Følgende blev aftalt:", "List Bullet"),
            ("Økonomichefen udarbejder et notat", "List Bullet 2"),
            ("HR følger op", "List Bullet 2"),
            ("Godkendt.", "List Bullet"),
        ],
    )
    lines = extract_text(data).splitlines()
    assert lines[7:9] == ["\uf0b7 Budgetopfølgning.", "\uf0b7 Årshjul for 2023."]
    assert lines[-4:] == [
        "\uf0b7 Drøftet. Følgende blev aftalt:",
        "  \uf0b7 Økonomichefen udarbejder et notat",
        "  \uf0b7 HR følger op",
        "\uf0b7 Godkendt.",
    ]
    (item,) = parse_bytes(data, "referat.docx").items
    assert [(p.title, p.decision) for p in item.points] == [
        (
            "Budgetopfølgning.",
            "Drøftet. Følgende blev aftalt: Økonomichefen udarbejder et notat HR følger op",
        ),
        ("Årshjul for 2023.", "Godkendt."),
    ]


def test_docx_paragraph_style_named_by_an_unknown_id_is_the_default() -> None:
    """A paragraph's style id that names no paragraph style (a character style's, or none
    at all) is the document's default paragraph style, as python-docx and Word take it: here
    one that numbers its paragraphs, so the paragraph gets a number."""
    d = docx.Document()
    normal = d.styles["Normal"].element
    numbered = d.add_paragraph("x", style="List Number")
    num_pr = numbered.style.element.pPr.numPr
    normal.get_or_add_pPr().append(copy.deepcopy(num_pr))
    for style_id in ("FindesIkke", "DefaultParagraphFont"):  # no style, a character style
        p = d.add_paragraph(f"Med {style_id}.")
        p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style_id}"/>'))
    buf = io.BytesIO()
    d.save(buf)
    lines = extract_text(buf.getvalue(), "stil.docx").split("\n")
    assert lines == ["1. x", "2. Med FindesIkke.", "3. Med DefaultParagraphFont."]


def test_docx_text_in_tracked_changes_content_controls_and_links() -> None:
    """Word shows text inside a tracked insertion, a content control (templates wrap fields
    and whole sections in them), a link and a field; python-docx's paragraph text has none
    of them. A tracked deletion is not shown."""
    w = nsdecls("w")
    d = docx.Document()
    body = d.element.body
    sect = body[-1]  # the section properties stay last

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    def para(text: str) -> str:
        return f"<w:p {w}><w:r><w:t>{text}</w:t></w:r></w:p>"

    # the header and the item's heading in a block content control, as a template has them
    add(
        f"<w:sdt {w}><w:sdtPr/><w:sdtContent>{para('Direktionen 01-03-2023')}"
        f"{para('Punkter til behandling')}</w:sdtContent></w:sdt>"
    )
    for text in ["Åben Sag", "Sagsgang", "DIR", "Sagsfremstilling"]:
        add(para(text))
    add(
        f'<w:p {w}><w:r><w:t xml:space="preserve">Budgettet </w:t></w:r>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">for 2024 </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>SLETTET </w:delText></w:r></w:del>'
        '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve">drøftes </w:t></w:r></w:sdtContent>'
        '</w:sdt><w:hyperlink><w:r><w:t xml:space="preserve">med KL</w:t></w:r></w:hyperlink>'
        '<w:fldSimple w:instr="DATE"><w:r><w:t>.</w:t></w:r></w:fldSimple>'
        # content given two ways: read once
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="w14"><w:r><w:t xml:space="preserve"> Status.</w:t></w:r></mc:Choice>'
        '<mc:Fallback><w:r><w:t xml:space="preserve"> Status.</w:t></w:r></mc:Fallback>'
        "</mc:AlternateContent></w:p>"
    )
    for text in ["Indstilling", "Kommunaldirektøren indstiller, at punktet behandles."]:
        add(para(text))
    add(para("Beslutning i Direktionen den 01-03-2023"))
    add(f"<w:sdt {w}><w:sdtContent>{para('Godkendt.')}</w:sdtContent></w:sdt>")
    buf = io.BytesIO()
    d.save(buf)
    minutes = parse_bytes(buf.getvalue(), "skabelon.docx")
    assert (minutes.body, str(minutes.date)) == ("Direktionen", "2023-03-01")
    (item,) = minutes.items
    assert item.title == "Punkter til behandling"
    assert item.presentation == "Budgettet for 2024 drøftes med KL. Status."
    assert [d.text for d in item.decisions] == ["Godkendt."]


def test_docx_text_boxes_are_read_once_after_their_paragraph() -> None:
    """A front page's meeting and date in a text box (Word writes it twice: as DrawingML and,
    for old readers, as VML in 'mc:Fallback'), a box inside a table-less paragraph with text
    of its own, and a box in a box: each read once, where it is anchored."""
    w = nsdecls("w")
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    d = docx.Document()
    sect = d.element.body[-1]

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    def para(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    def box(content: str) -> str:
        # what a drawing's text box comes down to (the shape's own elements left out)
        return f"<w:drawing><w:txbxContent>{content}</w:txbxContent></w:drawing>"

    front = para("Direktionen 01-03-2023") + para("Referat")
    add(
        f"<w:p {w} {mc}><w:r><w:t>Norddjurs Kommune</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps">{box(front)}</mc:Choice>'
        f"<mc:Fallback><w:pict>{box(front)}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    for text in ["Punkter til behandling", "Åben Sag", "Sagsgang", "DIR", "Sagsfremstilling"]:
        add(f"<w:p {w}><w:r><w:t>{text}</w:t></w:r></w:p>")
    inner = para("Status på anlæg.")
    add(
        f"<w:p {w}><w:r><w:t>Budgettet drøftes.</w:t></w:r>"
        f"<w:r>{box(para('Tidsplanen følges.') + f'<w:p><w:r>{box(inner)}</w:r></w:p>')}</w:r>"
        "</w:p>"
    )
    for text in [
        "Indstilling",
        "Kommunaldirektøren indstiller, at punktet behandles.",
        "Beslutning i Direktionen den 01-03-2023",
        "Godkendt.",
    ]:
        add(f"<w:p {w}><w:r><w:t>{text}</w:t></w:r></w:p>")
    buf = io.BytesIO()
    d.save(buf)
    lines = extract_text(buf.getvalue(), "forside.docx").split("\n")
    assert lines[:5] == [
        "Norddjurs Kommune",
        "Direktionen 01-03-2023",
        "Referat",
        "Punkter til behandling",
        "Åben Sag",
    ]
    at = lines.index("Budgettet drøftes.")
    assert lines[at : at + 4] == [
        "Budgettet drøftes.",
        "Tidsplanen følges.",
        " ",
        "Status på anlæg.",
    ]
    assert lines.count("Direktionen 01-03-2023") == lines.count("Status på anlæg.") == 1
    minutes = parse_bytes(buf.getvalue(), "forside.docx")
    assert (minutes.body, str(minutes.date)) == ("Direktionen", "2023-03-01")
    (item,) = minutes.items
    assert item.title == "Punkter til behandling"
    assert item.presentation == "Budgettet drøftes. Tidsplanen følges. Status på anlæg."


def _notes_part(d: docx.document.Document, kind: str, notes: dict[int, str]) -> None:
    """Give the document a footnotes or endnotes part as Word writes it: the separators
    first (ids -1 and 0, with a type), then each note's paragraph after its mark and a tab."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:{kind} w:id="{n}"><w:p><w:r><w:{kind}Ref/></w:r>'
        f"<w:r><w:tab/><w:t>{text}</w:t></w:r></w:p></w:{kind}>"
        for n, text in notes.items()
    )
    xml = (
        f'<w:{kind}s {nsdecls("w")}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r>'
        f'<w:separator/></w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0">'
        f"<w:p><w:r><w:t>(fortsat)</w:t></w:r></w:p></w:{kind}>{body}</w:{kind}s>"
    )
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def test_docx_footnotes_after_their_paragraph_and_endnotes_at_the_end() -> None:
    """A footnote's words belong where it is cited (a PDF has them at the foot of the page,
    which may be another point's); endnotes come at the end, as printed. A note cited twice
    is read once, one in a tracked deletion not at all, the separators never."""
    w = nsdecls("w")
    d = docx.Document()
    sect = d.element.body[-1]
    _notes_part(d, "footnote", {1: "Jf. ØK's beslutning d. 6. maj.", 2: "Slettet note."})
    _notes_part(d, "endnote", {1: "Referent: Lene Helbo Bachmann."})

    def add(text: str, cites: str = "") -> None:
        sect.addprevious(parse_xml(f"<w:p {w}><w:r><w:t>{text}</w:t></w:r>{cites}</w:p>"))

    def cite(kind: str, n: int) -> str:
        return f'<w:r><w:{kind}Reference w:id="{n}"/></w:r>'

    for text in ["Direktionen 01-03-2023", "Punkter til behandling", "Åben Sag", "Sagsgang"]:
        add(text)
    add("DIR")
    add("Sagsfremstilling")
    add("Direktionen har følgende punkter til behandling:")
    add("1. Budget 2024. Status på budgettet.", cite("footnote", 1))
    add("2. Årshjul 2023. Drøftelse.", f"<w:del>{cite('footnote', 2)}</w:del>")
    add("Indstilling")
    add("Kommunaldirektøren indstiller, at punkterne behandles.")
    add("Beslutning i Direktionen den 01-03-2023")
    add("1. Godkendt.", cite("footnote", 1) + cite("endnote", 1))
    add("2. Drøftet.")
    buf = io.BytesIO()
    d.save(buf)
    lines = extract_text(buf.getvalue(), "noter.docx").split("\n")
    at = lines.index("1. Budget 2024. Status på budgettet.")
    assert lines[at + 1] == "Jf. ØK's beslutning d. 6. maj."
    assert lines[-1] == "Referent: Lene Helbo Bachmann."
    text = "\n".join(lines)
    assert "Slettet" not in text and "(fortsat)" not in text
    assert text.count("6. maj") == 1
    minutes = parse_bytes(buf.getvalue(), "noter.docx")
    (item,) = minutes.items
    budget, plan = item.points
    assert budget.presentation.endswith("Status på budgettet. Jf. ØK's beslutning d. 6. maj.")
    assert plan.presentation == "Årshjul 2023. Drøftelse."
    assert "Lene Helbo Bachmann" in plan.decision
    assert str(minutes.dates[0]) == "2023-05-06"
    # a document without notes reads as before
    assert extract_text(docx_bytes([("Referat", None)]), "uden.docx") == "Referat"


@pytest.mark.parametrize("first_page_own", [False, True])
def test_docx_meeting_in_the_page_header(first_page_own: bool) -> None:
    """A template sets the meeting and its date in the page header, with the page's number:
    the first page's header is read first, as a PDF of the document has it. An agenda has no
    decision to tell the meeting by, so without it there would be no date."""
    d = docx.Document()
    section = d.sections[0]
    if first_page_own:  # 'Anden første side': the first page's header of its own
        section.different_first_page_header_footer = True
        section.header.paragraphs[0].text = "Side 2"
        header = section.first_page_header
    else:
        header = section.header
    header.paragraphs[0].text = "Direktionen 01-03-2023"
    header.add_paragraph("Side 1 af 2")
    for text in [
        "Punkter til behandling",
        "Åben Sag",
        "Sagsgang",
        "DIR",
        "Sagsfremstilling",
        "Budgettet drøftes.",
        "Indstilling",
        "Kommunaldirektøren indstiller, at punktet behandles.",
    ]:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    minutes = parse_bytes(buf.getvalue(), "dagsorden.docx")
    assert (minutes.body, str(minutes.date)) == ("Direktionen", "2023-03-01")
    (item,) = minutes.items
    assert item.title == "Punkter til behandling"  # not 'Side 1 af 2 Punkter til behandling'
    # a document without a header reads as before
    assert "Side" not in extract_text(docx_bytes([("Referat", None)]), "uden.docx")


def _restarted_numbering(d: docx.document.Document, style: str) -> str:
    """A new numbering of the style's list that starts again at 1, as Word's 'Start forfra
    ved 1' makes: its numId."""
    numbering = d.part.numbering_part.element
    style_num = d.styles[style].element.pPr.numPr.numId.val
    (num,) = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(style_num)]
    abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return new_id


def _numbered(paragraph: docx.text.paragraph.Paragraph, num_id: str, level: int = 0) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"
        )
    )


def test_docx_with_words_own_numbering_and_a_table() -> None:
    """Word draws a list's numbers itself; python-docx's text has none. The points and the
    decision's parts are numbered by Word, the decision's list started again at 1, a level
    under inside a point; the attachments in a table, where they stand in the body."""
    d = docx.Document()
    for text in [
        "Direktionen 01-03-2023",
        "Punkter til behandling",
        "Åben Sag",
        "Sagsgang",
        "DIR",
        "Sagsfremstilling",
        "Direktionen har følgende punkter til behandling:",
    ]:
        d.add_paragraph(text)
    d.add_paragraph("Budgetopfølgning. Drøftelse af status.", style="List Number")
    sub = d.add_paragraph("Status på anlæg.")
    _numbered(sub, str(d.styles["List Number"].element.pPr.numPr.numId.val), level=1)
    d.add_paragraph("Årshjul for 2023.", style="List Number")
    for text in [
        "Indstilling",
        "Kommunaldirektøren indstiller, at punkterne behandles.",
        "Beslutning i Direktionen den 01-03-2023",
    ]:
        d.add_paragraph(text)
    restarted = _restarted_numbering(d, "List Number")
    for text in ["Taget til efterretning.", "Godkendt."]:
        _numbered(d.add_paragraph(text), restarted)
    d.add_paragraph("Bilag:")
    table = d.add_table(rows=1, cols=3)
    entry = ["1 -", "3011525", "Åben Årshjul 2023 (8725/23) (H)"]
    for cell, text in zip(table.rows[0].cells, entry, strict=True):
        cell.text = text
    d.add_paragraph("Afbud:")
    d.add_paragraph("Velfærdsdirektør Lene Mehlsen")
    buf = io.BytesIO()
    d.save(buf)

    text = extract_text(buf.getvalue(), "referat.docx")
    assert "1. Budgetopfølgning." in text and "2. Årshjul for 2023." in text
    assert "1. Taget til efterretning." in text and "2. Godkendt." in text
    minutes = parse_bytes(buf.getvalue(), "referat.docx")
    (item,) = minutes.items
    assert [(p.number, p.title, p.decision) for p in item.points] == [
        (1, "Budgetopfølgning.", "Taget til efterretning."),
        (2, "Årshjul for 2023.", "Godkendt."),
    ]
    assert "Status på anlæg." in item.points[0].presentation
    assert [(a.number, a.document_id, a.title) for a in item.attachments] == [
        (1, "3011525", "Årshjul 2023")
    ]
    assert [a.name for a in minutes.absent] == ["Lene Mehlsen"]


def test_docx_laid_out_in_a_table_keeps_its_numbers_and_inner_tables() -> None:
    """A template that lays the whole item out in a one-cell table: the points Word numbers
    inside it keep their numbers, the bilag in a table inside the cell are read, and a row
    wrapped in a content control too."""
    d = docx.Document()
    d.add_paragraph("Direktionen 01-03-2023")
    layout = d.add_table(rows=1, cols=1)
    cell = layout.rows[0].cells[0]
    cell.paragraphs[0].text = "Punkter til behandling"
    for text in ["Åben Sag", "Sagsgang", "DIR", "Sagsfremstilling"]:
        cell.add_paragraph(text)
    cell.add_paragraph("Direktionen har følgende punkter til behandling:")
    cell.add_paragraph("Budgetopfølgning. Drøftelse af status.", style="List Number")
    cell.add_paragraph("Årshjul for 2023.", style="List Number")
    for text in [
        "Indstilling",
        "Kommunaldirektøren indstiller, at punkterne behandles.",
        "Beslutning i Direktionen den 01-03-2023",
    ]:
        cell.add_paragraph(text)
    restarted = _restarted_numbering(d, "List Number")
    for text in ["Taget til efterretning.", "Godkendt."]:
        _numbered(cell.add_paragraph(text), restarted)
    cell.add_paragraph("Bilag:")
    bilag = cell.add_table(rows=2, cols=3)
    entries = [
        ["1 -", "3011525", "Åben Årshjul 2023 (8725/23) (H)"],
        ["2 -", "3011527", "Åben Budgetnotat (8727/23) (H)"],
    ]
    for row, entry in zip(bilag.rows, entries, strict=True):
        for c, text in zip(row.cells, entry, strict=True):
            c.text = text
    second = bilag.rows[1]._tr  # the second row inside a content control
    control = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtContent/></w:sdt>")
    second.addprevious(control)
    control[0].append(second)
    cell.add_paragraph("")  # Word ends a cell with a paragraph after a table
    buf = io.BytesIO()
    d.save(buf)
    minutes = parse_bytes(buf.getvalue(), "tabel.docx")
    (item,) = minutes.items
    assert item.title == "Punkter til behandling"
    assert [(p.number, p.title, p.decision) for p in item.points] == [
        (1, "Budgetopfølgning.", "Taget til efterretning."),
        (2, "Årshjul for 2023.", "Godkendt."),
    ]
    assert [(a.number, a.document_id, a.title) for a in item.attachments] == [
        (1, "3011525", "Årshjul 2023"),
        (2, "3011527", "Budgetnotat"),
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_text_encodings(encoding: str) -> None:
    text = (DOCS[0]).read_text()
    if encoding in ("cp1252", "latin-1"):
        text = text.replace("’", "'").replace("–", "-").replace("\uf0b7", " ")  # not in Latin-1
    minutes = parse_bytes(text.encode(encoding), "x.txt")
    assert minutes.items[0].points[0].title == "Direktionens årsplan (bilag vedlagt)."


def _zipped(files: dict[str, bytes]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


BAD = [
    # (what, bytes, a word the message must hold)
    ("empty", b"", "tom"),
    ("binary", bytes(range(256)) * 4, "binært"),
    ("PDF header only", b"%PDF-1.7\n", "PDF"),
    ("zip, not Word", b"PK\x03\x04" + b"\x00" * 100, "Word"),
    ("an archive", _zipped({"2022/referat.pdf": b"%PDF-1.7"}), "pak det ud"),
    # Office 97–2003 compound files: a password-protected DOCX is one, and so is a spreadsheet
    ("password", OLE + bytes(200) + "EncryptedPackage".encode("utf-16-le"), "adgangskode"),
    ("Excel 97–2003", OLE + bytes(200) + "Workbook".encode("utf-16-le"), "ikke et Word"),
    ("web page without a body", b"<!DOCTYPE html>", "ingen tekst"),
    ("web page of markup alone", b"<html><head><title>Referat</title></head></html>", "tekst"),
    ("text without items", b"Hej med dig\nDette er ikke et referat.", "dagsordenspunkt"),
    (
        "items but no body",
        "Punkter\n Åben Sag \nSagsgang\nDIR, ØK\nSagsfremstilling\nTekst".encode(),
        "intet udvalg",
    ),
    (
        "items but no date",
        "Punkter\n Åben Sag \nSagsgang\nDIR\nSagsfremstilling\nTekst".encode(),
        "ingen mødedato",
    ),
    (
        "body but no date",
        "Punkter\n Åben Sag \nSagsfremstilling\nTekst\nBeslutning i Direktionen den 31-02-2022\nGodkendt.".encode(),
        "dato",
    ),
]


@pytest.mark.parametrize(("what", "data", "word"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_a_parse_error_naming_the_file(what: str, data: bytes, word: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_bytes(data, "dokument.bin")
    assert str(info.value).startswith("dokument.bin: ")
    assert word.lower() in str(info.value).lower()


def test_a_broken_word_97_document_is_named_as_such() -> None:
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    broken = OLE + bytes(200) + "WordDocument".encode("utf-16-le") + bytes(range(256)) * 8
    with pytest.raises(ParseError, match=r"^gammel\.doc: LibreOffice kan ikke læse dokumentet"):
        parse_bytes(broken, "gammel.doc")
    with pytest.raises(ParseError, match=r"^gammel\.rtf: LibreOffice kan ikke læse dokumentet"):
        parse_bytes(b"{\\rtf1 \x00\x00\xff" + bytes(range(256)) * 8, "gammel.rtf")


def test_word_97_without_libreoffice_names_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(libreoffice.shutil, "which", lambda name: None)
    word = OLE + bytes(200) + "WordDocument".encode("utf-16-le")
    with pytest.raises(ParseError, match=r"^gammel\.doc: .*LibreOffice.*libreoffice-writer"):
        parse_bytes(word, "gammel.doc")


def test_a_slow_word_97_conversion_is_stopped_with_all_it_started(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """LibreOffice runs as 'soffice', which starts 'soffice.bin': on the timeout the whole
    process group goes, not only the program started."""
    pids = tmp_path / "pids"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {pids}\nsleep 300\n")
    fake.chmod(0o755)
    monkeypatch.setattr(libreoffice.shutil, "which", lambda name: str(fake))
    monkeypatch.setattr(libreoffice, "CONVERT_TIMEOUT_SECONDS", 1.0)
    word = OLE + bytes(200) + "WordDocument".encode("utf-16-le")
    with pytest.raises(ParseError, match=r"^langsom\.doc: det tog LibreOffice over 1 s"):
        parse_bytes(word, "langsom.doc")
    child = int(pids.read_text())
    for _ in range(50):  # the killed child is reaped by init a moment later
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        if Path(f"/proc/{child}/stat").read_text().split()[2] == "Z":
            break
        time.sleep(0.1)
    else:
        pytest.fail("the converter's own child process was left running")


def test_truncated_pdf() -> None:
    pdf = text_to_pdf(DOCS[0].read_text())
    with pytest.raises(ParseError, match="afkortet"):
        parse_bytes(pdf[: len(pdf) // 2], "halv.pdf")


def test_encrypted_pdf() -> None:
    pdf = text_to_pdf(DOCS[0].read_text())
    # A standard-security /Encrypt entry in the trailer: the reader asks for a password.
    enc = (
        b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -44 >>"
    )
    assert b"trailer\n<<" in pdf
    pdf = pdf.replace(b"trailer\n<<", b"trailer\n<<" + enc, 1)
    with pytest.raises(ParseError, match="krypteret|læsbar"):
        parse_bytes(pdf, "hemmelig.pdf")


def test_pdf_without_text_is_a_failure_not_empty_minutes() -> None:
    pdf = text_to_pdf("")
    with pytest.raises(ParseError, match="ingen tekst at læse"):
        parse_bytes(pdf, "scan.pdf")


def test_text_of_glyphs_without_their_letters_is_named_as_such() -> None:
    # What pdfium gives for a font without a map to Unicode: private-use glyphs and controls.
    garbled = "\ue012\ue04c\ue033 \x03\ue051\ue00f\n" * 200
    with pytest.raises(ParseError, match=r"scan.pdf: teksten kan ikke læses: 100 % af tegnene"):
        parse_text(garbled, "scan.pdf")  # as the PDF's pages give it
    # a document that is no minutes but writing is no such case
    with pytest.raises(ParseError, match="intet dagsordenspunkt fundet"):
        parse_bytes("Indkøbsliste: mælk \uf0b7 brød \uf0b7 smør\n".encode() * 50, "liste.txt")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "stor.txt"
    with big.open("wb") as f:
        f.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(ParseError, match="over grænsen"):
        parse_file(big)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="findes-ikke.pdf: filen findes ikke$"):
        parse_file(tmp_path / "findes-ikke.pdf")


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: p.mkdir(), "en mappe, ikke en fil"),
        (lambda p: os.mkfifo(p), "ikke en almindelig fil"),  # must not wait for a writer
        (lambda p: p.symlink_to(p.with_name("væk.pdf")), "et link til en fil, der ikke findes"),
        (lambda p: p.symlink_to(p), "et link, der peger i ring"),
    ],
)
def test_what_is_not_a_readable_file_is_named_as_such(
    tmp_path: Path, make: Callable[[Path], object], problem: str
) -> None:
    path = tmp_path / "referat.pdf"
    make(path)
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert (caught.value.source, caught.value.problem) == (str(path), problem)


def test_a_file_name_that_is_not_utf8_is_named_with_its_bytes_escaped(tmp_path: Path) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"m\xf8de.txt")
    with open(path, "wb") as f:
        f.write(DOCS[0].read_bytes())
    assert parse_file(os.fsdecode(path)).source == "m\\xf8de.txt"
    with open(path, "wb") as f:
        f.write(b"")
    with pytest.raises(ParseError) as caught:
        parse_file(os.fsdecode(path))
    assert caught.value.source == "m\\xf8de.txt"
    str(caught.value).encode("utf-8")  # printable: no lone surrogates


def _pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of these objects, numbered from 1, the first its catalogue."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def handmade_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page content is the given (Flate-compressed) stream."""
    import zlib

    stream = zlib.compress(content, 9)
    return _pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ]
    )


def _pages_pdf(page_boxes: list[bytes], lines: list[bytes]) -> bytes:
    """A PDF of a page for each box entry ('/MediaBox [...] /CropBox [...] /Rotate 90'), each
    showing the lines in Helvetica from its box's corner on, some outside its crop box."""
    n = len(page_boxes)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for k, box in enumerate(page_boxes):
        shown = b" ".join(b"(%s) Tj 0 -14 Td" % line for line in lines)
        content = b"BT /F1 11 Tf 60 760 Td %s ET BT /F1 11 Tf 60 60 Td (%d) Tj ET" % (shown, k)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R %s /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % (box, 5 + 2 * k)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    return _pdf_of(objects)


def test_the_pages_text_is_what_pypdfium2s_helpers_give() -> None:
    """core/pdf_text.py reads pdfium's functions directly, one text call a page: the text of
    every page is the helper classes' own, on typst's PDFs (the seeds and scans), and on pages
    whose crop box is offset or smaller than the media box (text outside it is not shown),
    turned, or with characters outside Latin-1."""
    from dagsorden.core.extract import pdf_pages_in_process

    from ..pdfmaker import helper_pages, scanned

    pdfs = [text_to_pdf(path.read_text(), header="Direktionen") for path in DOCS]
    pdfs.append(scanned(pdfs[0], dpi=50))
    lines = [b"Direktionen 26-01-2022", b"\x95 Budget 2025 \xe6\xf8\xe5 \x80 50 \x96 60"] * 15
    boxes = [
        b"/MediaBox [0 0 595 842]",
        b"/MediaBox [0 0 595 842] /CropBox [40 500 500 800]",
        b"/MediaBox [-100 -100 700 900] /Rotate 90",
        b"/MediaBox [0 0 842 595] /Rotate 270 /CropBox [50 50 400 400]",
    ]
    pdfs.append(_pages_pdf(boxes, lines))
    for pdf in pdfs:
        assert pdf_pages_in_process(pdf) == helper_pages(pdf)
    pages = pdf_pages_in_process(pdfs[-1])
    assert pages[0].count("æøå € 50 – 60") == 15
    assert 0 < pages[1].count("æøå") < 15  # the lines outside its crop box are not shown
    assert set(pdf_pages_in_process(pdfs[-2])) == {""}  # a scan: no text


_FOUR_PAGES = b"/MediaBox [0 0 595 842]"


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ((b"/Root 1 0 R", b"/Root 9 0 R"), r"\(ingen sider\)"),
        ((b"/Kids [4 0 R", b"/Kids [3 0 R"), r"\(side 1 kan ikke læses\)"),
        ((b"/Contents 7 0 R", b"/Contents 7 0 R /Type /Nothing"), r"\(side 2 kan ikke læses\)"),
        ((b"1 0 obj", b"1 0 xbj"), r"\(fejl i formatet\)"),
    ],
    ids=["no root", "a page no page", "a page of another type", "garbled"],
)
def test_a_pdf_pdfium_cannot_read_is_named_with_its_reason(
    damage: tuple[bytes, bytes], reason: str
) -> None:
    from dagsorden.core.pdf_text import pdf_pages

    pdf = _pages_pdf([_FOUR_PAGES] * 4, [b"Tekst"])
    assert pdf_pages(pdf, 4) == [f"Tekst\r\n{k}" for k in range(4)]
    with pytest.raises(ValueError, match=f"^ikke en læsbar PDF-fil {reason}$"):
        pdf_pages(pdf.replace(*damage), 4)
    with pytest.raises(ParseError, match=f"^x.pdf: ikke en læsbar PDF-fil {reason}$"):
        parse_bytes(pdf.replace(*damage), "x.pdf")  # through the worker, which goes on
    with pytest.raises(ValueError, match="^PDF-filen har 4 sider, over grænsen på 3$"):
        pdf_pages(pdf, 3)


def test_decompression_bomb_without_text_is_a_failure() -> None:
    # 64 MiB of content from a 64 KiB file, and no text in it.
    bomb = handmade_pdf(b" " * (64 * 2**20))
    assert len(bomb) < 200_000
    with pytest.raises(ParseError, match="ingen tekst at læse"):
        parse_bytes(bomb, "bombe.pdf")


def test_a_slow_pdf_is_stopped_and_the_worker_replaced() -> None:
    from dagsorden.core.extract import PdfWorker

    worker = PdfWorker(timeout=0.05)
    try:
        with pytest.raises(ParseError, match="over 0.05 s"):
            worker.pages(
                handmade_pdf(b"0 0 m " * (10 * 2**20)), "langsom.pdf"
            )  # about 0.4 s of work
        worker.timeout = 30
        pdf = text_to_pdf(DOCS[0].read_text())
        assert "Direktionen" in "".join(worker.pages(pdf, "efter.pdf"))  # a new worker took over
    finally:
        worker.close()


def test_ctrl_c_at_the_terminal_is_the_parents_not_the_workers() -> None:
    import signal

    from dagsorden.core.extract import PdfWorker

    worker = PdfWorker()
    try:
        pdf = text_to_pdf(DOCS[0].read_text())
        worker.pages(pdf, "før.pdf")
        process = worker._process
        assert process is not None and process.pid is not None
        os.kill(process.pid, signal.SIGINT)  # as the terminal sends it to the process group
        assert "Direktionen" in "".join(worker.pages(pdf, "efter.pdf"))
        assert worker._process is process  # the same worker answered
    finally:
        worker.close()


def test_a_pdf_over_the_memory_cap_breaks_only_its_worker() -> None:
    from dagsorden.core.extract import PdfWorker

    worker = PdfWorker(memory_bytes=300 * 2**20)
    try:
        with pytest.raises(ParseError):
            worker.pages(handmade_pdf(b"0 0 m " * (64 * 2**20)), "stor.pdf")  # 384 MiB unpacked
        pdf = text_to_pdf(DOCS[0].read_text())
        assert "Direktionen" in "".join(worker.pages(pdf, "efter.pdf"))
    finally:
        worker.close()


_PARSE = 'parse_bytes(open(sys.argv[1], "rb").read(), "referat.pdf")\nprint("parsed")\n'
_SCRIPT = "import sys\nfrom dagsorden.core import parse_bytes\n" + _PARSE
_GUARDED = (
    "import sys\nfrom dagsorden.core import parse_bytes\nif __name__ == '__main__':\n"
    + "".join(f"    {line}\n" for line in _PARSE.splitlines())
)


@pytest.mark.parametrize("guarded", [False, True])
def test_a_script_without_the_main_guard_is_told_so_not_the_file_blamed(
    tmp_path: Path, guarded: bool
) -> None:
    # multiprocessing runs a script again in the reader's new process; unguarded, that run
    # starts a reader of its own and dies, which used to read as 'the PDF broke the reader'.
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(text_to_pdf(DOCS[0].read_text()))
    script = tmp_path / "mit_script.py"
    script.write_text(_GUARDED if guarded else _SCRIPT)
    run = subprocess.run(
        [sys.executable, str(script), str(pdf)], capture_output=True, text=True, timeout=120
    )
    if guarded:
        assert run.returncode == 0 and run.stdout.strip() == "parsed", run.stderr
    else:
        assert run.returncode != 0
        last = run.stderr.strip().splitlines()[-1]
        assert last.startswith("dagsorden.core.errors.ReaderUnavailable:"), run.stderr
        assert f"{script} køres igen" in last and "__main__" in last
        assert "fik læseren til at gå ned" not in run.stderr


def test_a_hyphen_that_ends_a_line_stays_a_hyphen() -> None:
    from dagsorden.core.extract import join_pages

    assert join_pages(
        ["konstitueret socialchef Marie\x02Louise Eskerod og HR\ufffestrategien"]
    ) == ("konstitueret socialchef Marie-Louise Eskerod og HR-strategien")


def test_a_hyphen_that_ends_a_line_before_og_keeps_its_space() -> None:
    """'Vej- og ejendomschef' broken after 'Vej-': pdfium marks that hyphen as it marks one
    inside a word, but before 'og' or 'eller' a space followed it ('og' inside a word does
    not count: 'HR-organisation')."""
    from dagsorden.core.extract import join_pages

    assert join_pages(["Vej\x02og ejendomschef, sundheds\x02eller HR\x02organisation"]) == (
        "Vej- og ejendomschef, sundheds- eller HR-organisation"
    )


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (3, "decimal", "3"),
        (3, "lowerLetter", "c"),
        (28, "lowerLetter", "bb"),
        (2, "upperLetter", "B"),
        (14, "lowerRoman", "xiv"),
        (9, "upperRoman", "IX"),
        (7, "decimalZero", "07"),
        (5, "ordinal", "5"),  # a format not drawn otherwise: its number
    ],
)
def test_word_list_number_formats(n: int, fmt: str, shown: str) -> None:
    assert formatted_number(n, fmt) == shown


def test_a_picture_a_document_links_on_another_server_is_not_fetched(tmp_path: Path) -> None:
    """An OpenDocument file (as any of LibreOffice's kinds) may link a picture on a server;
    converting it must not make this server send a request where the document says."""
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    import http.server
    import socket
    import threading
    import zipfile

    with socket.socket() as s:  # a free port
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
        'office:version="1.2"><office:body><office:text><text:p>Direktionen 01-03-2023</text:p>'
        '<text:p><draw:frame draw:name="b" svg:width="2cm" svg:height="2cm">'
        f'<draw:image xlink:href="http://127.0.0.1:{port}/billede.png" xlink:type="simple" '
        'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>'
        "<text:p>Et notat.</text:p></office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    written = io.BytesIO()
    with zipfile.ZipFile(written, "w") as z:  # an .odt as the standard has it, made by hand
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    odt = written.getvalue()
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            requests.append(self.path)
            self.send_error(404)

        do_HEAD = do_OPTIONS = do_PROPFIND = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        text = docx_text(libreoffice.to_docx(odt, "linket.odt"), "linket.odt")
    finally:
        server.shutdown()
        server.server_close()
    assert "Et notat." in text
    assert requests == []


@pytest.mark.parametrize(
    "main_type",
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
    ],
)
def test_a_macro_enabled_document_or_a_template_reads_as_word(main_type: str) -> None:
    """python-docx opens a plain document only; a .docm, .dotx or .dotm holds the same
    parts under another content type (its macros are never read)."""
    import zipfile

    plain = docx_bytes([(line, None) for line in SEEDS[0].read_text().splitlines()])
    variant = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as z, zipfile.ZipFile(variant, "w") as out:
        for info in z.infolist():
            content = z.read(info)
            if info.filename == "[Content_Types].xml":
                word = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                assert word in content
                content = content.replace(word, main_type.encode())
            out.writestr(info, content)
        out.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not read")
    expected = comparable(to_dict(parse_bytes(plain, "referat.docx")))
    assert comparable(to_dict(parse_bytes(variant.getvalue(), "referat.docm"))) == expected


PORTAL_PAGE = """<!DOCTYPE html>
<html lang="da"><head><meta charset="windows-1252"><title>Referat - Direktionen</title>
<style>p { margin: 0 }</style><script>var punkter = "1. Skjult";</script></head>
<body><nav><a href="/">Forside</a></nav>
<h1>Direktionen 01-03-2023</h1>
<h2>Punkter til behandling</h2>
<p>\u00c5ben Sag</p><p>Sagsgang</p><p>DIR</p>
<p>Sagsfremstilling</p>
<p>Direktionen har f&oslash;lgende punkter til behandling:</p>
<ol><li><p>Budgetopf&oslash;lgning. Dr&oslash;ftelse af status.</p>
  <ol type="a"><li>Status p\u00e5 anl\u00e6g.</li></ol></li>
<li value="2">\u00c5rshjul for 2023.</li></ol>
<p>Indstilling</p><p>Kommunaldirekt\u00f8ren indstiller, at punkterne behandles.</p>
<p>Beslutning i Direktionen den 01-03-2023</p>
<ol><li>Taget til efterretning.</li><li>Godkendt.<br>Budgetchefen f\u00f8lger op.</li></ol>
<p>Bilag:</p>
<table><tr><td>1 -</td><td>3011525</td><td>\u00c5ben \u00c5rshjul 2023 (8725/23) (H)</td></tr></table>
<!-- sidefod --><footer><p>Norddjurs Kommune</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    "written",
    ["as declared", "UTF-8 as XHTML, declaring nothing", "Windows-1252, declaring nothing"],
)
def test_a_web_page_reads_as_its_blocks(written: str) -> None:
    """Minutes saved from a portal's web page: a line a block, the numbers a browser draws
    for a list (a level under indented, 'a.' in a lettered one), a table row's cells side by
    side, the page's encoding from its own declaration (or UTF-8, where it is that); nothing
    of the head or the scripts."""
    undeclared = PORTAL_PAGE.replace('<meta charset="windows-1252">', "")
    if written == "as declared":
        data = PORTAL_PAGE.encode("cp1252")
    elif written.startswith("UTF-8"):
        data = b'<?xml version="1.0" encoding="utf-8"?>\n' + undeclared.encode()
    else:  # as a browser takes it: '–' is 0x96 there, a control character in Latin-1
        kvartal = undeclared.replace("af status.</p>", "af status – første kvartal.</p>")
        data = kvartal.encode("cp1252")
    lines = extract_text(data, "referat.html").split("\n")
    assert lines[:3] == ["Forside", "Direktionen 01-03-2023", "Punkter til behandling"]
    assert any(line.startswith("1. Budgetopfølgning") for line in lines)
    if written.startswith("Windows"):
        assert "1. Budgetopfølgning. Drøftelse af status – første kvartal." in lines
        return
    assert "  a. Status på anlæg." in lines and "2. Årshjul for 2023." in lines
    assert "1 - 3011525 Åben Årshjul 2023 (8725/23) (H)" in lines
    assert not any("Skjult" in line or "margin" in line or "Referat -" in line for line in lines)
    minutes = parse_bytes(data, "referat.html")
    assert (minutes.body, str(minutes.date)) == ("Direktionen", "2023-03-01")
    (item,) = minutes.items
    assert [(p.number, p.title, p.decision) for p in item.points] == [
        (1, "Budgetopfølgning.", "Taget til efterretning."),
        (2, "Årshjul for 2023.", "Godkendt. Budgetchefen følger op."),
    ]
    assert "Status på anlæg." in item.points[0].presentation
    assert [(a.number, a.document_id, a.title) for a in item.attachments] == [
        (1, "3011525", "Årshjul 2023")
    ]


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_a_text_published_as_a_web_page_reads_as_the_text(path: Path) -> None:
    """Text in a page's <pre> keeps its lines and the white space opening them (a point
    whose bullet was lost opens with a space), entities and all: the same minutes."""
    import html

    text = path.read_text()
    page = f"<!DOCTYPE html><html><body><pre>{html.escape(text)}</pre></body></html>"
    expected = comparable(to_dict(parse_text(text)))
    assert comparable(to_dict(parse_bytes(page.encode(), "referat.html"))) == expected


@pytest.mark.parametrize(
    ("page", "named"),
    [
        (
            '<frameset cols="20%,80%"><frame src="menu.html"><frame src="referat.html"></frameset>',
            "menu.html, referat.html",
        ),
        (
            "<body>" + "".join(f'<iframe src="{k}.htm"></iframe>' for k in range(5)) + "</body>",
            "0.htm, 1.htm, 2.htm, …",
        ),
    ],
)
def test_a_page_of_frames_says_which_pages_to_import(page: str, named: str) -> None:
    data = f"<!DOCTYPE html><html><head><title>Referater</title></head>{page}</html>".encode()
    with pytest.raises(NotMinutes) as caught:
        parse_bytes(data, "forside.html")
    assert str(caught.value) == (
        f"forside.html: siden viser blot andre sider i rammer ({named}): importér dem"
    )


def test_a_page_of_links_to_minutes_says_which_documents_to_import() -> None:
    """A portal's list of a year's meetings, saved, holds no minutes: the failure names what
    it links to; a page with one link, or with minutes' words, fails (or reads) as before."""
    links = "".join(
        f'<li><a href="dir-2021-0{k}-03.pdf">Direktionen 03-0{k}-2021</a></li>' for k in range(1, 5)
    )
    page = (
        f"<html><body><h1>Referater</h1><ul>{links}<li><a href='/om'>Om</a></li></ul></body></html>"
    )
    with pytest.raises(NotMinutes) as caught:
        parse_bytes(page.encode(), "referater.html")
    assert str(caught.value) == (
        "referater.html: siden er en oversigt med links til 4 dokumenter (dir-2021-01-03.pdf, "
        "dir-2021-02-03.pdf, dir-2021-03-03.pdf, …), ingen referat: importér dem"
    )
    one = '<html><body><p><a href="a.pdf">Referat</a></p></body></html>'
    with pytest.raises(NotMinutes, match="intet dagsordenspunkt"):
        parse_bytes(one.encode(), "en.html")


def test_docx_hidden_text_is_not_read() -> None:
    """Text formatted hidden (a template's guidance: 'Skriv beslutningen her') is neither
    shown nor printed by Word; a run marked not hidden is."""
    w = nsdecls("w")
    d = docx.Document()
    sect = d.element.body[-1]
    sect.addprevious(
        parse_xml(
            f"<w:p {w}><w:r><w:t>Godkendt.</w:t></w:r>"
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> Skriv beslutningen her.</w:t></w:r>'
            '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> Taget til efterretning.</w:t></w:r>'
            "</w:p>"
        )
    )
    buf = io.BytesIO()
    d.save(buf)
    assert extract_text(buf.getvalue(), "skjult.docx") == "Godkendt. Taget til efterretning."


def test_libreoffices_profile_goes_with_the_process_also_a_pool_worker(tmp_path: Path) -> None:
    """Each process makes its own LibreOffice profile: removed when the process ends, also a
    process of a pool's (the import's parsing process), where no atexit handler runs."""
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    script = (
        "import multiprocessing\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from dagsorden.core.batch import parse_list\n"
        "if __name__ == '__main__':\n"
        "    rtf = (b'{\\\\rtf1 Et notat.}', 'a.rtf')\n"
        "    ctx = multiprocessing.get_context('forkserver')\n"
        "    with ProcessPoolExecutor(1, mp_context=ctx) as pool:\n"
        "        print(pool.submit(parse_list, [rtf, rtf]).result())\n"
        "    print(parse_list([rtf]))\n"
    )
    (tmp_path / "run.py").write_text(script)
    temp = tmp_path / "tmp"
    temp.mkdir()
    done = subprocess.run(
        [sys.executable, str(tmp_path / "run.py")],
        env={**os.environ, "TMPDIR": str(temp)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("NotMinutes") == 3  # read by LibreOffice: a note, no minutes
    assert list(temp.iterdir()) == []


def test_docx_bullets_inserted_as_symbols_are_read() -> None:
    """Points bulleted by hand with a symbol ('Indsæt symbol', Symbol's U+F0B7, as a PDF of
    the document extracts it), not a Word list: the bullets are read, so are the points."""
    w = nsdecls("w")
    d = docx.Document()
    sect = d.element.body[-1]

    def add(text: str, symbol: bool = False) -> None:
        mark = '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/></w:r>' if symbol else ""
        sect.addprevious(parse_xml(f"<w:p {w}>{mark}<w:r><w:t>{text}</w:t></w:r></w:p>"))

    for text in ["Direktionen 01-03-2023", "Punkter til behandling", "Åben Sag", "Sagsgang"]:
        add(text)
    for text in ["DIR", "Sagsfremstilling", "Direktionen har følgende punkter til behandling:"]:
        add(text)
    add("Budgetopfølgning. Drøftelse af status.", symbol=True)
    add("Årshjul for 2023.", symbol=True)
    add("Indstilling")
    add("Kommunaldirektøren indstiller, at punkterne behandles.")
    add("Beslutning i Direktionen den 01-03-2023")
    add("Taget til efterretning.", symbol=True)
    add("Godkendt.", symbol=True)
    buf = io.BytesIO()
    d.save(buf)
    assert "\uf0b7\tÅrshjul for 2023." in extract_text(buf.getvalue(), "symboler.docx")
    (item,) = parse_bytes(buf.getvalue(), "symboler.docx").items
    assert [(p.title, p.decision) for p in item.points] == [
        ("Budgetopfølgning.", "Taget til efterretning."),
        ("Årshjul for 2023.", "Godkendt."),
    ]


def test_libreoffices_settings_are_written_before_every_run() -> None:
    """LibreOffice rewrites its settings as it ends; one killed may leave them cut off,
    and with them the block on fetching what a document links: they are written anew."""
    settings = libreoffice._profile_dir() / "user" / "registrymodifications.xcu"
    settings.write_text('<?xml version="1.0"?><oor:items', encoding="utf-8")  # cut off
    assert libreoffice._profile_dir() / "user" / "registrymodifications.xcu" == settings
    assert settings.read_text(encoding="utf-8") == libreoffice._SETTINGS
    assert "BlockUntrustedRefererLinks" in libreoffice._SETTINGS


_HEAP_PROBE = """
import ctypes, sys
from dagsorden.core.extract import _keep_heap
libc = ctypes.CDLL(None)
# glibc's defaults, fixed (they move up by themselves as large blocks are freed)
libc.mallopt(-1, 128 << 10)  # M_TRIM_THRESHOLD
libc.mallopt(-2, 0)  # M_TOP_PAD
libc.mallopt(-3, 32 << 20)  # M_MMAP_THRESHOLD: 4 MB from the heap, not a mapping of its own
if sys.argv[1] == "kept":
    _keep_heap()
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]
libc.mallinfo2.restype = Info
libc.free(libc.malloc(4 << 20))  # at the heap's top, then freed
print(libc.mallinfo2().keepcost)  # the free top of the heap, which glibc may give back
"""


def test_the_pdf_worker_keeps_the_memory_it_frees_for_the_next_pdf() -> None:
    """glibc gives the heap's free top back to the system (and faults it in again for the
    next PDF) unless told to keep it; the worker tells it (extract._keep_heap)."""

    def free_after(how: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", _HEAP_PROBE, how], capture_output=True, text=True, check=True
        )
        return int(done.stdout)

    assert free_after("default") < 1 << 20  # given back
    assert free_after("kept") > 4 << 20  # kept for the next
