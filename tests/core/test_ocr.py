"""Scanned minutes read by OCR (core/ocr.py), when asked: Tesseract on pdfium's drawing."""

from __future__ import annotations

import subprocess
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from PIL import Image

from dagsorden.core import ParseError, ocr, parse_bytes, parse_text, to_dict
from dagsorden.core.batch import parse_list
from dagsorden.core.errors import NotMinutes
from dagsorden.core.misreadings import corrected
from dagsorden.core.scan_image import MIN_SKEW, cleaned, skew
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
    assert_same_minutes(parse_bytes(pdf, "scan.pdf", ocr=True), text)


def test_a_sheet_scanned_askew_reads_as_a_straight_one(tesseract: None) -> None:
    # Before pages were turned straight, a seed tilted 2° lost whole paragraphs, its header
    # among them.
    text = sorted(GOLDEN.glob("*.txt"))[1].read_text()
    pdf = scanned(text_to_pdf(as_printed(text)), skew=-2.5)
    assert_same_minutes(parse_bytes(pdf, "skæv.pdf", ocr=True), text)


def test_faint_print_on_grey_paper_saved_as_jpeg_reads_as_a_clean_scan(tesseract: None) -> None:
    text = sorted(GOLDEN.glob("*.txt"))[1].read_text()
    pdf = scanned(text_to_pdf(as_printed(text)), ink=0.5, paper=225, jpeg=40)
    assert b"/DCTDecode" in pdf  # a JPEG, as scanners save pages
    assert_same_minutes(parse_bytes(pdf, "bleg.pdf", ocr=True), text)


def test_a_dusty_scan_loses_a_mark_here_and_there_not_its_minutes(tesseract: None) -> None:
    # Before specks were filtered away, 0.2 % of the pixels lost a seed its body and date.
    # A speck touching a letter stays and may be read as a mark: the texts are near, not equal.
    text = sorted(GOLDEN.glob("*.txt"))[1].read_text()
    pdf = scanned(text_to_pdf(as_printed(text)), skew=1.0, specks=0.003)
    expected, read = to_dict(parse_text(text)), to_dict(parse_bytes(pdf, "støv.pdf", ocr=True))
    assert (read["body"], read["date"]) == (expected["body"], expected["date"])
    assert [p["title"] for p in read["items"][0]["points"]] == [
        p["title"] for p in expected["items"][0]["points"]
    ]
    for got, want in zip(read["items"][0]["points"], expected["items"][0]["points"], strict=True):
        assert SequenceMatcher(None, got["decision"], want["decision"]).ratio() > 0.98


def assert_same_minutes(minutes: object, text: str) -> None:
    """The minutes read by OCR are those of the text, in what OCR can read to the letter."""
    expected, read = to_dict(parse_text(text)), to_dict(minutes)  # type: ignore[arg-type]
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


@pytest.mark.parametrize("angle", [-4.0, -1.0, 0.0, 0.6, 2.5])
def test_the_skew_of_a_scanned_page_is_found(angle: float) -> None:
    pdf = scanned(text_to_pdf(as_printed(sorted(GOLDEN.glob("*.txt"))[0].read_text())), skew=angle)
    page = _page_image(pdf)
    assert skew(page) == pytest.approx(angle, abs=0.15)
    straight = _page_image(
        scanned(text_to_pdf(as_printed(sorted(GOLDEN.glob("*.txt"))[0].read_text())))
    )
    assert skew(cleaned(page)) == pytest.approx(0.0, abs=MIN_SKEW) or angle == 0.0
    assert cleaned(straight).size == straight.size


def test_a_blank_page_is_not_turned_and_specks_are_filtered_away() -> None:
    from PIL import Image

    blank = Image.new("L", (850, 1100), 255)
    assert skew(blank) == 0.0
    dusty = blank.copy()
    for k in range(0, 850 * 1100, 331):  # 0.3 % of the pixels black, one by one
        dusty.putpixel((k % 850, k // 850), 0)
    assert dusty.histogram()[0] > 2500 and cleaned(dusty).histogram()[0] == 0


def _page_image(pdf: bytes) -> Image.Image:
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf)[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")


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
        (
            "Åben Resultater Kommune pdf (8727/21) (H)\nsendes som pdf\n",
            "Åben Resultater Kommune.pdf (8727/21) (H)\nsendes som pdf\n",
        ),
        ("en pdf fil og et docx dokument", "en pdf fil og et docx dokument"),
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
        # … and its dash misread as another mark, or a speck beside it
        ("Bilag:\n\n3. .\n\n6 =\n7-\n", "Bilag:\n\n3 -\n\n6 -\n7 -\n"),
        ("Bilag:\n1 -\nÅben Sag\n\n3.\n", "Bilag:\n1 -\nÅben Sag\n\n3.\n"),  # a list ended
        # specks of dust read as marks standing alone
        (
            "3011528 .\n. Åben Årshjul 2021 , (8725/21) (H)\n",
            "3011528\nÅben Årshjul 2021 (8725/21) (H)\n",
        ),
        ("kl. 11.30 - 12.00. Se bilag 3.\n", "kl. 11.30 - 12.00. Se bilag 3.\n"),
        # a capital I in an abbreviation read as a small l
        ("Opsamling Dl-måling, lT og KL", "Opsamling DI-måling, IT og KL"),
        ("Kl. 10 hos Lars l. Nielsen, l alt", "Kl. 10 hos Lars l. Nielsen, l alt"),
        ("Bilag:\n2.-\n4. -\n6 z\n", "Bilag:\n2 -\n4 -\n6 -\n"),
        # … or as a word, between one entry's end and the next's start
        (
            "Bilag:\n1 -\nÅben A (1/20) (H)\nPAS\n\n3081063 i\nÅben B (2/20) (H)\n4 En\nLukket C () ()\n",
            "Bilag:\n1 -\nÅben A (1/20) (H)\n2 -\n\n3081063\nÅben B (2/20) (H)\n3 -\nLukket C () ()\n",
        ),
        (  # a document number misread, and a speck before the access
            'Bilag:\n2 -\nBIS TETS\n" Åben B (2/20) (H)\n',
            "Bilag:\n2 -\n\nÅben B (2/20) (H)\n",
        ),
        ("Indstilling ;\nDet er ' godt ‘ sagt\n", "Indstilling\nDet er godt sagt\n"),
        (  # a title's last word on its own line is no number
            "Bilag:\n1 -\nÅben A om\nB2\n(1/20) (H)\n",
            "Bilag:\n1 -\nÅben A om\nB2\n(1/20) (H)\n",
        ),
        ("kl. 11.30 — 12.00, og—ikke", "kl. 11.30 – 12.00, og—ikke"),
        # an initial's dot read as a comma, a day's 1 as a letter
        ("chef Kim T, Jensen; ØK, KB og Punkt A, B", "chef Kim T. Jensen; ØK, KB og Punkt A, B"),
        (
            "d. i. april, d. l1. marts, 1l.maj, d. 8: januar",
            "d. 1. april, d. 11. marts, 11.maj, d. 8. januar",
        ),
        ("Fil. marts, kl. 11. maj", "Fil. marts, kl. 11. maj"),
        # a month's capital after a day; the follow-up's verb with a speck over its a
        (
            "d. 12. Juni og 3. December. I uge 12. Jan Hansen. I uge 13. Maj Olsen",
            "d. 12. juni og 3. december. I uge 12. Jan Hansen. I uge 13. Maj Olsen",
        ),
        (
            "HR tåger videre initiativ og tåger\nstilling; tåger over havet",
            "HR tager videre initiativ og tager\nstilling; tåger over havet",
        ),
        # a bullet read as a dash among bullets; a list of dashes after a colon stays
        (
            "• Et\n- To\n• Tre:\n- a\n- Bb\n• Fire\n- Fem\n",
            "• Et\n• To\n• Tre:\n- a\n- Bb\n• Fire\n• Fem\n",
        ),
        ("- En\n- To\n", "- En\n- To\n"),
        # a page's number line read without its spaces: that page's number
        ("tekst\nSide1laf1\n", "tekst\nSide 1 af 1\n"),
        ("tekst\nSide 1.af 1\n", "tekst\nSide 1 af 1\n"),
        ("tekst\nSide 3 af 10\n", "tekst\nSide 3 af 10\n"),  # some pages of a longer one
        ("KB -\nBilag ikke her\n", "KB -\nBilag ikke her\n"),  # no list begun
    ],
)
def test_what_ocr_misreads_in_minutes_is_put_right(read: str, meant: str) -> None:
    assert corrected([read]) == [meant]


def test_the_corrections_leave_the_minutes_of_text_read_right_as_they_are() -> None:
    # They are meant for shapes no writing has: text as written must give the same minutes.
    import random
    from datetime import date, timedelta

    from bench.generate import minutes

    rnd = random.Random(7)
    texts = [p.read_text() for p in sorted(GOLDEN.glob("*.txt"))]
    texts += [minutes(rnd, date(2021, 1, 4) + timedelta(days=7 * k)) for k in range(200)]
    for text in texts:
        pages = text.split("\f")
        assert to_dict(parse_text("\f".join(corrected(pages)))) == to_dict(parse_text(text))


def test_what_ocr_misreads_is_put_right_across_lines_and_pages() -> None:
    assert corrected(["a\nSidelaf2\n\n", "b\nSide 2 af 2\n"]) == [
        "a\nSide 1 af 2\n\n",
        "b\nSide 2 af 2\n",
    ]
    assert corrected(["Sidelaf2\na\n", "b\n"])[0] == "Side 1 af 2\na\n"  # in the header
    # a bullet read as a dash on the next page, a day's 1 at a line's end
    assert corrected(["• Et\n- To\nSide 1 af 2\n", "- Tre d. i.\napril\n"]) == [
        "• Et\n• To\nSide 1 af 2\n",
        "• Tre d. 1.\napril\n",
    ]
    assert corrected(["a\nb\nc\nd\nSide1af2\nf\ng\nh\ni\n"])[0].count("Side1af2") == 1


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
