"""Scanned minutes read by OCR (core/ocr.py), when asked: Tesseract on pdfium's drawing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from dagsorden.core import ParseError, ocr, parse_bytes, parse_text, to_dict
from dagsorden.core.batch import parse_list
from dagsorden.core.errors import NotMinutes
from dagsorden.core.ocr import corrected
from tests.pdfmaker import scanned, text_to_pdf
from tests.required import require


def as_printed(text: str) -> str:
    # The private-use bullet of the extracted text is a bullet on paper.
    return text.replace("\uf0b7", "•")


GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.fixture(scope="module")
def scan() -> tuple[str, bytes]:
    """A one-page seed printed and scanned at 200 dpi."""
    text = sorted(GOLDEN.glob("*.txt"))[1].read_text()
    return text, scanned(text_to_pdf(as_printed(text)))


@pytest.fixture
def tesseract() -> None:
    require(f"Tesseract with Danish ({ocr.INSTALL})", ocr.tesseract() is not None)


def test_a_scan_fails_unless_ocr_is_asked_for(scan: tuple[str, bytes]) -> None:
    with pytest.raises(NotMinutes) as caught:
        parse_bytes(scan[1], "scan.pdf")
    assert (
        str(caught.value) == "scan.pdf: PDF-filen har ingen tekst at læse (et indscannet dokument?)"
    )


def test_a_scan_read_by_ocr_gives_the_minutes_its_text_gives(
    scan: tuple[str, bytes], tesseract: None
) -> None:
    text, pdf = scan
    expected, read = to_dict(parse_text(text)), to_dict(parse_bytes(pdf, "scan.pdf", ocr=True))
    assert read["date"] == expected["date"] and read["body"] == expected["body"]
    for got, want in zip(read["items"], expected["items"], strict=True):
        assert got["title"] == want["title"] and got["access"] == want["access"]
        assert got["recommendation"] == want["recommendation"]
        assert [p["title"] for p in got["points"]] == [p["title"] for p in want["points"]]
        assert [p["decision"] for p in got["points"]] == [p["decision"] for p in want["points"]]
    assert read["absent"] == expected["absent"]


def test_a_page_scanned_upside_down_reads_as_the_others(tesseract: None) -> None:
    text = sorted(GOLDEN.glob("*.txt"))[1].read_text()
    upright = to_dict(parse_text(text))
    turned = scanned(text_to_pdf(as_printed(text)), rotation=180)
    read = to_dict(parse_bytes(turned, "vendt.pdf", ocr=True))
    assert read["date"] == upright["date"]
    assert [p["title"] for p in read["items"][0]["points"]] == [
        p["title"] for p in upright["items"][0]["points"]
    ]


def test_scans_among_other_documents_are_read_in_a_bulk_parse(
    scan: tuple[str, bytes], seeds: list[Path], tesseract: None
) -> None:
    text_pdf = text_to_pdf(seeds[2].read_text())
    results = parse_list([(scan[1], "scan.pdf"), (text_pdf, "tekst.pdf")], ocr=True)
    assert [r.date.isoformat() for r in results] == ["2022-01-26", "2022-11-30"]  # type: ignore[union-attr]
    without = parse_list([(scan[1], "scan.pdf"), (text_pdf, "tekst.pdf")])
    assert isinstance(without[0], NotMinutes) and without[1].date.isoformat() == "2022-11-30"  # type: ignore[union-attr]


def test_a_blank_scan_is_still_no_minutes(tesseract: None) -> None:
    blank = scanned(text_to_pdf(" "))
    with pytest.raises(NotMinutes):
        parse_bytes(blank, "blank.pdf", ocr=True)


def test_without_tesseract_a_scan_says_what_to_install(
    scan: tuple[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    with pytest.raises(ParseError) as caught:
        parse_bytes(scan[1], "scan.pdf", ocr=True)
    assert str(caught.value) == (
        "scan.pdf: at læse en indscannet PDF kræver Tesseract "
        "(apt-get install tesseract-ocr tesseract-ocr-dan)"
    )


def test_too_many_pages_or_too_slow_a_page_is_refused(
    scan: tuple[str, bytes], monkeypatch: pytest.MonkeyPatch, tesseract: None
) -> None:
    # In this process, where the limits can be set: the reading process has them as constants.
    monkeypatch.setattr(ocr, "OCR_MAX_PAGES", 0)
    with pytest.raises(ValueError, match="1 sider er for mange at læse med OCR"):
        ocr._read_pages(scan[1])
    monkeypatch.setattr(ocr, "OCR_MAX_PAGES", 5)

    def stuck(command: list[str], **kwargs: object) -> None:
        assert command[0].endswith("tesseract") and kwargs["timeout"] == ocr.PAGE_SECONDS
        raise subprocess.TimeoutExpired(command, ocr.PAGE_SECONDS)

    monkeypatch.setattr(ocr.subprocess, "run", stuck)
    with pytest.raises(ValueError, match="side 1 tog over 120 s at læse med OCR"):
        ocr._read_pages(scan[1])


def test_a_broken_pdf_fails_in_the_reading_process_with_its_reason(tesseract: None) -> None:
    with pytest.raises(ParseError) as caught:
        ocr.ocr_pages(b"%PDF-1.7\nnothing\n%%EOF\n", "skidt.pdf")
    assert caught.value.source == "skidt.pdf" and caught.value.problem


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("procesplan.pdf\n\n00\n", "procesplan.pdf\n\n() ()\n"),
        (
            "+ Status på chef- og direktøransættelser\n",
            "• Status på chef- og direktøransættelser\n",
        ),
        ("e Årligt dialogmøde\n« Sparring\n", "• Årligt dialogmøde\n• Sparring\n"),
        (
            "Resultater Norddjurs Kommune .pdf (8727/21)",
            "Resultater Norddjurs Kommune.pdf (8727/21)",
        ),
        ("DIR OPLÆG 2022. pdf", "DIR OPLÆG 2022.pdf"),
        ("Side 1 af 2\n\f", "Side 1 af 2\n"),
        # what is writing is left alone
        (
            "e-mail til alle\n2022. Der er 00 fejl\n+ 5 mere\n",
            "e-mail til alle\n2022. Der er 00 fejl\n• 5 mere\n",
        ),
        ("Det koster 100 kr.\n", "Det koster 100 kr.\n"),
        ("FN's 17 verdensmål, 'citat'", "FN’s 17 verdensmål, 'citat'"),
        # a bilag's number misread as a letter follows the one before
        (
            "Bilag:\n\nI -\n\nLukket A () ()\n4 -\n\nB -\nS -\n",
            "Bilag:\n\n1 -\n\nLukket A () ()\n4 -\n\n5 -\n6 -\n",
        ),
        ("Bilag:\n\n1 -\n", "Bilag:\n\n1 -\n"),
        ("KB -\nBilag ikke her\n", "KB -\nBilag ikke her\n"),  # no list begun
    ],
)
def test_what_ocr_misreads_in_minutes_is_put_right(read: str, meant: str) -> None:
    assert corrected([read]) == [meant]


def test_a_bilag_list_is_counted_on_over_a_page_break() -> None:
    pages = ["Bilag:\n\n1 -\n\n3998981\n\nSide 1 af 2\n\f", "Åben Månedsgrebet.pdf\n\n2 -\nB -\n"]
    assert corrected(pages)[1] == "Åben Månedsgrebet.pdf\n\n2 -\n3 -\n"


def test_a_pdf_whose_text_is_glyph_numbers_is_read_by_ocr_too(
    scan: tuple[str, bytes], tesseract: None
) -> None:
    """Fonts without their map to Unicode give private-use glyphs for letters: the page's
    image is what a reader reads."""
    from dagsorden.core.extract import pdf_text

    garbled = ["\ue012\ue04c\ue033 \x03\ue051\ue00f\n" * 200]
    text = pdf_text(garbled, scan[1], "skrift.pdf", ocr=True)
    assert "Beslutning i Direktionen den 26-01-2022" in text and "\ue012" not in text
    # not asked: the glyphs, for the parse to name (its test: test_extract.py)
    assert "\ue012" in pdf_text(garbled, scan[1], "skrift.pdf", ocr=False)
