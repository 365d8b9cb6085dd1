"""Scanned minutes read by OCR: pdfium draws each page, Tesseract reads it in Danish.

Older minutes in a municipality's archive are often scans: a PDF of page images with no
text. Reading them is asked for (`--ocr`), since it takes seconds a page where a PDF's
own text takes milliseconds a file; without it a scan fails, as it always did. Tesseract
and its Danish data come from the system's packages (apt-get install tesseract-ocr
tesseract-ocr-dan): nothing is fetched at run time.

The pages are drawn and read in a process of its own (`python -m dagsorden.core.ocr`, the
PDF on its standard input), under the PDF reader's memory cap, which Tesseract inherits, with
a time limit a page; at most OCR_MAX_PAGES pages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from typing import Any

from .errors import ParseError
from .language import gettext as _
from .misreadings import corrected

LANGUAGE = "dan"
DPI = 300  # Tesseract's own advice for print; below it small type loses its æ, ø and å
OCR_MAX_PAGES = 200
PAGE_SECONDS = 120  # a full page takes 2–4 s on one core
MEMORY_BYTES = 2 * 1024**3
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-dan"
_FAILED = 2  # the reading process's exit code for a reason on its standard error


@cache
def tesseract() -> str | None:
    """Tesseract's path, when it is installed with its Danish data; else None."""
    path = shutil.which("tesseract")
    if path is None:
        return None
    try:
        listed = subprocess.run(
            [path, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return path if LANGUAGE in listed.stdout.split() else None


def ocr_pages(data: bytes, source: str | None = None) -> list[str]:
    """The text of each page of a PDF, read by OCR. ParseError naming source when Tesseract
    is missing, the PDF has too many pages, or a page takes too long."""
    if tesseract() is None:
        raise ParseError(
            _("at læse en indscannet PDF kræver Tesseract (%(install)s)") % {"install": INSTALL},
            source,
        )
    try:
        done = subprocess.run(
            [sys.executable, "-m", "dagsorden.core.ocr"],
            input=data,
            capture_output=True,
            timeout=PAGE_SECONDS * OCR_MAX_PAGES,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ParseError(_("OCR-læsningen tog for lang tid"), source) from None
    if done.returncode == _FAILED:
        raise ParseError(done.stderr.decode("utf-8", "replace").strip(), source)
    if done.returncode != 0:
        raise ParseError(_("OCR-læsningen gik ned (over grænsen for hukommelse eller tid)"), source)
    pages: list[str] = json.loads(done.stdout)
    return pages


def _read_pages(data: bytes) -> list[str]:
    """In the reading process: each page drawn in grey at DPI and read by Tesseract, one
    thread each (OMP_THREAD_LIMIT=1: on a machine of few cores Tesseract's own threads made
    a page five times slower), as many pages at a time as there are cores."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from .extract import _limit_cpu_for_next_file

    pdf = pdfium.PdfDocument(data)
    if len(pdf) > OCR_MAX_PAGES:
        raise ValueError(
            _("%(pages)d sider er for mange at læse med OCR (højst %(limit)d)")
            % {"pages": len(pdf), "limit": OCR_MAX_PAGES}
        )
    path = tesseract() or "tesseract"
    texts: list[str] = []
    # Tesseract reads a page on each core while the next pages are drawn (pdfium draws
    # one at a time: it is not thread-safe); a page drawn waits for a free core.
    cores = max(1, min(os.cpu_count() or 1, len(pdf)))
    with ThreadPoolExecutor(cores) as readers:
        reading: deque[Future[str]] = deque()
        for number in range(len(pdf)):
            _limit_cpu_for_next_file(PAGE_SECONDS)  # drawing a page; Tesseract inherits it
            image = _drawn(pdf[number], pdfium_c.FPDFBitmap_Gray)
            reading.append(readers.submit(_read_image, path, image, number))
            if len(reading) > cores:
                texts.append(reading.popleft().result())
        texts += [future.result() for future in reading]
    return corrected(texts)


def _drawn(page: Any, gray: int) -> bytes:
    """The page drawn in grey at DPI, cleaned and turned straight (core/scan_image.py), as
    a PGM image (what Tesseract takes on its input)."""
    import io

    from .scan_image import cleaned

    bitmap = page.render(scale=DPI / 72, grayscale=True, force_bitmap_format=gray)
    image = io.BytesIO()
    cleaned(bitmap.to_pil().convert("L")).save(image, "PPM")
    return image.getvalue()


def _read_image(path: str, image: bytes, number: int) -> str:
    try:
        read = subprocess.run(
            # --psm 1: the page's layout found as by default, its orientation too (osd): a
            # page scanned upside down or sideways reads as the others (it read as garbage)
            [path, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(DPI), "--psm", "1"],
            input=image,
            capture_output=True,
            timeout=PAGE_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ValueError(
            _("side %(page)d tog over %(seconds)d s at læse med OCR")
            % {"page": number + 1, "seconds": PAGE_SECONDS}
        ) from None
    if read.returncode != 0:
        raise ValueError(_("Tesseract kunne ikke læse side %(page)d") % {"page": number + 1})
    return read.stdout.decode("utf-8", "replace")


def _main() -> int:
    from .extract import _limit_memory, ignore_interrupts

    ignore_interrupts()  # Ctrl-C is the parent's to handle
    _limit_memory(MEMORY_BYTES)
    try:
        pages = _read_pages(sys.stdin.buffer.read())
    except ValueError as exc:  # pdfium's PdfiumError is one too: a PDF it cannot open
        print(exc, file=sys.stderr)
        return _FAILED
    except MemoryError:
        print(_("PDF-filen kræver mere hukommelse end tilladt"), file=sys.stderr)
        return _FAILED
    sys.stdout.write(json.dumps(pages))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
