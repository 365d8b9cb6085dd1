"""Empty paragraphs a PDF shows only by the room they leave (core/pdf_breaks.py), read when a
decision's paragraphs must answer the points in order (core/read_again.py).

The minutes are written in Word and saved as PDF by LibreOffice, which puts no character in
an empty paragraph: the PDF's text runs on without a break."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dagsorden.core import parse_bytes, parse_text
from dagsorden.core.batch import parse_list
from dagsorden.core.extract import join_pages, pdf_pages_in_process
from dagsorden.core.paragraphs import unlaid, with_texts_laid_out
from dagsorden.core.pdf_breaks import with_breaks

from ..required import require
from .test_layouts import in_word, saved_by_libreoffice

ANSWERS = [
    "Direktionen kvitterede for en god og konstruktiv dialog. Der var enighed om at fastholde "
    "den nuværende retning for arbejdet i det kommende halvår.",
    "Taget til efterretning. Der arbejdes videre med at beskrive de konkrete konsekvenser, og "
    "materialet fremlægges igen inden sommerferien.",
    "Godkendt med de bemærkninger, der fremkom på mødet. Tidsplanen justeres, så der er bedre "
    "tid til inddragelse af medarbejderne.",
    "Drøftet. Der var opbakning til at gå videre med forslaget, men med et tydeligere fokus på "
    "økonomien og på sammenhængen til de øvrige indsatser.",
    "Orienteringen blev taget til efterretning. Direktionen ønsker en kort status på et "
    "kommende møde.",
]
POINTS = ["Ligestillingsredegørelse.", "Årshjul for direktionen.", "Udbudsplan for indkøb."]


def _minutes(answers: list[str]) -> str:
    """Minutes in the seeds' form (a line of one space for an empty paragraph): three points,
    each followed by an empty paragraph, answered by paragraphs of two or more sentences in
    their order, an empty paragraph between, no word shared with the points."""
    listed = "".join(f" {title} \n\n \n\n" for title in POINTS)
    return (
        "Direktionen 10-05-2023\n\nPunkter til behandling \n\n Åben Sag \n\nSagsgang \n\nDIR \n\n"
        "Sagsfremstilling \n\nDirektionen har følgende punkter til behandling: \n\n"
        f"{listed}Indstilling \n\nKommunaldirektøren indstiller, at punkterne behandles. \n\n"
        "Beslutning i Direktionen den 10-05-2023 \n\n" + " \n\n \n\n".join(answers) + " \n"
    )


DOCUMENTS = [
    _minutes([f"{ANSWERS[(k + j) % 5]} {ANSWERS[(k + j + 2) % 5]}" for j in range(3)])
    for k in range(5)
]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """DOCUMENTS written in Word and saved as PDF by LibreOffice."""
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    return saved_by_libreoffice([in_word(d) for d in DOCUMENTS], Path(tmp_path_factory.mktemp("w")))


def _parts(text_or_pdf: str | bytes) -> list[str]:
    read = parse_text if isinstance(text_or_pdf, str) else parse_bytes
    return [p.decision for p in read(text_or_pdf).items[0].points]  # type: ignore[arg-type]


def test_a_decisions_paragraphs_are_read_where_the_lines_leave_room(pdfs: list[bytes]) -> None:
    for document, pdf in zip(DOCUMENTS, pdfs, strict=True):
        assert _parts(pdf) == _parts(document)


def test_the_text_alone_misreads_some(pdfs: list[bytes]) -> None:
    # What the reading again is for: lines ending short where a sentence ends part a
    # paragraph in two, and the parts are guessed by their words.
    misread = [
        pdf
        for document, pdf in zip(DOCUMENTS, pdfs, strict=True)
        if _parts(join_pages(pdf_pages_in_process(pdf))) != _parts(document)
    ]
    assert misread


def test_a_break_where_each_empty_paragraph_stood_and_none_by_the_page_furniture(
    pdfs: list[bytes],
) -> None:
    (page,) = pdf_pages_in_process(pdfs[0])
    (broken,) = pdf_pages_in_process(pdfs[0], breaks=True)
    lines = broken.split("\r\n")
    assert " " not in page.split("\r\n")
    # after each of the three points, between the three parts
    assert lines.count(" ") == 5
    first = next(k for k, line in enumerate(lines) if POINTS[0] in line)  # after its bullet
    assert lines[first + 1] == " "
    assert lines[1] != " " and lines[-2] != " "  # the running header, the page number
    assert [line for line in lines if line != " "] == page.split("\r\n")


def test_many_in_a_row_read_them_as_one_does(pdfs: list[bytes]) -> None:
    got = parse_list([(pdf, f"{k}.pdf") for k, pdf in enumerate(pdfs)])
    assert [[p.decision for p in m.items[0].points] for m in got] == [  # type: ignore[union-attr]
        _parts(document) for document in DOCUMENTS
    ]


SEED = Path(__file__).resolve().parents[1] / "golden" / "001_4c24889a3c8d3339.txt"


def test_the_import_shows_a_word_pdfs_paragraphs(tmp_path: Path) -> None:
    """Asked for the texts' paragraphs (the import), a PDF whose text shows no empty
    paragraph is read again for them: the case presentation's five paragraphs and its list
    of points as the seed has them; every record as the plain parse reads it."""
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    (pdf,) = saved_by_libreoffice([in_word(SEED.read_text())], tmp_path)
    from_text = with_texts_laid_out(parse_text(SEED.read_text(), layout="wrapped"))
    laid = with_texts_laid_out(parse_bytes(pdf, layout=True))
    presentation = laid.items[0].presentation
    assert presentation.count("\n\n") >= 5
    assert presentation.split("\n\n")[:5] == from_text.items[0].presentation.split("\n\n")[:5]
    plain = parse_bytes(pdf)
    assert [unlaid(p.presentation) for p in laid.items[0].points] == [
        p.presentation for p in plain.items[0].points
    ]
    assert replace(laid, items=plain.items, breaks=()) == replace(plain, breaks=())
    # in a batch as alone
    (batched,) = parse_list([(pdf, None)], layout=True)
    assert with_texts_laid_out(batched) == laid  # type: ignore[arg-type]


class _TextPage:
    """pdfium (pypdfium2.raw) as with_breaks asks it of a page: its count of characters, and
    where the first character of each line stands (y, from the page's foot)."""

    def __init__(self, lines: list[tuple[str, float]]) -> None:
        self.text = "\r\n".join(line for line, _ in lines)
        self.at: dict[int, float] = {}
        k = 0
        for line, y in lines:
            self.at[k] = y
            k += len(line) + 2

    def FPDFText_CountChars(self, _page: object) -> int:  # noqa: N802 (pdfium's name)
        return len(self.text)

    def FPDFText_GetCharOrigin(self, _page: object, i: int, _x: Any, y: Any) -> int:  # noqa: N802
        y._obj.value = self.at[i]
        return 1


def test_a_gap_a_line_of_white_space_fills_gets_no_second_break() -> None:
    # An empty paragraph with a space in it comes out as a line of one space: its gap is
    # said already. One without (d / e) gets one; none after the header or before the footer.
    page = _TextPage(
        [
            ("Direktionen 10-05-2023", 800),
            ("Godkendt.", 740),
            ("Drøftet.", 725),
            (" ", 0),
            ("Taget til efterretning.", 680),
            ("Sagen behandles igen.", 665),
            ("Udsat.", 620),
            ("Side 1 af 1", 40),
        ]
    )
    got = with_breaks(page, None, page.text).split("\r\n")
    assert got == [
        "Direktionen 10-05-2023",
        "Godkendt.",
        "Drøftet.",
        " ",
        "Taget til efterretning.",
        "Sagen behandles igen.",
        " ",
        "Udsat.",
        "Side 1 af 1",
    ]
