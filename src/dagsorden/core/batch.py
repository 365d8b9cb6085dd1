"""Parse many documents in a row, overlapping the two costs of a PDF: while the worker
process extracts the text of the next PDFs, this process parses the ones before. In a bulk
import a PDF then costs about its extraction, not extraction plus parsing.

Two PDFs are kept in the worker's pipe, so that it never waits for this process between files.
When the worker dies on a PDF (over its memory or time limit), that PDF fails and the others it
held are handed to a new worker.
"""

from __future__ import annotations

import atexit
from collections import deque
from collections.abc import Iterable, Iterator

from .errors import ParseError
from .extract import PdfWorker, check_document, extract_text, pdf_text
from .libreoffice import all_to_docx, for_libreoffice
from .paragraphs import layout_of
from .parse import parse_text
from .read_again import with_breaks_shown
from .records import Minutes

Result = Minutes | ParseError
IN_FLIGHT = 2


class _Pipeline:
    def __init__(self, worker: PdfWorker, ocr: bool) -> None:
        self.worker = worker
        self.ocr = ocr
        self.inflight: deque[tuple[bytes, str | None]] = deque()

    def send(self, data: bytes, source: str | None) -> None:
        try:
            self.worker.submit(data, source)
        except ParseError:  # the worker had died: start again with what it held
            for held in self.inflight:
                self.worker.submit(*held)
            self.worker.submit(data, source)
        self.inflight.append((data, source))

    def take(self) -> tuple[bytes, str | None, str | ParseError]:
        """The oldest PDF's bytes, source and text (or why it has none)."""
        data, source = self.inflight.popleft()
        try:
            return data, source, pdf_text(self.worker.collect(source), data, source, self.ocr)
        except ParseError as exc:
            if self.worker.closed:
                held = list(self.inflight)
                self.inflight.clear()
                for pdf, src in held:
                    self.send(pdf, src)
            return data, source, exc


def parse_many(
    documents: Iterable[tuple[bytes, str | None]],
    worker: PdfWorker | None = None,
    ocr: bool = False,
    layout: bool = False,
) -> Iterator[Result]:
    """Minutes (or the ParseError) for each (bytes, source), in the order given. A worker given
    is kept open for the next call; otherwise one is started and closed here. ocr: scans are
    read by OCR (core/ocr.py); layout: as parse_text's."""
    pipe = _Pipeline(worker or PdfWorker(), ocr)
    try:
        for data, source in documents:
            try:
                kind = check_document(data, source)
            except ParseError as exc:
                kind, failure = "", exc
            if kind == "pdf":
                taken = pipe.take() if len(pipe.inflight) == IN_FLIGHT else None
                pipe.send(data, source)  # the worker reads this one while we parse the oldest
                if taken:
                    yield _parse(*taken, layout)
                continue
            while pipe.inflight:
                yield _parse(*pipe.take(), layout)
            if kind:
                yield _guard(
                    lambda d=data, s=source, k=kind: parse_text(
                        extract_text(d, s), s, layout=layout_of(k) if layout else None
                    )
                )
            else:
                yield failure
        while pipe.inflight:
            yield _parse(*pipe.take(), layout)
    finally:
        if worker is None or pipe.inflight:  # an abandoned generator leaves answers unread
            pipe.worker.close()


def _parse(data: bytes, source: str | None, text: str | ParseError, layout: bool) -> Result:
    if isinstance(text, ParseError):
        return text
    # (read again, when it must be, by the other worker: this one has the next PDFs)
    return _guard(
        lambda: with_breaks_shown(
            parse_text(text, source, layout="wrapped" if layout else None),
            text,
            data,
            source,
            layout,
        )
    )


def _guard(call) -> Result:  # type: ignore[no-untyped-def]
    try:
        return call()
    except ParseError as exc:
        return exc


_list_worker = PdfWorker()
atexit.register(_list_worker.close)


def parse_list(
    documents: list[tuple[bytes, str | None]], ocr: bool = False, layout: bool = False
) -> list[Result]:
    """parse_many as a list: a picklable unit of work for a process pool. The PDF worker is
    kept between calls, so a chunk costs no process start; the list's files for LibreOffice
    (Word 97–2003, RTF, OpenDocument) are converted in one run of it, which starts once for
    them all (core/libreoffice.py)."""
    ready = with_converted_to_docx(documents)
    parsed = iter(
        list(
            parse_many(
                [d for d in ready if not isinstance(d, ParseError)], _list_worker, ocr, layout
            )
        )
    )
    return [d if isinstance(d, ParseError) else next(parsed) for d in ready]


def with_converted_to_docx(
    documents: list[tuple[bytes, str | None]],
) -> list[tuple[bytes, str | None] | ParseError]:
    """The documents with those for LibreOffice as DOCX (or the ParseError why not), all
    converted in one run; a single one is left as it is (converted as it is read)."""
    others = [k for k, (data, _) in enumerate(documents) if for_libreoffice(data)]
    ready: list[tuple[bytes, str | None] | ParseError] = list(documents)
    if len(others) > 1:
        for k, converted in zip(others, all_to_docx([documents[k] for k in others]), strict=True):
            ready[k] = (
                converted if isinstance(converted, ParseError) else (converted, documents[k][1])
            )
    return ready
