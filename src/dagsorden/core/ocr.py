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
import re
import shutil
import subprocess
import sys
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from typing import Any

from .danish import MONTH_RE
from .errors import ParseError
from .language import gettext as _
from .lines import is_page_number

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


# '() ()' alone on its line (a bilag's empty journal number and mark, its title wrapped
# above) is read as '00': two round marks with nothing in them look like zeros.
_EMPTY_MARKS = re.compile(r"^[ \t]*[0O][ \t]?[0O][ \t]*$", re.MULTILINE)


# A bullet that opens a line is read as whatever small mark it resembles: '+', 'e', '°',
# '«', '«+' … Before a capital or a number it can be nothing else (none of them is a word).
_BULLET = re.compile(r"^[ \t]*(?:[+*»«·°©®•]{1,2}|[eo])[ \t]+(?=[A-ZÆØÅ0-9])", re.MULTILINE)


# A file name's extension, set apart by a space either side of its dot ('Kommune .pdf',
# '2022. pdf'), or by a space where its dot was lost before a bilag's journal number
# ('Kommune pdf (8727/21)'; not in running text: 'sendes som pdf'): Tesseract spaces by
# the gaps it sees, and a dot's are wide.
_EXTENSION = re.compile(
    r"(?<=\w)(?: \.|\. |(?= (?:pdf|docx?|xlsx?|pptx?) \(\d) )"
    r"(?=(?:pdf|docx?|xlsx?|pptx?|txt|msg)\b)",
    re.IGNORECASE,
)


# An apostrophe inside a word (FN's) is read as the typewriter's; Word sets the typographic
# one (FN’s) as it is typed, and the minutes' text has that.
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


# A bilag's number alone on its line ('5 -'), one misread as a letter ('B -', 'S -'), and
# its dash misread as another mark or a letter ('6 =', '3.', '6 z'): the list counts 1, 2,
# 3 …, so the number after the one before is what it says.
_BILAG_NUMBER = re.compile(
    r"^([ \t]*)(?:(\d{1,3})[ \t]*(?:[-–—=~.:](?:[ \t]*[-–—=~])?|[a-zæøå])|(\w{1,3})[ \t]+[-–—=~])[ \t]*$"
)


_ITEM_START = re.compile(r"^[ \t]*(?:Åben|Lukket) [Ss]ag[ \t]*$")


# A speck of dust left on the page is read as a mark standing alone: a dot, a comma, a
# semicolon, a middle dot or a quote with white space before it and white space or the
# line's end after it. Typed text never sets one so; at a line's start one is a speck
# before its first word.
_SPECK = re.compile(
    r"(?<=\S)[ \t]+[.,·;'‘’\"“”](?=[ \t]|$)|^[.,·;'‘’\"“”][ \t]+(?=\S)", re.MULTILINE
)


# In an abbreviation a capital I is read as a small l ('Dl-måling', 'lT'): a word of
# capitals but for its l's is one. Not before a dot ('Kl. 10' is the clock).
_SMALL_L = re.compile(r"\b(?=\w*[A-ZÆØÅ])(?:[A-ZÆØÅ]|l(?![a-zæøå]))+\b(?!\.)")


# A page's number line read with its spaces lost, a digit as a letter or a speck as a mark
# ('Side1laf1', 'Sidelaf2', 'Side 1.af 1'): among a page's first or last lines (its header or footer), it is that
# page's number.
_PAGE_NUMBER = re.compile(r"^[ \t]*Side[ \t]*[0-9lIO|]{0,4}[ \t.,-]*af[ \t]*[0-9lIO|]{1,3}[ \t]*$")


# An initial's dot in a name read as a comma ('Kim T, Jensen').
_INITIAL = re.compile(r"(\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ]),(?= [A-ZÆØÅ][a-zæøå])")


# A day of the month's 1 read as a letter ('d. i. april', 'l1. marts'), its dot as another
# mark ('d. 8: januar').
_DAY = re.compile(rf"(?<![\w.])([0-9iIl|]{{1,2}})[.:,;](?=[ \t]?\n?(?:{MONTH_RE})\b)")


# A dash between words or numbers ('kl. 11.30 – 12.00') is Word's en dash, the Danish
# tankestreg; Tesseract often reads it as the em dash, which Danish text does not use.
_EM_DASH = re.compile(r"(?<= )—(?= )")


def corrected(pages: list[str]) -> list[str]:
    """The pages' text as Tesseract gives it, with what it misreads in minutes put right,
    and without the form feed it ends each page with."""
    fixed = []
    for number, text in enumerate(pages, start=1):
        text = _EMPTY_MARKS.sub("() ()", text.replace("\f", ""))
        text = _APOSTROPHE.sub("\u2019", _BULLET.sub("• ", _SPECK.sub("", text)))
        text = _SMALL_L.sub(lambda word: word[0].replace("l", "I"), text)
        text = _INITIAL.sub(r"\1.", _EXTENSION.sub(".", _EM_DASH.sub("–", text)))
        text = _DAY.sub(lambda day: re.sub("[iIl|]", "1", day[1]) + ".", text)
        fixed.append(_page_numbered(text, number, len(pages)))
    return _bilag_numbered(_dashes_as_bullets(fixed))


def _page_numbered(text: str, number: int, pages: int) -> str:
    lines = text.split("\n")
    for k in {*range(min(4, len(lines))), *range(max(0, len(lines) - 4), len(lines))}:
        # one read right stays as it is (a PDF of some pages of a longer document)
        if _PAGE_NUMBER.match(lines[k]) and not is_page_number(lines[k]):
            lines[k] = f"Side {number} af {pages}"
    return "\n".join(lines)


def _dashes_as_bullets(pages: list[str]) -> list[str]:
    """A bullet read as a dash ('- Budgetopfølgning') among bullets read as such: a dash
    opening a line before a capital, where the list line before it (on this page or one
    before) opened with a bullet and the line before it does not end in a colon (there a
    list of dashes may begin)."""
    marker = ""  # the mark of the last line that opened with one
    previous = ""
    out = []
    for text in pages:
        lines = text.split("\n")
        for k, line in enumerate(lines):
            if not line.strip() or _PAGE_NUMBER.match(line):
                continue
            opened = _LIST_LINE.match(line)
            if opened:
                if (
                    opened[1] == "-"
                    and marker == "•"
                    and _starts_upper(line[opened.end() :])
                    and not previous.rstrip().endswith(":")
                ):
                    lines[k] = line[: opened.start(1)] + "•" + line[opened.end(1) :]
                else:
                    marker = opened[1]
            previous = line
        out.append("\n".join(lines))
    return out


_LIST_LINE = re.compile(r"^[ \t]*([•-])[ \t]+")


def _starts_upper(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _bilag_numbered(pages: list[str]) -> list[str]:
    """Bilag numbers misread (as letters, as a word) made the number after the one before,
    counted across pages (a list goes on over a page break)."""
    last: int | None = None  # the bilag number before, once a list has begun
    out = []
    for text in pages:
        lines = text.split("\n")
        for k, line in enumerate(lines):
            if line.strip().startswith("Bilag:"):
                last = 0
                continue
            if _ITEM_START.match(line):  # the next item's text: its list is over
                last = None
                continue
            if last is None:
                continue
            match = _BILAG_NUMBER.match(line)
            if match is not None:
                indent, number, _letters = match.groups()
                last = int(number) if number else last + 1
                lines[k] = f"{indent}{last} -"
            elif _between_entries(lines, k):  # a number read as a word ('PAS', '4 En')
                last += 1
                lines[k] = f"{last} -"
            elif document := _DOCUMENT_ID.match(line):  # a speck beside it read as a mark
                lines[k] = document[1]
            elif _garbled_document_id(lines, k):  # 'BIS TETS': not to open the title
                lines[k] = ""
        out.append("\n".join(lines))
    return out


# A bilag's document number, and a mark after it that is a speck ('2325587 i').
_DOCUMENT_ID = re.compile(r"^[ \t]*(\d{6,8})[ \t]+[^\s\d]{1,2}[ \t]*$")


def _between_entries(lines: list[str], k: int) -> bool:
    """Whether line k is a short line alone between one bilag's entry and the next: after
    one's end ('… (H)', '() ()' or 'Bilag:') and before the next's document number or
    access ('3011528', 'Åben …'). There the list has its number and nothing else."""
    if len(lines[k].strip()) > 6:
        return False
    before = next((line for line in reversed(lines[:k]) if line.strip()), "")
    after = next((line for line in lines[k + 1 :] if line.strip()), "")
    ended = before.rstrip().endswith(")") or before.strip().startswith("Bilag:")
    return ended and bool(_ENTRY_START.match(after))


def _garbled_document_id(lines: list[str], k: int) -> bool:
    """Whether line k stands where a bilag's document number does, between its number
    ('3 -') and its access ('Åben …'), and is no number: a document number misread."""
    text = lines[k].strip()
    if not text or len(text) > 12 or text.isdigit():
        return False
    before = next((line for line in reversed(lines[:k]) if line.strip()), "")
    after = next((line for line in lines[k + 1 :] if line.strip()), "")
    return bool(_NUMBER_LINE.match(before)) and bool(_ACCESS_START.match(after))


_NUMBER_LINE = re.compile(r"^[ \t]*\d{1,3} -[ \t]*$")
_ACCESS_START = re.compile(r"^[ \t]*(?:Åben|Lukket)[ \t]")
_ENTRY_START = re.compile(r"^[ \t]*(?:\d{6,8}\b|(?:Åben|Lukket)[ \t])")


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
