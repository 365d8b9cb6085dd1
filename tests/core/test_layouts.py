"""The same minutes laid out differently read the same.

Other documents of the same system break their lines elsewhere (a narrower page, a longer
sentence), keep their bullet glyphs, lose the empty lines between lines, repeat the page header
further down. Each golden document is changed the way another layout would change it, and must
give what the document gives as it is: as text, and typeset as a PDF.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from bench.generate import minutes
from dagsorden.core import ParseError, libreoffice, parse_bytes, parse_text, to_dict
from dagsorden.core.batch import parse_list
from dagsorden.core.extract import pdf_pages_in_process

from ..pdfmaker import helper_pages, text_to_pdf
from ..required import require
from .test_golden import comparable

GOLDEN = Path(__file__).parent.parent / "golden"
SEEDS = sorted(GOLDEN.glob("*.txt"))

# Lines that start a paragraph of their own whatever the page width: headings, access lines,
# attachment entries, points (bulleted, lost bullet, numbered), the header.
_STARTS_ALONE_RE = re.compile(
    r"^\s*(?:Åben Sag|Lukket Sag|Sagsgang|Sagsfremstilling|Indstilling|Beslutning i .* den \d"
    r"|Afbud:|Fraværende:|Bilag:|\d+ - |\S+ \d\d-\d\d-\d{4}\s*$)"
)
_POINT_START_RE = re.compile(r"^(?:\s+[A-ZÆØÅ]|\s*[\uf0b7•-]\s|\s*\d{1,2}\. [A-ZÆØÅ])")
_FULL_LINE = 80  # the seeds' lines run to about 100 characters: a shorter one ends a paragraph


def _both(seed: str, written: str, again: str, count: int = -1) -> tuple[dict, dict]:
    """A golden document read with `written` replaced by `again`, and read as it is."""
    text = (GOLDEN / f"{seed}.txt").read_text(encoding="utf-8")
    assert written in text
    changed = text.replace(written, again, count)
    return comparable(to_dict(parse_text(changed))), comparable(to_dict(parse_text(text)))


def _paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs, as a reader of the PDF would see them."""
    out: list[list[str]] = []
    alone = True
    for line in text.split("\n"):
        if not line:
            continue  # the extractor's empty lines carry nothing
        if not line.strip():
            out.append([line])  # an empty paragraph of the original
            alone = True
            continue
        full = bool(out) and len(out[-1][-1].strip()) >= _FULL_LINE
        if alone or not full or _STARTS_ALONE_RE.match(line) or _POINT_START_RE.match(line):
            out.append([line])
            alone = bool(_STARTS_ALONE_RE.match(line))
        else:
            out[-1].append(line)
    return out


def rewrap(width: int) -> Callable[[str], str]:
    def change(text: str) -> str:
        lines: list[str] = []
        for para in _paragraphs(text):
            if not para[0].strip():
                lines.append(para[0])
                continue
            indent = para[0][: len(para[0]) - len(para[0].lstrip())]
            wrapped = textwrap.wrap(
                " ".join(line.strip() for line in para),
                width,
                break_long_words=False,
                break_on_hyphens=False,
            )
            lines += [indent + wrapped[0], *wrapped[1:]]
        return "\n".join(lines)

    return change


_BULLET_RE = re.compile(r"^(?: (?=[A-ZÆØÅ])(?!Åben Sag|Lukket Sag)|\s*\uf0b7\s*)", re.MULTILINE)


def bullets(glyph: str) -> Callable[[str], str]:
    """Every bullet, lost (a leading space before a capital) or not, written as glyph; an
    empty glyph loses them all."""
    return lambda text: _BULLET_RE.sub(f"{glyph} " if glyph else " ", text)


def bullets_o(text: str) -> str:
    """Word's 'o' for every bullet of the presentation and the decision (not before the
    heading: an 'o' there would be a word of the title)."""
    at = text.index("Sagsfremstilling")
    return text[:at] + bullets("o")(text[at:])


def running_headers(text: str) -> str:
    """A page footer and the page header every 40 lines, as a text extractor leaves them."""
    decided = re.search(r"Beslutning i (\S+) den (\S+)", text)
    assert decided is not None
    header = f"{decided[1]} {decided[2]}"
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines, 1):
        out.append(line)
        if k % 40 == 0 and not line.rstrip().endswith("-"):
            out += ["", f"Side {k // 40} af 9", "", header, ""]
    return "\n".join(out)


LAYOUTS: dict[str, Callable[[str], str]] = {
    **{f"wrapped at {w}": rewrap(w) for w in (42, 50, 60, 75, 90, 120)},
    "bullet •": bullets("•"),
    "bullet U+F0B7": bullets("\uf0b7"),
    "bullet -": bullets("-"),
    "bullets lost": bullets(""),
    # Word's second-level bullet, and Wingdings' glyphs as a PDF's text gives them
    "bullet o": bullets_o,
    "bullet U+F0D8 (Wingdings arrowhead)": bullets("\uf0d8"),
    "bullet U+F0FC (Wingdings check mark)": bullets("\uf0fc"),
    "bullet ➢": bullets("➢"),
    "bullet ■": bullets("■"),
    "no empty lines": lambda text: "\n".join(line for line in text.split("\n") if line),
    "CRLF": lambda text: text.replace("\n", "\r\n"),
    "running headers": running_headers,
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_another_layout_reads_the_same(path: Path, layout: str) -> None:
    text = path.read_text()
    expected = comparable(to_dict(parse_text(text)))
    assert comparable(to_dict(parse_text(LAYOUTS[layout](text)))) == expected


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_layout_changes_a_document(layout: str) -> None:
    """(A layout that changed nothing would test nothing.)"""
    assert any(LAYOUTS[layout](p.read_text()) != p.read_text() for p in SEEDS)


def _from_access_line(text: str) -> str:
    """The item without its heading: from the line above 'Åben Sag' on."""
    at = text.index("Åben Sag")
    return text[text.rfind("\n", 0, at) + 1 :]


@pytest.mark.parametrize("second", SEEDS, ids=[p.stem[:3] for p in SEEDS])
@pytest.mark.parametrize("first", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_two_documents_as_two_items_of_one(first: Path, second: Path) -> None:
    text = (
        "Direktionen 20-01-2021\n\n1. Punkter til behandling\n\n"
        + _from_access_line(first.read_text())
        + "\n\n2. Orientering fra direktørerne\n\n"
        + _from_access_line(second.read_text())
    )
    items = comparable(to_dict(parse_text(text)))["items"]
    alone = [comparable(to_dict(parse_text(p.read_text())))["items"][0] for p in (first, second)]
    assert [item["title"] for item in items] == [
        "Punkter til behandling",
        "Orientering fra direktørerne",
    ]
    assert [{**item, "title": ""} for item in items] == [{**a, "title": ""} for a in alone]


PDF_LAYOUTS = [name for name in LAYOUTS if name not in ("CRLF", "running headers")]


@pytest.mark.parametrize("layout", PDF_LAYOUTS)
@pytest.mark.parametrize("path", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_another_layout_typeset_as_a_pdf_reads_the_same(path: Path, layout: str) -> None:
    """The same, through a PDF: typeset with a running header and page numbers (the page
    breaks fall elsewhere in each layout), then extracted and joined again."""
    text = path.read_text()
    expected = comparable(to_dict(parse_text(text)))
    decided = re.search(r"Beslutning i (\S+) den (\S+)", text)
    assert decided is not None
    header = f"{decided[1]} {decided[2]}"
    laid_out = LAYOUTS[layout](text)
    if not laid_out.lstrip().startswith(header):
        laid_out = f"{header}\n\n{laid_out}"
    assert comparable(to_dict(parse_bytes(text_to_pdf(laid_out, header=header)))) == expected


_LIST_START_RE = re.compile(
    r"^(?:(?P<bullet>\s*\uf0b7\s*| (?=[A-ZÆØÅ])(?!Åben Sag|Lukket Sag))|\s*\d{1,2}\.\s+(?=\S))"
)


def as_word_document(text: str) -> bytes:
    """The text as its author would have written it in Word: a paragraph each, empty ones
    kept, the points in Word's own lists (the 'List Bullet' and 'List Number' styles, whose
    numbers Word draws and runs on from the presentation's list into the decision's)."""
    document = docx.Document()
    for para in _paragraphs(text):
        if not para[0].strip():
            document.add_paragraph("")
            continue
        joined = " ".join(line.strip() for line in para)
        m = _LIST_START_RE.match(para[0])
        if m is None:
            document.add_paragraph(joined)
        elif m["bullet"] is not None:
            document.add_paragraph(joined.lstrip("\uf0b7 "), style="List Bullet")
        else:
            document.add_paragraph(re.sub(r"^\d{1,2}\.\s+", "", joined), style="List Number")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_the_document_written_in_word_reads_the_same(path: Path) -> None:
    text = path.read_text()
    expected = comparable(to_dict(parse_text(text)))
    assert comparable(to_dict(parse_bytes(as_word_document(text), path.name))) == expected


def with_page_furniture(document: bytes, header: str) -> bytes:
    """The Word document with what a template puts on every page: a running header and
    'Side N af M' in the footer, Word's PAGE and NUMPAGES fields."""
    doc = docx.Document(io.BytesIO(document))
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.add_run("Side ")
    _field(footer, "PAGE")
    footer.add_run(" af ")
    _field(footer, "NUMPAGES")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _field(paragraph: Any, code: str) -> None:
    run = paragraph.add_run()._r
    for kind in ("begin", "instr", "separate", "shown", "end"):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        elif kind == "shown":
            element = OxmlElement("w:t")
            element.text = "1"
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run.append(element)


def _large_type(document: Any) -> None:
    """14 pt Liberation Sans: fewer words a line, wrapped by a proportional font."""
    document.styles["Normal"].font.size = Pt(14)
    document.styles["Normal"].font.name = "Liberation Sans"


def _spaced_paragraphs(document: Any) -> None:
    """No empty paragraphs: space after each paragraph instead, so the PDF's text has no
    empty lines between paragraphs at all."""
    for para in list(document.paragraphs):
        if not para.text.strip():
            para._element.getparent().remove(para._element)
    document.styles["Normal"].paragraph_format.space_after = Pt(8)


WORD_STYLES: dict[str, Callable[[Any], None]] = {
    "template": lambda document: None,  # the template as it is
    "14 pt": _large_type,
    "space after paragraphs": _spaced_paragraphs,
}


def saved_by_libreoffice(
    documents: list[bytes], folder: Path, to: str = "pdf", filter_name: str = ""
) -> list[bytes]:
    """Word documents saved as PDF (or another format, by LibreOffice's filter for it) by
    LibreOffice (`soffice`), in order. A hundred files a run: one run of some 250 stops
    early without a word (LibreOffice 7.4)."""
    soffice = shutil.which("soffice")
    assert soffice is not None, "LibreOffice is not installed"
    names = [folder / f"{k:05d}.docx" for k in range(len(documents))]
    for name, document in zip(names, documents, strict=True):
        name.write_bytes(document)
    for start in range(0, len(names), 100):
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",  # not the user's own
                "--convert-to",
                f"{to}:{filter_name}" if filter_name else to,
                "--outdir",
                str(folder),
                *map(str, names[start : start + 100]),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    missing = [name.name for name in names if not name.with_suffix(f".{to}").exists()]
    assert not missing, f"LibreOffice saved no {to} of {', '.join(missing)}"
    return [name.with_suffix(f".{to}").read_bytes() for name in names]


def in_word(text: str, style: Callable[[Any], None] | None = None) -> bytes:
    """The text written in Word with its template's running header and page numbers."""
    header = f"Direktionen {parse_text(text).date:%d-%m-%Y}"
    document = docx.Document(io.BytesIO(with_page_furniture(as_word_document(text), header)))
    if style is not None:
        style(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


GENERATED = [minutes(random.Random(k), date(2021, 1, 6) + timedelta(days=7 * k)) for k in range(40)]


@pytest.fixture(scope="module")
def saved_as_pdf(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each golden document in each of WORD_STYLES, and 40 generated documents, written in
    Word and saved as PDF by LibreOffice, as a municipality's minutes are made: PDF bytes by
    '<file stem> <style>' and 'generated <n>'."""
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    named = {
        f"{path.stem} {style}": in_word(path.read_text(), change)
        for path in SEEDS
        for style, change in WORD_STYLES.items()
    }
    named |= {
        f"generated {k} {style}": in_word(text, WORD_STYLES[style])
        for k, text in enumerate(GENERATED)
        for style in ("template", "14 pt")
    }
    pdfs = saved_by_libreoffice(list(named.values()), tmp_path_factory.mktemp("word"))
    return dict(zip(named, pdfs, strict=True))


def text_by_pdfminer(pdf: bytes) -> str:
    """The PDF's text as another tool extracts it (pdfminer.six): how minutes published as
    PDF reach a reader as text files, running headers and page numbers left in."""
    from pdfminer.high_level import extract_text

    return str(extract_text(io.BytesIO(pdf)))


# The PDF read by dagsorden itself, and read as the text file another tool makes of it.
READERS: dict[str, Callable[[bytes, str], Any]] = {
    "pypdfium2": lambda pdf, name: parse_bytes(pdf, f"{name}.pdf"),
    "pdfminer's text": lambda pdf, name: parse_text(text_by_pdfminer(pdf), f"{name}.txt"),
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("style", WORD_STYLES)
@pytest.mark.parametrize("path", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_the_document_written_in_word_and_saved_as_pdf_reads_the_same(
    path: Path, style: str, reader: str, saved_as_pdf: dict[str, bytes]
) -> None:
    """Word's list numbers and bullets as drawn glyphs, its tab after a number (too narrow to
    extract after '10.'), the decision's numbers run on from the presentation's ('6.'–'10.'),
    a running header and 'Side N af M' on every page, lines wrapped by a proportional font
    (a heading's words may end a line that goes on: '• Årligt dialogmøde med økonomichef
    Bettina Andersen,' / 'hvor …'); in another tool's text the page furniture between the
    pages, '10.' alone on its line, words broken after a hyphen ('Marie-' / 'Louise'): the
    same minutes."""
    pdf = saved_as_pdf[f"{path.stem} {style}"]
    pages = pdf_pages_in_process(pdf)
    assert len(pages) >= 2  # the page furniture repeats
    assert pages == helper_pages(pdf)  # core/pdf_text.py's reading is pypdfium2's helpers'
    expected = comparable(to_dict(parse_text(path.read_text())))
    assert comparable(to_dict(READERS[reader](pdf, path.stem))) == expected


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("style", ["template", "14 pt"])
@pytest.mark.parametrize("k", range(len(GENERATED)))
def test_generated_minutes_written_in_word_and_saved_as_pdf_read_the_same(
    k: int, style: str, reader: str, saved_as_pdf: dict[str, bytes]
) -> None:
    """Documents of the seeds' kind with other points, people, dates and decisions: the PDF
    breaks their lines elsewhere (a hyphen at a line's end: 'Vej-' / 'og ejendomschef'; in
    14 pt a bullet's title ends a line with room to spare by its characters, but not by its
    letters' widths: '• Sundhedsklyngen og samarbejdet med regionen.' / 'Godkendt.')."""
    expected = comparable(to_dict(parse_text(GENERATED[k])))
    pdf = saved_as_pdf[f"generated {k} {style}"]
    assert comparable(to_dict(READERS[reader](pdf, str(k)))) == expected


@pytest.fixture(scope="module")
def saved_in_other_formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each golden document and 6 generated ones written in Word and saved in Word 97–2003's
    format (.doc) by LibreOffice, as an archive's older minutes are: by file stem or 'n';
    and the golden ones as RTF (Word's interchange format), OpenDocument text and HTML (a web
    page), by '<stem> rtf', '<stem> odt' and '<stem> html'."""
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    named = {path.stem: in_word(path.read_text()) for path in SEEDS}
    named |= {str(k): in_word(GENERATED[k], WORD_STYLES["template"]) for k in range(6)}
    doc = saved_by_libreoffice(
        list(named.values()), tmp_path_factory.mktemp("doc"), "doc", "MS Word 97"
    )
    docs = dict(zip(named, doc, strict=True))
    for kind, filter_name in (("rtf", ""), ("odt", ""), ("html", "HTML (StarWriter)")):
        saved = saved_by_libreoffice(
            [named[p.stem] for p in SEEDS], tmp_path_factory.mktemp(kind), kind, filter_name
        )
        docs |= {f"{path.stem} {kind}": data for path, data in zip(SEEDS, saved, strict=True)}
    return docs


@pytest.mark.parametrize(
    "name",
    [p.stem for p in SEEDS]
    + [str(k) for k in range(6)]
    + [f"{p.stem} {kind}" for kind in ("rtf", "odt", "html") for p in SEEDS],
)
def test_the_document_saved_as_word_97_rtf_odt_or_html_reads_the_same(
    name: str, saved_in_other_formats: dict[str, bytes]
) -> None:
    """A .doc file (an Office 97–2003 compound file, which python-docx cannot open), RTF
    (whose markup would be read as text) or OpenDocument text (a zip python-docx cannot
    open) is read through LibreOffice, and a web page by its blocks: list numbers and
    bullets, page header and paragraphs, the same minutes as the text."""
    doc = saved_in_other_formats[name]
    stem, _, kind = name.partition(" ")
    signature = {
        "rtf": b"{\\rtf",
        "odt": b"PK\x03\x04",
        "html": b"<!DOCTYPE html>",
        "": b"\xd0\xcf\x11\xe0",
    }[kind]
    assert doc.startswith(signature)  # the format named
    text = next((p.read_text() for p in SEEDS if p.stem == stem), None) or GENERATED[int(stem)]
    expected = comparable(to_dict(parse_text(text)))
    assert comparable(to_dict(parse_bytes(doc, f"{stem}.{kind or 'doc'}"))) == expected


WITH_ATTACHMENTS = [p for p in SEEDS if "Bilag:" in p.read_text()]


@pytest.mark.parametrize("path", WITH_ATTACHMENTS, ids=[p.stem[:3] for p in WITH_ATTACHMENTS])
def test_attachments_in_a_word_table_read_the_same(path: Path) -> None:
    """The 'Bilag:' list as a table: number, document id, access and title in cells."""
    text = path.read_text()
    head = text[: text.index("Bilag:")]
    document = docx.Document(io.BytesIO(as_word_document(head)))
    document.add_paragraph("Bilag:")
    attachments = parse_text(text).items[-1].attachments
    table = document.add_table(rows=0, cols=3)
    for a in attachments:
        access = "Åben" if a.access == "open" else "Lukket"
        journal = f"({a.journal_number or ''}) ({'H' if a.main_document else ''})"
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(a.number), a.document_id or ""
        cells[2].text = f"{access} {a.title} {journal}"
    out = io.BytesIO()
    document.save(out)
    read = parse_bytes(out.getvalue(), path.name).items[-1].attachments
    assert read == attachments


def test_a_decision_that_passes_over_a_point_keeps_the_others_parts() -> None:
    """The golden document whose decision repeats each point's title as a heading, with one
    point's part taken out: the other points keep their parts, headings dropped."""
    path = next(p for p in SEEDS if "Direktionsseminar  " in p.read_text())
    text = path.read_text()
    decision = text.index("Beslutning i Direktionen")
    gone = text.index("Direktionsseminar  ", decision)
    text_without = text[:gone] + text[text.index("Drøftelse af DI-måling", gone) :]
    whole = [p.decision for p in parse_text(text).items[0].points]
    without = [p.decision for p in parse_text(text_without).items[0].points]
    assert without == [whole[0], "", whole[2]]


@pytest.mark.parametrize(
    "header",
    [
        "Referat Direktionen 20-01-2021",
        "Direktionen, 20-01-2021",
        "Direktionen den 20.01.2021",
        "Referat af møde i Direktionen – 20/01/2021",
        "Mødereferat Direktionen d. 20-01-2021",
        "Direktionsmøde 20-01-2021",
        "Direktionen 20. januar 2021",
        "Direktionen den 20. januar 2021",
        "Direktionen 2021-01-20",
        # the body's code, or its name without the definite ending: written out
        "DIR 20-01-2021",
        "Direktion 20-01-2021",
    ],
)
def test_another_header_names_the_same_meeting(header: str) -> None:
    again, plain = _both("000_d79a1a66f2e81536", "Direktionen 20-01-2021", header)
    assert again == plain


@pytest.mark.parametrize(
    "header",
    [
        "Direktionen 20-01-2021 kl. 09.00",
        "Direktionen 20-01-2021 09:00",
        "Direktionen 20-01-2021, kl. 8.30 – 10.00",
        "Referat af møde i Direktionen den 20. januar 2021 kl. 9.00-12.00",
        # in capitals; split over two lines (the body's name, then the date)
        "DIREKTIONEN 20-01-2021",
        "Direktionen \n\n20-01-2021",
        "Direktionen\nden 20. januar 2021 kl. 9.00",
        # below a cover's lines
        "Dagsorden \n\nDirektionen 20-01-2021",
        "Norddjurs Kommune\nReferat\n\nDirektionen \n\n20-01-2021",
    ],
)
def test_a_header_with_the_time_is_the_only_word_of_the_meeting(header: str) -> None:
    """Where the decision's heading names no body and date, the header must."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    text = text.replace("Direktionen 20-01-2021", header, 1)
    text = text.replace("Beslutning i Direktionen den 20-01-2021", "Beslutning")
    minutes = parse_text(text)
    assert (minutes.body, minutes.date.isoformat()) == ("Direktionen", "2021-01-20")
    assert minutes.items[0].title == "Punkter til behandling"


def test_a_decision_line_naming_the_body_without_its_definite_ending() -> None:
    """'Beslutning i Direktion den …' with no header: the meeting is Direktionen's."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    text = text.replace("Direktionen 20-01-2021", "", 1)
    text = text.replace("Beslutning i Direktionen den", "Beslutning i Direktion den")
    minutes = parse_text(text)
    assert (minutes.body, minutes.body_code) == ("Direktionen", "DIR")
    assert minutes.items[0].decision_date == minutes.date
    plain = parse_text((GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8"))
    assert minutes.items[0].points == plain.items[0].points


def test_a_header_split_over_two_lines_repeated_on_each_page_is_dropped() -> None:
    text = (GOLDEN / "002_6f7cb0de90a56b03.txt").read_text(encoding="utf-8")
    anchor = "2. Afrapportering vedr. udviklingsprocessen"
    assert anchor in text
    split = "Direktionen \n\n30-11-2022 \n\n"
    minutes = parse_text(split + text.replace(anchor, split + anchor, 1))
    plain = parse_text(text)
    assert (minutes.body, minutes.date) == ("Direktionen", plain.date)
    assert minutes.items[0].points == plain.items[0].points


def test_below_a_cover_line_only_a_known_body_makes_a_header() -> None:
    """'Referat' / 'Budgetopfølgning 31-03-2021' / 'Åben Sag': the line under the cover is
    the item's heading, though it ends in a date; the decision names the meeting."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    text = text.replace("Direktionen 20-01-2021", "Referat", 1)
    text = text.replace("Punkter til behandling", "Budgetopfølgning 31-03-2021", 1)
    minutes = parse_text(text)
    assert (minutes.body, minutes.date.isoformat()) == ("Direktionen", "2021-01-20")
    assert minutes.items[0].title == "Budgetopfølgning 31-03-2021"


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("Norddjurs Kommune\n", ""),
        ("", "Referat\n"),
        ("", "Beslutningsprotokol\n"),
        ("", "Åben dagsorden\n"),
        ("Norddjurs Kommune\n", "Mødested: Rådhuset, mødelokale 250\nKl. 9.00-12.00\n"),
        ("", "Side 1 af 2\n"),
    ],
)
def test_a_covers_lines_around_the_header_are_no_part_of_the_first_heading(
    above: str, below: str
) -> None:
    """The municipality's name above the header and what the document is, where and when,
    under it (as a Word document's text box or a front page gives them) are the cover's:
    the first item's heading is its own line, as without them."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    header = "Direktionen 20-01-2021"
    minutes = parse_text(text.replace(header, f"{above}{header}\n{below}", 1))
    plain = parse_text(text)
    assert (minutes.body, minutes.date) == (plain.body, plain.date)
    assert minutes.items[0].title == "Punkter til behandling"
    assert minutes.items == plain.items


def test_a_heading_extracted_before_the_pages_header_is_the_heading() -> None:
    """Text extracted with the page's header after the first item's heading: the heading
    above the header is no cover's when nothing of a heading is left below it."""
    header, heading = "Direktionen 20-01-2021", "Status på budget og årsplan"
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    text = text.replace("Punkter til behandling", heading, 1)
    moved = text.replace(header, "", 1).replace(heading, f"{heading}\n\n{header}", 1)
    assert moved.index(heading) < moved.index(header)
    minutes = parse_text(moved)
    plain = parse_text(text)
    assert (minutes.body, minutes.date) == (plain.body, plain.date)
    assert minutes.items[0].title == heading
    assert minutes.items == plain.items


def test_a_header_of_a_date_alone_names_no_body() -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    minutes = parse_text(text.replace("Direktionen 20-01-2021", "Mødedato: 20-01-2021", 1))
    assert (minutes.body, minutes.date.isoformat()) == ("Direktionen", "2021-01-20")


@pytest.mark.parametrize(
    ("routing", "body"),
    [("DIR", "Direktionen"), ("Direktionen", "Direktionen"), ("DIR, ØK", None)],
)
def test_a_meeting_named_by_nothing_but_its_items_routing(routing: str, body: str | None) -> None:
    """'Mødedato: …' and a bare 'Beslutning': the one body every item goes through is the
    meeting's; a case routed through several names none, and the document fails."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    text = text.replace("Direktionen 20-01-2021", "Mødedato: 20-01-2021", 1)
    text = text.replace("Beslutning i Direktionen den 20-01-2021", "Beslutning", 1)
    text = text.replace("Sagsgang \n\nDIR \n", f"Sagsgang \n\n{routing} \n", 1)
    if body is None:
        with pytest.raises(ParseError, match="intet udvalg fundet"):
            parse_text(text)
        return
    minutes = parse_text(text)
    assert (minutes.body, minutes.body_code, minutes.date.isoformat()) == (
        body,
        "DIR",
        "2021-01-20",
    )
    assert minutes.items[0].decisions[0].body == "Direktionen"


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Dagsorden for Ældrerådet 20-01-2021", "Ældrerådet"),
        # The header's words name no body: the decision's heading does.
        ("Referat 20-01-2021", "Direktionen"),
        ("Mødereferat 20-01-2021", "Direktionen"),
    ],
)
def test_a_header_names_a_body_not_known_by_its_words(header: str, body: str) -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    minutes = parse_text(text.replace("Direktionen 20-01-2021", header))
    assert (minutes.body, minutes.date.isoformat()) == (body, "2021-01-20")


def test_a_heading_that_ends_in_a_date_of_another_form_is_no_header() -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    minutes = parse_text(
        text.replace("Direktionen 20-01-2021\n", "", 1).replace(
            "Punkter til behandling", "Budgetopfølgning pr. 31.03.2021", 1
        )
    )
    assert minutes.items[0].title == "Budgetopfølgning pr. 31.03.2021"


def test_a_heading_that_ends_in_a_written_date_is_no_header() -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    minutes = parse_text(
        text.replace("Direktionen 20-01-2021\n", "", 1).replace(
            "Punkter til behandling", "Dialogmøde med økonomichefen 20. januar 2021", 1
        )
    )
    assert minutes.items[0].title == "Dialogmøde med økonomichefen 20. januar 2021"


@pytest.mark.parametrize(
    ("written", "again"),
    [
        (" Åben Sag", "Åben sag"),
        (" Åben Sag", "ÅBEN SAG"),
        (" Åben Sag", "Åben Sag:"),
        (" Åben Sag", "Åbent punkt"),
        ("Punkter til behandling \n", "Punkter til behandling: \n"),
        ("Direktionen den 20-01-2021", "Direktionen den 20. januar 2021"),
        ("Beslutning i Direktionen den 20-01-2021", "BESLUTNING I DIREKTIONEN DEN 20-01-2021"),
    ],
)
def test_headings_written_otherwise_read_the_same(written: str, again: str) -> None:
    changed, plain = _both("000_d79a1a66f2e81536", written, again, 1)
    assert changed == plain


@pytest.mark.parametrize("closed", ["Lukket Sag", "Lukket punkt", "LUKKET PUNKT"])
def test_a_closed_item_written_otherwise_is_closed(closed: str) -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    assert parse_text(text.replace(" Åben Sag", closed, 1)).items[0].access == "closed"


def test_a_decision_dated_with_dots_is_the_same_decision() -> None:
    dotted, plain = _both(
        "001_4c24889a3c8d3339", "Direktionen den 26-01-2022", "Direktionen den 26.01.2022"
    )
    assert dotted == plain


def test_the_recommendation_names_people_but_gives_no_dates() -> None:
    """The schema's dates are those of the presentation, the points and the decision."""
    text = (GOLDEN / "001_4c24889a3c8d3339.txt").read_text(encoding="utf-8")
    plain = parse_text(text)
    recommendation = "Kommunaldirektøren indstiller, at punkterne behandles."
    assert recommendation in text
    dated = parse_text(
        text.replace(recommendation, f"{recommendation[:-1]} med HR-chef Pia Dahl d. 3. marts.")
    )
    assert dated.dates == plain.dates
    assert "Pia Dahl" in [p.name for p in dated.people]


@pytest.mark.parametrize(
    ("written", "naming", "name"),
    [
        ("Punkter til behandling \n", "Dialogmøde med HR-chef Pia Dahl \n", "Pia Dahl"),
        (
            "Åben Årshjul 2021 (8725/21)",
            "Åben Oplæg ved Lene Mehlsen.pdf (8725/21)",
            "Lene Mehlsen",
        ),
    ],
)
def test_people_named_in_a_heading_or_an_attachments_title(
    written: str, naming: str, name: str
) -> None:
    """'Every named person mentioned anywhere in the document' (the schema)."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    assert written in text
    assert name not in [p.name for p in parse_text(text).people]
    assert name in [p.name for p in parse_text(text.replace(written, naming, 1)).people]


def test_people_named_above_the_first_item() -> None:
    """A cover above the first item ('Deltagere: …') names people too, a line each."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    header = "Direktionen 20-01-2021\n"
    assert header in text
    cover = "Deltagere: Kommunaldirektør Christian Roslev, velfærdsdirektør Lene Mehlsen\nMødested: Rådhuset\n"
    minutes = parse_text(text.replace(header, header + cover, 1))
    people = {p.name: p.title for p in minutes.people}
    assert people["Christian Roslev"] == "kommunaldirektør"
    assert people["Lene Mehlsen"] == "velfærdsdirektør"  # not 'Lene Mehlsen Mødested'
    assert minutes.items[0].title == "Punkter til behandling"


def test_a_front_page_with_nobody_absent_and_contents() -> None:
    """A meeting's front page (place, time, members, 'Fraværende: Ingen', the municipality's
    name, a table of contents) names nobody absent, and its contents no items."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    front = (
        "Direktionen\nREFERAT\nSted: Mødelokale 1, rådhuset\nDato: Onsdag den 20. januar 2021\n"
        "Start kl.: 08:30\nMedlemmer: Kommunaldirektør Christian Roslev\nFraværende: Ingen\n"
        "Norddjurs Kommune\n\nIndholdsfortegnelse\nSide\n"
        "1. Punkter til behandling ..............................................1\n\n"
    )
    plain = parse_text(text)
    minutes = parse_text(front + text)
    assert minutes.absent == ()
    assert [p.name for p in minutes.people] == [p.name for p in plain.people] + ["Christian Roslev"]
    assert minutes.items == plain.items


@pytest.mark.parametrize(
    "written",
    [
        "Beslutning i Direktionen d. 26-01-2022",
        "Beslutning i Direktionen 26-01-2022",
        "Beslutning i Direktionen, 26-01-2022",
        "Beslutning i Direktionen den 26/1 2022",
        "Beslutning Direktionen den 26-01-2022",
        # the body in the genitive; with no header above, it is not taken for a page's header
        "Direktionens beslutning den 26-01-2022",
        "Beslutning i Direktionen den 2022-01-26",
    ],
)
def test_a_decision_line_written_otherwise_is_the_same_decision(written: str) -> None:
    again, plain = _both("001_4c24889a3c8d3339", "Beslutning i Direktionen den 26-01-2022", written)
    assert again == plain


@pytest.mark.parametrize("word", ["Afbud", "Afbud:", "Fraværende"])
def test_the_absence_heading_alone_on_its_line(word: str) -> None:
    text = (GOLDEN / "001_4c24889a3c8d3339.txt").read_text(encoding="utf-8")
    listed = text.replace(
        "Indstilling \n", f"{word}\n\nØkonomichef Bettina Andersen\n\nIndstilling \n"
    )
    minutes = parse_text(listed)
    assert [(a.name, a.kind, a.title) for a in minutes.absent] == [
        ("Bettina Andersen", "fraværende" if word == "Fraværende" else "afbud", "Økonomichef")
    ]
    assert minutes.items[0].recommendation == parse_text(text).items[0].recommendation


@pytest.mark.parametrize(
    ("written", "inline"),
    [
        ("Sagsgang \n\nDIR \n", "Sagsgang: DIR\n"),
        ("Indstilling \n\nKommunaldirektøren", "Indstilling: Kommunaldirektøren"),
        ("Sagsfremstilling \n\nI økonomiaftalen", "Sagsfremstilling: I økonomiaftalen"),
    ],
)
def test_a_heading_with_its_first_line_after_a_colon(written: str, inline: str) -> None:
    again, plain = _both("001_4c24889a3c8d3339", written, inline)
    assert again == plain


def test_an_inline_decision_is_the_meetings() -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    cut = text.index("Beslutning i Direktionen den 20-01-2021")
    minutes = parse_text(text[:cut] + "Beslutning: Drøftet.\n")
    assert minutes.items[0].decisions[0].text == "Drøftet."
    assert minutes.items[0].decision_date == minutes.date


@pytest.mark.parametrize("gap", ["", "\n"])
def test_an_absence_list_right_above_the_first_heading_is_no_part_of_it(gap: str) -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    listed = text.replace(
        "Punkter til behandling",
        f"Afbud:\nKommunaldirektør Tine Curtis (formand)\nVelfærdsdirektør Lene Mehlsen\n{gap}"
        "Punkter til behandling",
        1,
    )
    minutes = parse_text(listed)
    assert [(a.title, a.name, a.note) for a in minutes.absent] == [
        ("Kommunaldirektør", "Tine Curtis", "formand"),
        ("Velfærdsdirektør", "Lene Mehlsen", None),
    ]
    assert [item.title for item in minutes.items] == ["Punkter til behandling"]


@pytest.mark.parametrize(
    "listed",
    [
        "Afbud: Velfærdsdirektør Lene Mehlsen \n\n",
        "Fraværende: \n\nKonstitueret \n\nvelfærdsdirektør Lene Mehlsen \n\n",
        "Afbud: \n\nVelfærdsdirektør Lene Mehlsen \n\n \n\n",
        "AFBUD: \n\nVELFÆRDSDIREKTØR LENE MEHLSEN \n\n",
        "Afbud: \n\nVelfærdsdirektør Lene \n\nMehlsen \n\n",  # a name cut off
        "Afbud: \n\nVelfærdsdirektør \n\nLene Mehlsen \n\n",
        "Afbud fra: Velfærdsdirektør Lene Mehlsen \n\n",
        "Afbud fra velfærdsdirektør Lene Mehlsen. \n\n",
        "Afbud: \n\nVelfærdsdirektør Lene Mehlsen, deltog fra kl. 10.30 \n\n",
    ],
)
def test_an_absence_list_between_the_decisions_heading_and_its_text(listed: str) -> None:
    """'Beslutning i … / Afbud: / <people> / <the decision>': the list ends where its people
    do, and the decision is the decision."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    heading = "Beslutning i Direktionen den 20-01-2021 \n\n"
    assert heading in text
    minutes = parse_text(text.replace(heading, heading + listed, 1))
    assert [a.name for a in minutes.absent] == ["Lene Mehlsen"]
    plain = parse_text(text)
    assert [p.decision for p in minutes.items[0].points] == [
        p.decision for p in plain.items[0].points
    ]


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("Direktør for Job og Velfærd, Lene Mehlsen", "Direktør for Job og Velfærd"),
        ("Områdeleder Vest Lene Mehlsen", "Områdeleder Vest"),
    ],
)
def test_an_absent_persons_title_naming_a_unit_or_an_area(entry: str, title: str) -> None:
    """The comma after a unit and the part of an area after a title are the title's."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    cut = text.index("Bilag:")
    minutes = parse_text(f"{text[:cut]}Fraværende: \n\n{entry} \n\n{text[cut:]}")
    assert [(a.name, a.title) for a in minutes.absent] == [("Lene Mehlsen", title)]
    assert [(p.name, p.title) for p in minutes.people if p.name == "Lene Mehlsen"] == [
        ("Lene Mehlsen", title)
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Fraværende med afbud", "afbud"), ("Fraværende uden afbud", "fraværende")],
)
def test_absent_with_and_without_regrets_on_a_front_page(heading: str, kind: str) -> None:
    """'Fraværende med afbud' are regrets; people without titles, bulleted, with their party;
    the list ends at its last remark, not at the one word on the line after it."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    front = (
        f"Direktionen\nDato: Onsdag den 20. januar 2021\n\n{heading}\n\n"
        " • Arne Bech (H)\n • Sara Benzon (F)\n\nIndholdsfortegnelse\n\n"
    )
    minutes = parse_text(front + text)
    assert [(a.kind, a.name, a.note) for a in minutes.absent] == [
        (kind, "Arne Bech", "H"),
        (kind, "Sara Benzon", "F"),
    ]
    assert minutes.items == parse_text(text).items


def test_an_items_earlier_treatment_after_its_decision_is_not_the_decision() -> None:
    """An item can list its treatments newest first: this meeting's decision, then the one
    that put it off. The meeting's is the item's decision, and the earlier one is kept."""
    text = (GOLDEN / "001_4c24889a3c8d3339.txt").read_text(encoding="utf-8")
    plain = parse_text(text)
    earlier = "Beslutning i Direktionen den 12-01-2022 \n\nSagen udsat til næste møde. \n\n"
    cut = text.index("Bilag:") if "Bilag:" in text else len(text)
    minutes = parse_text(text[:cut] + earlier + text[cut:])
    item = minutes.items[0]
    assert item.decision_date == date(2022, 1, 26)
    assert item.decision == plain.items[0].decision
    assert [p.decision for p in item.points] == [p.decision for p in plain.items[0].points]
    assert [(d.date, d.text) for d in item.decisions[1:]] == [
        (date(2022, 1, 12), "Sagen udsat til næste møde.")
    ]


def test_absences_repeated_under_each_items_decision_are_listed_once() -> None:
    absences = "Afbud: \n\nVelfærdsdirektør Lene Mehlsen \n\nFraværende: \n\nHR-chef Eva Lund \n\n"
    first, second = (_from_access_line(p.read_text(encoding="utf-8")) for p in SEEDS[:2])
    text = (
        "Direktionen 20-01-2021\n\n1. Punkter til behandling\n\n"
        + first.replace("Bilag:", absences + "Bilag:", 1)
        + "\n\n2. Orientering fra direktørerne\n\n"
        # the second item's own absences: one the same as the first's, one not
        + second.rstrip()
        + "\n\n"
        + absences.replace("Eva Lund", "Ib Holm")
    )
    minutes = parse_text(text)
    assert len(minutes.items) == 2
    assert [(a.kind, a.name) for a in minutes.absent] == [
        ("afbud", "Lene Mehlsen"),
        ("fraværende", "Eva Lund"),
        ("fraværende", "Ib Holm"),
    ]


def test_a_sentence_under_afbud_is_no_absence() -> None:
    """An 'Afbud:' that names nobody (a stray heading in running text) takes nothing."""
    text = (GOLDEN / "002_6f7cb0de90a56b03.txt").read_text(encoding="utf-8")
    anchor = "Direktionen har følgende øvrige punkter til behandling: \n"
    assert anchor in text
    minutes = parse_text(text.replace(anchor, "Afbud: \n\n" + anchor, 1))
    assert minutes.absent == ()
    assert minutes.items[0].points == parse_text(text).items[0].points


def test_afbud_fra_in_running_text_is_no_absence() -> None:
    """'Afbud fra' opens a list without a colon only when people follow."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    decided = "Drøftet.  \n"
    assert decided in text
    line = "Afbud fra de fleste af fagcheferne. \n"
    minutes = parse_text(text.replace(decided, decided + "\n" + line, 1))
    assert minutes.absent == ()
    assert minutes.items[0].points[0].decision == "Drøftet. Afbud fra de fleste af fagcheferne."


@pytest.mark.parametrize("apart", [". ", "; "])
def test_both_absence_lists_on_one_line(apart: str) -> None:
    """'Afbud: … . Fraværende: …' on one line: two lists, nothing left for the decision."""
    text = (
        "Direktionen 14-03-2023\nBudget\n Åben Sag\nSagsgang\nDIR\n"
        "Beslutning i Direktionen den 14-03-2023\nGodkendt.\n"
        f"Afbud: Kommunaldirektør Christian Roslev{apart}Fraværende: Velfærdsdirektør Lene "
        "Mehlsen (ferie).\n"
    )
    minutes = parse_text(text)
    assert [(a.kind, a.title, a.name, a.note) for a in minutes.absent] == [
        ("afbud", "Kommunaldirektør", "Christian Roslev", None),
        ("fraværende", "Velfærdsdirektør", "Lene Mehlsen", "ferie"),
    ]
    assert minutes.items[0].decision == "Godkendt."


def test_an_empty_absence_label_before_a_sentence_about_a_person_lists_nobody() -> None:
    """'Fraværende:' with nobody, then the decision: 'Ole Kristensen orienterede om …' is a
    sentence, not a person with a remark."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    heading = "Beslutning i Direktionen den 20-01-2021 \n\n"
    said = "Ole Kristensen orienterede om henvendelse fra Vestermose Skole og garantistillelse."
    minutes = parse_text(text.replace(heading, f"{heading}Fraværende: \n{said}\n\n", 1))
    assert minutes.absent == ()
    assert said in minutes.items[0].decision


def test_a_lost_presentation_heading_leaves_the_routing_its_codes() -> None:
    """'Sagsgang' / 'DIR' / 'I økonomiaftalen …': the text after the codes is the presentation."""
    lost, plain = _both("002_6f7cb0de90a56b03", "Sagsfremstilling \n", "", 1)
    assert lost == plain


def _protocol(spacing: str) -> str:
    """A committee's minutes of several items as an older extraction gives them: a cover
    whose list of the absent is empty, a table of contents, the page header split over two
    lines on every page, each item's number alone above its heading."""
    page = "Kommunalbestyrelsen\n16-06-2015\n"
    lines = (
        "Kommunalbestyrelsen\nBESLUTNINGSPROTOKOL\nSted:\nMødelokale 4, rådhuset\nDato:\n"
        "Tirsdag den 16. juni 2015\nStart kl.:\n17:00\nMedlemmer:\nJan Petersen (A)\n"
        "Inger K. Andersen (O)\nFraværende:\nNorddjurs Kommune\n"
        + page
        + "Indholdsfortegnelse\nSide\n1.\n"
        "Ekstra anlæg - projektering af trafikafviklingsplan og forundersøgelser ved\n"
        f"stationen Grenaa Syd {'.' * 40}1\n2.\nEkstra anlæg - ekstra asfalt {'.' * 40}3\n"
        + page
        + "1.\nEkstra anlæg - projektering af trafikafviklingsplan og forundersøgelser ved\n"
        "stationen Grenaa Syd\nÅben sag\nSagsgang: ØK, KB\nSagsfremstilling\n"
        "Økonomiudvalget afsatte midler til ekstra anlæg.\nIndstilling\n"
        "Direktøren for teknik og miljø indstiller, at der gives en anlægsbevilling.\n"
        "Beslutning i Økonomiudvalget den 09-06-2015\nIndstillingen anbefales.\n"
        "Fraværende:\nIngen\nBeslutning i Kommunalbestyrelsen den 16-06-2015\nGodkendt.\n"
        "Bilag:\n1 - \n3011525\nÅben Notat om trafikafvikling (56732/15) (H)\nSide 1\n"
        + page
        + "2.\nEkstra anlæg - ekstra asfalt\nÅben sag\nSagsgang: ØK, KB\nSagsfremstilling\n"
        "Der afsættes 2 mio. kr. til ekstra asfalt.\nIndstilling\n"
        "Direktøren for teknik og miljø indstiller, at der gives en anlægsbevilling.\n"
        "Beslutning i Kommunalbestyrelsen den 16-06-2015\nGodkendt.\nFraværende:\n"
        "Inger K. Andersen (O)\nSide 3\n"
    )
    return spacing.join(lines.splitlines()) + "\n"


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_protocol_with_a_cover_contents_and_split_page_headers(spacing: str) -> None:
    minutes = parse_text(_protocol(spacing))
    assert (minutes.body, minutes.date) == ("Kommunalbestyrelsen", date(2015, 6, 16))
    assert [(i.number, i.title) for i in minutes.items] == [
        (
            1,
            "Ekstra anlæg - projektering af trafikafviklingsplan og forundersøgelser ved "
            "stationen Grenaa Syd",
        ),
        (2, "Ekstra anlæg - ekstra asfalt"),
    ]
    first, second = minutes.items
    assert [a.title for a in first.attachments] == ["Notat om trafikafvikling"]
    assert first.decision == second.decision == "Godkendt."
    assert [(a.kind, a.name, a.note) for a in minutes.absent] == [
        ("fraværende", "Inger K. Andersen", "O")
    ]


def test_a_protocols_one_page_header_is_its_header() -> None:
    """With its own decisions under a bare 'Beslutning:', the page header that recurs on every
    page names the meeting, not the earlier body's decision above them."""
    text = _protocol("\n").replace("Beslutning i Kommunalbestyrelsen den 16-06-2015", "Beslutning:")
    minutes = parse_text(text)
    assert (minutes.body, minutes.date) == ("Kommunalbestyrelsen", date(2015, 6, 16))
    assert [(d.body, d.date, d.text) for d in minutes.items[0].decisions] == [
        ("Økonomiudvalget", date(2015, 6, 9), "Indstillingen anbefales."),
        ("Kommunalbestyrelsen", date(2015, 6, 16), "Godkendt."),
    ]


@pytest.mark.parametrize(
    ("cover", "body", "when"),
    [
        (
            "BESLUTNINGSPROTOKOL\nØkonomiudvalget\nMøde nr. : 18/2012\nSted : Rådhuset i Grenaa\n"
            "Dato : 11. december 2012\nStart kl. : 13.00\n",
            "Økonomiudvalget",
            date(2012, 12, 11),
        ),
        (
            "Kultur- og udviklingsudvalget\nREFERAT\nSted:\nKantinen, Allingåbro\nDato:\n"
            "Mandag den 24. november 2014\n",
            "Kultur- og udviklingsudvalget",
            date(2014, 11, 24),
        ),
        (
            "Beslutningsprotokol\nonsdag den 11. august 2021 kl. 09:00\nMødested: Lokale 412\n"
            "Udvalg: Teknik- og Miljøudvalget\nMødedato: 11-08-2021\n",
            "Teknik- og Miljøudvalget",
            date(2021, 8, 11),
        ),
    ],
)
def test_the_cover_gives_the_meeting_where_no_header_or_decision_line_does(
    cover: str, body: str, when: date
) -> None:
    """Older protocols name the body and the date on their cover only, and decide under a
    bare 'Beslutning:'."""
    text = (
        cover + "\n1. Samarbejde om ny turismestruktur\nÅben sag\nSagsfremstilling:\n"
        "Der er udarbejdet et forslag.\nIndstilling:\nKommunaldirektøren indstiller, at "
        "forslaget godkendes.\nBeslutning:\nGodkendt.\n"
    )
    minutes = parse_text(text)
    assert (minutes.body, minutes.date) == (body, when)
    assert [(d.body, d.date, d.text) for d in minutes.items[0].decisions] == [
        (body, when, "Godkendt.")
    ]


def test_access_last_on_the_records_line_and_headings_repeated_above_them() -> None:
    """A portal's page: each heading twice (the folded list's and the item's own), the access
    word last on the case's record ('Sagsnr.: …   Åbent'). The repeat is no part of the item
    before, and the record no part of the presentation."""

    def item(n: int, title: str, access: str, decided: str) -> str:
        return (
            f"{n}. {title}\n\n{n}.     {title}\n\nSagsnr.: 330-2018-3619     Dok.nr.: "
            f"330-2018-5003{n}          {access}\nKompetence: Økonomiudvalget\nBeslutningstema\n"
            f"{title}.\nIndstilling\nBorgmesteren indstiller, at {title.lower()} godkendes.\n"
            f"Beslutning i Økonomiudvalget den 1. oktober 2018:\n{decided}\n\n"
        )

    text = "Økonomiudvalget – Referat – 1. oktober 2018\n\n" + (
        item(1, "Godkendelse af dagsorden", "Åbent", "Godkendt.")
        + item(2, "Salg af grund", "Lukket", "Godkendt med bemærkninger.")
    )
    minutes = parse_text(text)
    assert [(i.number, i.title, i.access, i.case_number) for i in minutes.items] == [
        (1, "Godkendelse af dagsorden", "open", "330-2018-3619"),
        (2, "Salg af grund", "closed", "330-2018-3619"),
    ]
    assert [i.decision for i in minutes.items] == ["Godkendt.", "Godkendt med bemærkninger."]
    assert minutes.items[1].presentation == (
        "Kompetence: Økonomiudvalget Beslutningstema Salg af grund."
    )


def test_without_a_cover_header_or_decision_line_no_meeting_is_made_up() -> None:
    text = "1. Samarbejde\nÅben sag\nSagsfremstilling:\nTekst.\nBeslutning:\nGodkendt.\n"
    with pytest.raises(ParseError, match="intet udvalg fundet"):
        parse_text("Referat\nMøde nr. 18\n" + text)
    with pytest.raises(ParseError, match="ingen mødedato"):
        parse_text("Økonomiudvalget\nReferat\n" + text)


@pytest.mark.parametrize(
    "lost",
    ["Sagsgang \n", "Sagsfremstilling \n", "Sagsgang \n\nDIR \n\nSagsfremstilling \n"],
)
def test_the_text_under_the_access_line_with_its_heading_lost_is_kept(lost: str) -> None:
    """The codes and the presentation above the first heading left are the item's routing
    and presentation, points and all; with the codes gone too, the text is still there."""
    again, plain = _both("002_6f7cb0de90a56b03", lost, "", 1)
    if "DIR" in lost:
        assert again["items"][0]["routing"] == []
        again["items"][0]["routing"] = plain["items"][0]["routing"]
    assert again == plain


def test_text_under_a_heading_the_format_does_not_know_is_the_presentation() -> None:
    """'Åben Sag' / 'Beslutningstema' / <text> / 'Indstilling': the text is not dropped."""
    text = (
        "Økonomiudvalget 01-10-2018\n\n1. Godkendelse af dagsorden\n\nÅben Sag\n"
        "Sagsnr.: 330-2018-3619\nKompetence: Økonomiudvalget\nBeslutningstema\n"
        "Godkendelse af dagsorden.\nIndstilling\nBorgmesteren indstiller, at dagsordenen "
        "godkendes.\nBeslutning i Økonomiudvalget den 01-10-2018\nGodkendt.\n"
    )
    item = parse_text(text).items[0]
    assert item.case_number == "330-2018-3619"
    assert item.presentation == (
        "Kompetence: Økonomiudvalget Beslutningstema Godkendelse af dagsorden."
    )
    assert item.recommendation == "Borgmesteren indstiller, at dagsordenen godkendes."
    assert item.decision == "Godkendt."


def test_a_lost_recommendation_heading() -> None:
    """'… last point.' / 'Kommunaldirektøren indstiller, at …': the recommendation, not the
    last point's text."""
    lost, plain = _both("001_4c24889a3c8d3339", "Indstilling \n", "", 1)
    assert lost == plain


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # a heading wrapped over two lines of double-spaced text
        (
            "Orientering om lukket personalesag vedrørende en medarbejder i \n\n"
            "Velfærdsforvaltningen \n\n",
            "Orientering om lukket personalesag vedrørende en medarbejder i Velfærdsforvaltningen",
        ),
        # the last person of a list above is no part of the heading, nor a short line
        (
            "Afbud: \n\nVelfærdsdirektør Lene Mehlsen og kommunaldirektør Christian Roslev \n\n"
            "Personalesag \n\n",
            "Personalesag",
        ),
        ("Bilaget eftersendes \n\nPersonalesag \n\n", "Personalesag"),
        # a short first line that opens with the item's number, going on in lower case
        ("2. Personalesag vedr. \n\nansættelse \n\n", "Personalesag vedr. ansættelse"),
    ],
)
def test_a_closed_items_heading_after_another_item_in_double_spaced_text(
    above: str, title: str
) -> None:
    text = (GOLDEN / "002_6f7cb0de90a56b03.txt").read_text(encoding="utf-8")
    closed = above + " Lukket Sag \n\nSagsgang \n\nDIR \n\n"
    minutes = parse_text(text + closed)
    assert [(item.title, item.access) for item in minutes.items] == [
        ("Punkter til behandling", "open"),
        (title, "closed"),
    ]
    plain = parse_text(text).items[0]
    assert minutes.items[0].attachments == plain.attachments


def test_a_paragraph_that_closes_the_list_is_no_part_of_the_last_point() -> None:
    """Points that follow one another with no empty paragraph between: an empty paragraph
    after the last point ends the list, and what follows closes the presentation."""
    last = "Status på chef- og direktøransættelser samt HRs rolle. \n\n"
    closing = " \n\nDirektionen orienteres desuden om status på budget. \n\n"
    closed, plain = _both(
        "001_4c24889a3c8d3339", last + "Indstilling", last + closing + "Indstilling"
    )
    assert closed == plain


def test_a_paragraph_after_points_parted_by_empty_paragraphs_stays_with_the_last() -> None:
    """Where empty paragraphs part the points, one after the last may part that point's own
    paragraphs: the text after it stays the last point's."""
    text = (GOLDEN / "002_6f7cb0de90a56b03.txt").read_text(encoding="utf-8")
    last = "direktionsseminaret afholdes punktet kl. 11.30 – 12.00. \n\n"
    assert last in text
    more = " \n\nOplægget sendes ud inden mødet. \n\n"
    minutes = parse_text(text.replace(last, last + more, 1))
    assert minutes.items[0].points[-1].presentation.endswith("Oplægget sendes ud inden mødet.")


@pytest.mark.parametrize(
    "heading",
    ["Bilagsliste:", "Bilagsoversigt", "Bilag til punktet:", "Bilag til sagen:", "BILAGSLISTE"],
)
def test_the_attachment_list_under_other_headings(heading: str) -> None:
    changed, plain = _both("000_d79a1a66f2e81536", "\nBilag: \n", f"\n{heading} \n")
    assert len(plain["items"][0]["attachments"]) == 6
    assert changed == plain


@pytest.mark.parametrize(
    "heading",
    [
        "Indstillinger",
        "Forslag til beslutning",
        "Administrationens indstilling",
        "Forvaltningens indstilling:",
        "Kommunaldirektørens indstilling",
    ],
)
def test_other_words_head_the_recommendation(heading: str) -> None:
    changed, plain = _both("000_d79a1a66f2e81536", "\nIndstilling \n", f"\n{heading} \n")
    assert changed == plain


@pytest.mark.parametrize("heading", ["Direktionsseminar i foråret", "Direktionsseminar udskydes"])
def test_a_decision_heading_in_other_words_than_the_title(heading: str) -> None:
    """The other points' parts open with their titles: a line of the title's words in other
    order or fewer of them heads its point's part, and is dropped like the others."""
    changed, plain = _both(
        "000_d79a1a66f2e81536", "\nDirektionsseminar  \n\nSeminaret", f"\n{heading} \n\nSeminaret"
    )
    assert changed == plain


def test_a_short_line_of_other_words_heads_no_part() -> None:
    """A line of words the title does not have, where the point's heading would be, is the
    part's text, not its heading."""
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    written = "\nDirektionsseminar  \n\nSeminaret"
    assert written in text
    minutes = parse_text(text.replace(written, "\nUdsat til maj \n\nSeminaret"))
    assert minutes.items[0].points[1].decision.startswith("Udsat til maj Seminaret")


@pytest.mark.parametrize("seed", ["000_d79a1a66f2e81536", "001_4c24889a3c8d3339"])
def test_a_list_without_its_introduction_is_read_where_the_decision_answers_it(seed: str) -> None:
    # Seed 000's bullets are glyphs, seed 001's were lost (indented, capitalised lines).
    again, plain = _both(seed, "Direktionen har følgende øvrige punkter til behandling: ", "")
    assert len(plain["items"][0]["points"]) == 3
    assert again == plain


def test_a_list_without_its_introduction_that_the_decision_does_not_answer_is_text() -> None:
    text = (GOLDEN / "001_4c24889a3c8d3339.txt").read_text(encoding="utf-8")
    text = text.replace("Direktionen har følgende øvrige punkter til behandling: ", "")
    decided = text.index("Beslutning i Direktionen den 26-01-2022")
    minutes = parse_text(text[:decided] + "Beslutning i Direktionen den 26-01-2022\n\nGodkendt.\n")
    (item,) = minutes.items
    assert item.points == ()
    assert "Årligt dialogmøde med økonomichef Bettina Andersen" in item.presentation
    # Its heading was lost too (as in the seed): a Direktion item is named as the system does.
    assert item.title == "Punkter til behandling"


@pytest.mark.parametrize("bullet", ["o", "\uf0a7", "▪", "-"])
def test_a_list_inside_a_point_stays_the_points_and_after_its_title(bullet: str) -> None:
    """Word's second-level bullets under a point ('o' in Courier New, a Wingdings square):
    the point's own list, after its first sentence, which stays its title."""
    first = " Direktionens årsplan (bilag vedlagt). \n"
    listed = f"{first}{bullet} Januar: budgetopfølgning \n{bullet} Februar: dialogmøder \n"
    changed, plain = _both("000_d79a1a66f2e81536", first, listed)
    assert [p["title"] for p in changed["items"][0]["points"]] == [
        p["title"] for p in plain["items"][0]["points"]
    ]
    point = changed["items"][0]["points"][0]
    assert point["presentation"].endswith("Januar: budgetopfølgning Februar: dialogmøder")


@pytest.mark.parametrize("under_access", [False, True])
def test_a_cases_record_under_its_heading_is_no_part_of_it(under_access: bool) -> None:
    """Committee minutes print the case's record under the heading ('Sagsnr.: …
    Sagsansvarlig: …'), above or below the access line: the case number, and the person it
    names, but not the heading's words."""
    record = "Sagsnr.: 01.02.05-P16-3-21      Sagsansvarlig: Kim T. Jensen \n\n"
    heading = "4. Vedtagelse af lokalplan 12 for Auning \n\n"
    access = " Åben Sag \n\n"
    top = heading + (access + record if under_access else record + access)
    minutes = parse_text(
        "Miljø- og Teknikudvalget 06-12-2022 \n\n"
        + top
        + "Sagsgang \n\nMTU, ØK, KB \n\nSagsfremstilling \n\nForslag til lokalplan 12 har "
        "været i høring. \n\nIndstilling \n\nDirektøren indstiller, at planen vedtages. \n\n"
        "Beslutning i Miljø- og Teknikudvalget den 06-12-2022 \n\nAnbefales over for "
        "økonomiudvalget og kommunalbestyrelsen. \n"
    )
    (item,) = minutes.items
    assert (item.number, item.title) == (4, "Vedtagelse af lokalplan 12 for Auning")
    assert item.case_number == "01.02.05-P16-3-21"
    assert "Kim T. Jensen" in [p.name for p in minutes.people]
    assert [(r.body, r.precision) for r in item.referrals] == [("ØK", "next"), ("KB", "next")]
    # an item without one has none
    assert (
        parse_text((GOLDEN / "000_d79a1a66f2e81536.txt").read_text()).items[0].case_number is None
    )


def test_an_item_without_points_plans_its_referrals_in_its_presentation() -> None:
    text = (
        "Økonomiudvalget 29-11-2022\n\nBudgetopfølgning\n Åben Sag\nSagsgang\nØK, KB\n"
        "Sagsfremstilling\nBudgetopfølgningen pr. 31. oktober viser et mindreforbrug. "
        "Sagen behandles\nendelig i KB d. 13. december.\nIndstilling\nDirektionen indstiller, "
        "at budgetopfølgningen godkendes.\nBeslutning i Økonomiudvalget den 29-11-2022\n"
        "Indstillingen anbefales. Sagen behandles i KB d. 13. december.\n"
    )
    [item] = parse_text(text).items
    assert [(r.body, r.date.isoformat()) for r in item.referrals] == [("KB", "2022-12-13")]
    undecided = parse_text(text.replace(" Sagen behandles i KB d. 13. december.", ""))
    [item] = undecided.items
    assert [(r.body, r.date.isoformat(), r.point_index) for r in item.referrals] == [
        ("KB", "2022-12-13", None)
    ]


def test_word_97_files_of_a_chunk_are_converted_in_one_run(
    saved_in_other_formats: dict[str, bytes], libreoffice_runs: list[int]
) -> None:
    """The import hands the parsing process 32 documents at a time: their .doc files are
    converted by one LibreOffice (its start is nearly all a file costs alone). A file the run
    gives nothing for fails (LibreOffice, run to its end, tried it); the others keep their
    answers and their order, among documents of other kinds."""
    broken = libreoffice.OLE_SIGNATURE + bytes(200) + "WordDocument".encode("utf-16-le")
    names = [p.stem for p in SEEDS]
    documents = [
        (saved_in_other_formats[names[0]], "a.doc"),
        (broken, "ødelagt.doc"),
        (SEEDS[1].read_bytes(), "b.txt"),
        (saved_in_other_formats[names[2]], "c.doc"),
        (libreoffice.OLE_SIGNATURE + "EncryptedPackage".encode("utf-16-le"), "kode.docx"),
    ]
    results = parse_list(documents)
    assert libreoffice_runs == [
        3
    ]  # the three together, and no run again for the one it could not read
    a, failed, b, c, locked = results
    for path, result in ((SEEDS[0], a), (SEEDS[1], b), (SEEDS[2], c)):
        assert not isinstance(result, ParseError)
        assert comparable(to_dict(result)) == comparable(to_dict(parse_text(path.read_text())))
    assert isinstance(failed, ParseError) and failed.source == "ødelagt.doc"
    assert "kan ikke læse" in failed.problem
    assert isinstance(locked, ParseError) and "adgangskode" in locked.problem


@pytest.mark.parametrize("broken_off", ["timed out", "crashed"])
def test_a_run_broken_off_keeps_what_it_converted_and_tries_the_rest_alone(
    saved_in_other_formats: dict[str, bytes], monkeypatch: pytest.MonkeyPatch, broken_off: str
) -> None:
    """A hostile file that holds LibreOffice up costs the run its time (or one that makes it
    crash, the run): what the run wrote before is kept, but the last file written (the end
    may have cut it off), and the rest are converted one by one."""
    runs: list[list[bytes]] = []
    convert = libreoffice._convert

    def slow(files: list[Path], out: Path) -> str:
        runs.append([f.read_bytes() for f in files])
        if len(files) == 1:
            return convert(files, out)
        convert(files[:2], out)  # two written, then the time is up
        (out / f"{files[1].stem}.docx").write_bytes(b"PK\x03\x04 cut off")
        return broken_off

    monkeypatch.setattr(libreoffice, "_convert", slow)
    names = [p.stem for p in SEEDS]
    documents = [(saved_in_other_formats[name], f"{name}.doc") for name in names]
    converted = libreoffice.all_to_docx(documents)
    docs = [data for data, _ in documents]
    assert runs == [docs, [docs[1]], [docs[2]]]
    for path, docx_bytes in zip(SEEDS, converted, strict=True):
        assert isinstance(docx_bytes, bytes)
        expected = comparable(to_dict(parse_text(path.read_text())))
        assert comparable(to_dict(parse_bytes(docx_bytes, "x.docx"))) == expected


def test_a_conversion_writing_more_than_allowed_is_stopped(
    saved_in_other_formats: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No file LibreOffice writes may be larger than the Word reader takes unpacked (a
    document made to fill the disk): here the limit set below this document's DOCX."""
    monkeypatch.setattr(libreoffice, "CONVERT_FILE_BYTES", 4096)
    with pytest.raises(ParseError, match="LibreOffice kan ikke læse dokumentet"):
        libreoffice.to_docx(saved_in_other_formats[SEEDS[0].stem], "stor.doc")


@pytest.mark.parametrize("seed", [p.stem for p in SEEDS])
@pytest.mark.parametrize(
    "broken",
    [
        "Beslutning i\n\nDirektionen den {date}",
        "Beslutning i Direktionen den\n\n{date}",
        "Beslutning i Direktionen\n{date}",
    ],
    ids=["after i", "after den", "before the date"],
)
def test_a_decision_heading_the_line_broke_reads_the_same(seed: str, broken: str) -> None:
    """A heading wrapped by a narrow column: it ran into the recommendation, with the whole
    decision (no decision, no points' parts)."""
    text = (GOLDEN / f"{seed}.txt").read_text(encoding="utf-8")
    m = re.search(r"Beslutning i Direktionen den (\d\d-\d\d-\d{4})", text)
    assert m is not None
    changed, same = _both(seed, m.group(), broken.format(date=m[1]))
    assert changed == same


def test_an_undated_decision_heading_takes_the_meetings_date_if_its_body_is_the_meetings() -> None:
    text = (
        "Byrådet 20-05-2020\n\nSalg af grund\n Åben Sag\nSagsfremstilling\nTekst.\n"
        "Økonomiudvalgets beslutning\nAnbefales.\nBeslutning i Byrådet\nGodkendt.\n"
    )
    item = parse_text(text).items[0]
    assert [(d.body, d.date, d.text) for d in item.decisions] == [
        ("Økonomiudvalget", None, "Anbefales."),  # another body's: its date is not written
        ("Byrådet", date(2020, 5, 20), "Godkendt."),
    ]
    assert item.decision_date == date(2020, 5, 20)


def test_a_decision_heading_broken_before_its_date_under_an_earlier_bodys_decision() -> None:
    """The committee's decision above, dated; the board's below, its date on the next line:
    the date is the heading's, not the decision's first words (nor a date it names)."""
    text = (
        "Direktionen 30-11-2022\n\nBudget\n Åben Sag\nSagsfremstilling\nTekst.\n"
        "Beslutning i Miljø- og Teknikudvalget den 14-11-2022\nAnbefales.\n"
        "Beslutning i Direktionen den\n\n30-11-2022\n\nGodkendt.\n"
    )
    minutes = parse_text(text)
    assert [(d.body, d.date, d.text) for d in minutes.items[0].decisions] == [
        ("Miljø- og Teknikudvalget", date(2022, 11, 14), "Anbefales."),
        ("Direktionen", date(2022, 11, 30), "Godkendt."),
    ]
    assert minutes.dates == ()


def test_a_long_committees_decision_heading_broken_inside_its_name() -> None:
    text = (
        "Social-, Sundheds- og Ældreudvalget 20-01-2021\n\nVisitation\n Åben Sag\n"
        "Sagsfremstilling\nTekst.\nIndstilling\nGodkendes.\nBeslutning i Social-, Sundheds- og\n"
        "Ældreudvalget den 20-01-2021\nGodkendt.\n"
    )
    item = parse_text(text).items[0]
    assert item.recommendation == "Godkendes."
    assert [(d.body, d.date, d.text) for d in item.decisions] == [
        ("Social-, Sundheds- og Ældreudvalget", date(2021, 1, 20), "Godkendt.")
    ]


_ITEM = (
    "{heading}\n Åben Sag\nSagsgang\nDIR\nSagsfremstilling\nTekst.\nIndstilling\n"
    "Kommunaldirektøren indstiller, at sagen drøftes.\n"
    "Beslutning i Direktionen den 14-03-2023\n{decision}\n"
)


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("decision", "heading"),
    [
        # a decision's last line with no period above the next item's heading of one line …
        ("Drøftet og godkendt med de faldne bemærkninger", "Status på rekruttering"),
        ("Taget til efterretning", "Status på rekruttering"),
        ("Direktionen tog orienteringen til efterretning og beder HR om en status", "Årshjul"),
        ("Drøftet. Direktionen ønsker at se sagen igen", "Status på rekruttering"),
        # … or of two, whose first line wraps as a heading's does
        (
            "Godkendt",
            "Status på rekruttering af ny skolechef og på ansættelse af en ny\nøkonomichef",
        ),
        ("Taget til efterretning", "Budgetopfølgning for de\ntekniske områder"),
        ("Taget til efterretning", "Personalesag vedrørende\nansættelse"),
        # a decision of two long lines, the second going on from the first
        (
            "Der arbejdes videre med planen i samarbejde med\n"
            "HR og økonomiafdelingen samt de relevante fagchefer",
            "Status på rekruttering",
        ),
        (
            "Der arbejdes videre med planen i samarbejde\n"
            "med HR og økonomiafdelingen samt de relevante fagchefer",
            "Status på rekruttering af ny skolechef og på ansættelse af en ny\nøkonomichef",
        ),
    ],
)
def test_a_decision_ending_without_a_period_before_the_next_heading(
    decision: str, heading: str, spacing: str
) -> None:
    """Under the decision's heading, a line that opens as a decision does, or a short one no
    heading's line goes on from, is the decision's, not the next heading's first line."""
    text = "Direktionen 14-03-2023\n" + _ITEM.format(heading="Budget", decision=decision)
    text += _ITEM.format(heading=heading, decision="Godkendt")
    minutes = parse_text(text.replace("\n", spacing))
    assert [item.title for item in minutes.items] == ["Budget", " ".join(heading.split())]
    assert minutes.items[0].decisions[0].text == " ".join(decision.split())
    # under a closed item's decision, which is empty, the heading wraps as ever
    closed = "Direktionen 14-03-2023\nPersonalesag\n Lukket Sag\nSagsgang\nDIR\n"
    closed += "Beslutning i Direktionen den 14-03-2023\n"
    closed += _ITEM.format(heading=heading, decision="Godkendt")
    minutes = parse_text(closed.replace("\n", spacing))
    assert [item.title for item in minutes.items] == ["Personalesag", " ".join(heading.split())]


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_an_agendas_empty_decisions_leave_the_next_heading_whole(spacing: str) -> None:
    """An agenda's decision headings stand empty: the line under one is the next item's
    heading, even where it could be a decision's (long, with no period)."""
    heading = "Status på rekruttering af ny skolechef og på ansættelse af en ny\nøkonomichef"
    text = "Direktionen 14-03-2023\nDagsorden\n" + _ITEM.format(heading="Budget", decision="")
    text += _ITEM.format(heading=heading, decision="")
    minutes = parse_text(text.replace("\n\n", "\n").replace("\n", spacing))
    assert [item.title for item in minutes.items] == ["Budget", " ".join(heading.split())]


@pytest.mark.parametrize(
    ("header", "decided"),
    [
        ("Direktionen 14-03-2023", "Beslutning i Direktionen den 14-03-2023 kl. 9.00"),
        ("DIREKTIONEN - 14. MARTS 2023", "Beslutning i Direktionen den 14-03-2023, kl. 9.00-12.00"),
        ("Direktionen 14-03-2023", "Direktionens beslutning den 14-03-2023 klokken 9"),
    ],
)
def test_a_decisions_time_and_a_header_in_capitals(header: str, decided: str) -> None:
    """The meeting's time after the decision's date is no part of the decision; a header in
    capitals may write its month out in capitals too."""
    text = (
        f"{header}\nBUDGETOPFØLGNING\n Åben Sag\nSagsgang\nDIR\nSagsfremstilling\nTekst.\n"
        f"{decided}\nGodkendt.\n"
    )
    minutes = parse_text(text)
    assert (minutes.body, minutes.date) == ("Direktionen", date(2023, 3, 14))
    (item,) = minutes.items
    assert (item.title, item.decision, item.decision_date) == (
        "BUDGETOPFØLGNING",
        "Godkendt.",
        date(2023, 3, 14),
    )


def test_a_cover_line_wrapped_inside_a_name_names_the_person() -> None:
    """A PDF wraps the cover's list of who took part between a first name and a surname."""
    text = (
        "Direktionen 14-03-2023\nDeltagere: Kommunaldirektør Christian Roslev, teknik- og "
        "miljødirektør Jens\nAndersen\n\nBudget\n Åben Sag\nSagsgang\nDIR\n"
        "Beslutning i Direktionen den 14-03-2023\nGodkendt.\n"
    )
    people = {p.name: p.title for p in parse_text(text).people}
    assert people == {
        "Christian Roslev": "kommunaldirektør",
        "Jens Andersen": "teknik- og miljødirektør",
    }


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Budget\n", "Budget"),
        (
            "Budgetopfølgning for direktionens område og de tværgående puljer pr.\n31. marts\n",
            "Budgetopfølgning for direktionens område og de tværgående puljer pr. 31. marts",
        ),
    ],
)
def test_a_surname_the_cover_wrapped_into_opens_no_heading(
    gap: str, heading: str, title: str
) -> None:
    """With no empty line before the first heading, the surname a PDF wrapped off the cover's
    line is the cover's, not the heading's first line ('Andersen Budget')."""
    text = (
        f"Direktionen 14-03-2023\nDeltagere: Kommunaldirektør Christian Roslev, teknik- og "
        f"miljødirektør Jens\nAndersen\n{heading} Åben Sag\nSagsgang\nDIR\n"
        f"Beslutning i Direktionen den 14-03-2023\nGodkendt.\n"
    ).replace("\n", gap)
    minutes = parse_text(text)
    assert [item.title for item in minutes.items] == [title]
    assert "Jens Andersen" in {p.name for p in minutes.people}


def test_a_short_heading_under_a_cover_line_ending_in_a_name_stays_whole() -> None:
    """A heading's two lines under a cover ending in a first name: only a surname-like first line
    (a word or two, capitalised) is the cover's."""
    text = (
        "Direktionen 14-03-2023\nDeltagere: Hele direktionen og Jens\nOrientering om\n"
        "budgettet\n Åben Sag\nSagsgang\nDIR\nBeslutning i Direktionen den 14-03-2023\n"
        "Godkendt.\n"
    )
    assert [item.title for item in parse_text(text).items] == ["Orientering om budgettet"]
