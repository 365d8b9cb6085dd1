"""parse_many: the same results as parse_bytes one by one, in order, with PDFs overlapped."""

from __future__ import annotations

from dagsorden.core import ParseError, parse_bytes, to_dict
from dagsorden.core.batch import parse_many

from ..pdfmaker import text_to_pdf
from .test_golden import DOCS


def test_mixed_batch_keeps_order_and_errors() -> None:
    texts = [p.read_bytes() for p in DOCS if p.suffix == ".txt"]
    pdfs = [text_to_pdf(t.decode()) for t in texts]
    batch = [
        (pdfs[0], "a.pdf"),
        (pdfs[1], "b.pdf"),
        (b"", "tom.txt"),
        (pdfs[2], "c.pdf"),
        (b"%PDF-1.7\nbroken\n%%EOF", "brudt.pdf"),
        (texts[0], "d.txt"),
        (pdfs[0][:100], "kort.pdf"),
        (pdfs[1], "e.pdf"),
    ]
    results = list(parse_many(batch))
    assert len(results) == len(batch)
    for (data, source), got in zip(batch, results, strict=True):
        try:
            expected = parse_bytes(data, source)
        except ParseError as exc:
            assert isinstance(got, ParseError) and str(got) == str(exc)
        else:
            assert not isinstance(got, ParseError), got
            assert to_dict(got) == to_dict(expected)


def test_a_pdf_that_kills_the_worker_fails_alone() -> None:
    from dagsorden.core import batch

    from .test_extract import handmade_pdf

    good = text_to_pdf(DOCS[0].read_text())
    killer = handmade_pdf(b"0 0 m " * (64 * 2**20))  # over the memory cap set below
    original = batch.PdfWorker
    batch.PdfWorker = lambda: original(memory_bytes=300 * 2**20)  # type: ignore[assignment,misc]
    try:
        results = list(
            parse_many([(good, "1.pdf"), (killer, "2.pdf"), (good, "3.pdf"), (good, "4.pdf")])
        )
    finally:
        batch.PdfWorker = original  # type: ignore[misc]
    assert [type(r).__name__ for r in results] == ["Minutes", "ParseError", "Minutes", "Minutes"]
    assert [r.source for r in results if not isinstance(r, ParseError)] == [
        "1.pdf",
        "3.pdf",
        "4.pdf",
    ]
