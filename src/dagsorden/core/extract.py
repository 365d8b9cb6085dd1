"""The extract stage: a file's bytes → text, with the kind detected from the content.

- PDF (starts with '%PDF-'): text through pypdfium2, page by page in reading order, with
  running headers, footers and page numbers dropped. Untrusted PDFs are opened in a worker
  process with a memory cap, a CPU-time cap and a wall-clock timeout, so a hostile or broken
  file (a decompression bomb, an endless content stream) costs a bounded amount and can never
  take the importer down. The worker is kept between files: starting one per file would cost
  more than extracting the text.
- DOCX (a zip holding word/document.xml): paragraphs and tables through python-docx, in the
  body's order; an empty paragraph becomes a line of white space and a list paragraph gets
  the number or bullet Word draws for it (core/docx_lists.py), the same layout signals the
  text of a PDF carries.
- DOC (Word 97–2003), RTF and ODT: converted to DOCX by LibreOffice (core/libreoffice.py),
  then read so.
- HTML (a portal's page saved): a line a block, lists numbered (core/html_text.py).
- Text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, else Latin-1.
"""

from __future__ import annotations

import atexit
import ctypes
import io
import multiprocessing
import re
import signal
import threading
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from .docx_lists import ListLabels
from .errors import MAX_DOCUMENT_BYTES, NotMinutes, ParseError, ReaderUnavailable
from .headings import ACCESS_RE, opens_section
from .html_text import HTML_RE, html_text
from .language import gettext as _
from .libreoffice import for_libreoffice, to_docx
from .pdf_text import pdf_pages
from .text import GARBLED, garbled_share

MAX_PDF_PAGES = 2000
PDF_TIMEOUT_SECONDS = 60.0
PDF_CPU_SECONDS = 60
PDF_MEMORY_BYTES = 2 * 1024 * 1024 * 1024

_DIGITS_RE = re.compile(r"\d+")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_TBL, _W_R, _W_SDT = f"{_W}p", f"{_W}tbl", f"{_W}r", f"{_W}sdt"
_W_TR, _W_TC, _W_TXBX = f"{_W}tr", f"{_W}tc", f"{_W}txbxContent"
_W_FOOTNOTE, _W_ENDNOTE = f"{_W}footnoteReference", f"{_W}endnoteReference"
_W_ID = f"{_W}id"
_W_SYM = f"{_W}sym"
# What of a run is its text (python-docx's CT_R.text reads these), and a symbol
_W_RUN_TEXT = tuple(
    f"{_W}{tag}" for tag in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab", "sym")
)
# Inside a paragraph, what holds no text that is shown: tracked deletions, text moved away,
# the paragraph's and runs' properties, and the fallback of content given two ways (its
# first way, 'mc:Choice', holds the same text).
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_W_NOT_SHOWN = frozenset(f"{_W}{tag}" for tag in ("del", "moveFrom", "pPr", "rPr")) | {_MC_FALLBACK}
_BOX_SKIPPED = _W_NOT_SHOWN | {_W_TXBX}
# Around paragraphs and tables: content controls and custom XML, whose content is the text.
_W_WRAPPERS = frozenset((_W_SDT, f"{_W}customXml"))
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:side\s+)?\d{1,4}(?:\s*(?:af|/)\s*\d{1,4})?\s*$", re.IGNORECASE
)


def detect_kind(data: bytes) -> str:
    """'pdf', 'docx', 'doc' (for LibreOffice: Word 97–2003, RTF, OpenDocument), 'html' or
    'text', from the first bytes."""
    head = data[:1024].lstrip(b"\x00\t\r\n ")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if for_libreoffice(data):
        return "doc"
    if HTML_RE.match(data[:4096]):
        return "html"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    return "text"


def extract_text(data: bytes, source: str | None = None, ocr: bool = False) -> str:
    """The text of a document given as bytes. Raises ParseError for anything else.
    ocr: a PDF without text to read (a scan) is read by OCR (core/ocr.py)."""
    kind = check_document(data, source)
    if kind == "pdf":
        return pdf_text(_worker.pages(data, source), data, source, ocr)
    if kind == "docx":
        text = docx_text(data, source)
    elif kind == "doc":
        text = docx_text(to_docx(data, source), source)
    elif kind == "html":
        text = html_text(data, source)
    else:
        text = decode_text(data, source)
    return check_text(text, kind, source)


def pdf_text_with_breaks(data: bytes, source: str | None = None) -> str:
    """A PDF's text with its empty paragraphs that hold no character as lines of one space
    (core/pdf_breaks.py). Raises ParseError."""
    return check_text(join_pages(_worker.pages(data, source, breaks=True)), "pdf", source)


def pdf_text(pages: list[str], data: bytes, source: str | None, ocr: bool) -> str:
    """A PDF's text from its pages' text; when asked (ocr), read from its pages' images
    instead where it has no text to read: none (a scan), or glyph numbers for letters (fonts
    without their map to Unicode), as a reader's eye would read it."""
    text = join_pages(pages)
    if ocr and (not text.strip() or garbled_share(text) > GARBLED):
        from .ocr import ocr_pages  # only scans need it

        text = join_pages(ocr_pages(data, source))
    return check_text(text, "pdf", source)


def check_document(data: bytes, source: str | None = None) -> str:
    """What must hold before reading: not empty, not too large, a PDF not cut off.
    Returns the kind ('pdf', 'docx', 'text')."""
    if not data:
        raise ParseError(_("filen er tom"), source)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ParseError.too_large(len(data), source)
    kind = detect_kind(data)
    if kind == "pdf" and b"%%EOF" not in data[-2048:]:
        # pdfium would rebuild what it can of a cut-off file: minutes with a silent gap.
        raise ParseError(_("PDF-filen er afkortet (den har ingen slutmarkering)"), source)
    return kind


def check_text(text: str, kind: str, source: str | None = None) -> str:
    """Text that is empty is a failure, never empty minutes (a scan, a decompression bomb)."""
    if not text.strip():
        what = no_text_in_pdf() if kind == "pdf" else _("dokumentet har ingen tekst")
        raise NotMinutes(what, source)  # read, and nothing in it: a scan, perhaps a bilag
    return text


def no_text_in_pdf() -> str:
    """Why a PDF without text fails (the command line then says how to read scans)."""
    return _("PDF-filen har ingen tekst at læse (et indscannet dokument?)")


def decode_text(data: bytes, source: str | None = None) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(
                _("ødelagt UTF-16-tekst (%(reason)s)") % {"reason": exc.reason}, source
            ) from None
    if b"\x00" in data:
        raise ParseError(_("hverken tekst, PDF eller Word (binært indhold)"), source)
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(8, len(text) // 100):
        raise ParseError(_("hverken tekst, PDF eller Word (binært indhold)"), source)
    return text


# --- DOCX ---------------------------------------------------------------------------------


def docx_text(data: bytes, source: str | None = None) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if "word/document.xml" not in z.namelist():
                what = _(
                    "en zip-fil, men ikke et Word-dokument (et arkiv? Pak det ud, og importér mappen)"
                )
                raise ParseError(what, source)
            if sum(i.file_size for i in z.infolist()) > 20 * MAX_DOCUMENT_BYTES:
                raise ParseError(_("Word-dokumentet pakker ud til for meget data"), source)
            data = _as_plain_word(z, data)
        import docx  # imported here: only Word documents need it

        document = docx.Document(io.BytesIO(data))
    except ParseError:
        raise
    except Exception as exc:  # python-docx raises many kinds for a broken file
        raise _unreadable_docx(exc, source) from None
    try:
        return "\n".join(_docx_lines(document))
    except Exception as exc:  # a broken numbering part or table, read as it goes
        raise _unreadable_docx(exc, source) from None


# The main part's content type of a macro-enabled document (.docm) or a template (.dotx,
# .dotm): python-docx opens only a plain document's, though the parts it reads are the same.
_WORD_VARIANTS = re.compile(
    rb"application/vnd\.(?:ms-word\.document\.macroEnabled|ms-word\.template\.macroEnabledTemplate"
    rb"|openxmlformats-officedocument\.wordprocessingml\.template)\.main\+xml"
)
_WORD_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _as_plain_word(z: zipfile.ZipFile, data: bytes) -> bytes:
    """The document as a plain Word document: a .docm, .dotx or .dotm with its main part's
    content type made a .docx's (its macros are never read, let alone run)."""
    try:
        types = z.read("[Content_Types].xml")
    except KeyError:
        return data
    if not _WORD_VARIANTS.search(types):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as plain:
        for info in z.infolist():
            content = z.read(info)
            if info.filename == "[Content_Types].xml":
                content = _WORD_VARIANTS.sub(_WORD_MAIN, content)
            plain.writestr(info, content)
    return out.getvalue()


def _unreadable_docx(exc: Exception, source: str | None) -> ParseError:
    return ParseError(
        _("Word-dokumentet kan ikke læses (%(error)s)") % {"error": type(exc).__name__}, source
    )


def _docx_lines(document: Any) -> Iterator[str]:
    """The body's paragraphs and tables in their order; list paragraphs with the numbers and
    bullets Word draws for them ('1. Budget', '\uf0b7 Årshjul'), a level under indented.
    The first page's header comes first, as a PDF of the document has it: templates put the
    meeting and its date there ('Direktionen 01-03-2023')."""
    labels = ListLabels(document)
    notes = _Notes(document)
    header = _first_page_header(document)
    if header is not None:
        yield from _lines_of(header, document, labels, None)
    yield from _lines_of(document.element.body, document, labels, notes)
    for note in notes.cited_endnotes:
        yield from _note_lines(note, document, labels)


class _Notes:
    """The document's footnotes and endnotes, by their ids. A footnote is read after the
    paragraph that cites it, where its words belong (a PDF of the document has it at the
    foot of the page, which may fall in another point); endnotes at the end, as printed."""

    def __init__(self, document: Any) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        self._by_kind = {
            _W_FOOTNOTE: _notes_of(document, RT.FOOTNOTES),
            _W_ENDNOTE: _notes_of(document, RT.ENDNOTES),
        }
        self.cited_endnotes: list[Any] = []
        self._cited: set[tuple[str, str]] = set()

    def footnotes_after(self, block: Any) -> Iterator[Any]:
        """The footnotes the shown text of a paragraph or table cites, each once; the
        endnotes it cites are kept for the end."""
        for run in block.iter(_W_R):
            if _not_shown(run, block):
                continue
            for reference in run.iterchildren(_W_FOOTNOTE, _W_ENDNOTE):
                key = (reference.tag, reference.get(_W_ID, ""))
                note = self._by_kind[reference.tag].get(key[1])
                if note is None or key in self._cited:
                    continue
                self._cited.add(key)
                if reference.tag == _W_ENDNOTE:
                    self.cited_endnotes.append(note)
                else:
                    yield note


def _note_lines(note: Any, document: Any, labels: ListLabels) -> Iterator[str]:
    """A note's lines, without the tab Word sets after the note's mark: a line that opens
    with white space and a capital letter is a point whose bullet was lost."""
    for line in _lines_of(note, document, labels, None):
        yield line.strip() or " "


def _notes_of(document: Any, relationship: str) -> dict[str, Any]:
    """The notes of the document's footnotes or endnotes part by id (none without one)."""
    from docx.oxml.parser import parse_xml  # python-docx's parser: no entities resolved

    for rel in document.part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            part = rel.target_part
            root = part.element if hasattr(part, "element") else parse_xml(part.blob)
            # The separator lines Word keeps with the notes have a type; notes have none.
            return {note.get(_W_ID, ""): note for note in root if note.get(f"{_W}type") is None}
    return {}


def _not_shown(run: Any, block: Any) -> bool:
    """Whether a run inside block is not shown: hidden, or in a tracked deletion, a
    fallback … (as _shown_runs passes it over)."""
    if _hidden_text(run):
        return True
    ancestor = run.getparent()
    while ancestor is not None and ancestor is not block:
        if ancestor.tag in _W_NOT_SHOWN:
            return True
        ancestor = ancestor.getparent()
    return False


def _first_page_header(document: Any) -> Any:
    """The header of the document's first page (its element), or None when it has none."""
    if not document.sections:
        return None
    section = document.sections[0]
    header = (
        section.first_page_header if section.different_first_page_header_footer else section.header
    )
    # A first section's header linked to the previous one is none (asking for its element
    # would add one).
    return None if header.is_linked_to_previous else header._element


def _lines_of(
    parent: Any, document: Any, labels: ListLabels, notes: _Notes | None
) -> Iterator[str]:
    """The lines of a body, a header, a text box or a note; notes (None in what cannot
    cite one: a header, a note) for the footnotes cited, read after their paragraph."""
    from docx.text.paragraph import Paragraph

    for child in _blocks(parent):
        if child.tag == _W_P:
            text = _shown_text(child)
            if not text.strip():
                yield " "  # an empty paragraph, as the extracted PDFs have them
            else:
                found = labels.label(Paragraph(child, document))
                if found is None:
                    yield text
                else:
                    label, level = found
                    yield f"{'  ' * level}{label} {text}"
            for box in _text_boxes(child):
                yield from _lines_of(box, document, labels, notes)
        elif child.tag == _W_TBL:
            # a row's cells side by side, each read as a body is: a template that lays the
            # whole item out in a table keeps its list numbers, text boxes and inner tables
            for row in _blocks(child, _W_TR):
                yield " ".join(
                    "\n".join(_lines_of(cell, document, labels, None))
                    for cell in _blocks(row, _W_TC)
                )
        if notes is not None:
            for note in notes.footnotes_after(child):
                yield from _note_lines(note, document, labels)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The text boxes anchored in a paragraph (a front page's meeting and date are often
    set in one), read after the paragraph's own text: Word keeps no reading order for a
    box but its anchor. A box drawn two ways (DrawingML, and VML in 'mc:Fallback' for old
    readers) is read once; a box inside a box is read with the outer one's paragraphs."""
    for box in paragraph.iter(_W_TXBX):
        ancestor = box.getparent()
        while ancestor is not paragraph:
            if ancestor.tag in _BOX_SKIPPED:
                break
            ancestor = ancestor.getparent()
        else:
            yield box


def _blocks(parent: Any, *tags: str) -> Iterator[Any]:
    """The paragraphs and tables of a body or a table cell (or the children of other tags:
    a table's rows, a row's cells), in order, also those inside a content control ('w:sdt',
    as templates wrap their fields, sections and rows): python-docx passes those over."""
    for child in parent.iterchildren():
        if child.tag in _W_WRAPPERS:
            content = child.find(f"{_W}sdtContent") if child.tag == _W_SDT else child
            if content is not None:
                yield from _blocks(content, *tags)
        elif child.tag in (tags or (_W_P, _W_TBL)):
            yield child


def _shown_text(paragraph: Any) -> str:
    """A paragraph's text as Word shows it: its runs' text (python-docx's own reading of a
    run: tabs, breaks, hyphens) also inside tracked insertions, content controls, links and
    fields, which python-docx's Paragraph.text passes over; not tracked deletions."""
    return "".join(_run_text(run) for run in _shown_runs(paragraph))


def _run_text(run: Any) -> str:
    """python-docx's reading of a run, with a symbol inserted from a font ('Indsæt symbol':
    a bullet typed so is Symbol's U+F0B7, as a PDF of the document extracts it)."""
    if run.find(_W_SYM) is None:
        return str(run.text)
    return "".join(
        _symbol(child) if child.tag == _W_SYM else str(child)
        for child in run.iterchildren(*_W_RUN_TEXT)
    )


def _symbol(sym: Any) -> str:
    try:
        return chr(int(sym.get(f"{_W}char", ""), 16))
    except (ValueError, OverflowError):
        return ""


def _shown_runs(element: Any) -> Iterator[Any]:
    for child in element.iterchildren():
        if child.tag == _W_R:
            if not _hidden_text(child):
                yield child
        elif child.tag not in _W_NOT_SHOWN:
            yield from _shown_runs(child)


def _hidden_text(run: Any) -> bool:
    """Whether a run is formatted hidden ('Skjult': a template's guidance to whoever writes
    the minutes), which Word neither shows nor prints."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


# --- PDF ----------------------------------------------------------------------------------


def _limit_memory(memory_bytes: int) -> None:
    """Runs in the worker before any PDF: cap its address space."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # not on this platform: the timeout still holds
        pass


def _limit_cpu_for_next_file(cpu_seconds: int) -> None:
    """The CPU limit counts the worker's whole life: move it to 'now + PDF_CPU_SECONDS'."""
    try:
        import resource

        used = resource.getrusage(resource.RUSAGE_SELF)
        spent = int(used.ru_utime + used.ru_stime) + 1
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(resource.RLIMIT_CPU, (spent + cpu_seconds, hard))
    except (ImportError, ValueError, OSError):
        pass


def pdf_pages_in_process(data: bytes, breaks: bool = False) -> list[str]:
    """Each page's text, extracted in this process (core/pdf_text.py). Raises ValueError with
    a reason. breaks: empty paragraphs without a character as lines of one space."""
    return pdf_pages(data, MAX_PDF_PAGES, breaks)


def _worker_pages(data: bytes, breaks: bool = False) -> list[str] | str:
    try:
        return pdf_pages_in_process(data, breaks)
    except ValueError as exc:
        return str(exc)
    except MemoryError:
        return _("PDF-filen kræver mere hukommelse end tilladt")


def ignore_interrupts() -> None:
    """For a worker process: Ctrl-C at the terminal reaches the whole process group, but it
    is the parent's to handle (it stops its workers); a worker killed by it first would be
    taken for one a document broke."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _keep_heap() -> None:
    """Runs in the worker: let glibc's malloc keep the memory pdfium frees after a PDF for the
    next, rather than give it back to the system and fault it in again page by page each time
    (16 MB more asked for at a time, up to 64 MB kept free): a PDF's extraction costs about a
    tenth less (docs/performance.md). Nothing elsewhere than glibc."""
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_TOP_PAD, 16 << 20)
    mallopt(_M_TRIM_THRESHOLD, 64 << 20)


_M_TRIM_THRESHOLD, _M_TOP_PAD = -1, -2  # glibc's malloc.h


def _serve(conn: Connection, memory_bytes: int, cpu_seconds: int) -> None:
    """The worker's loop: a PDF's bytes in, its pages' text (or a reason) out."""
    ignore_interrupts()
    _limit_memory(memory_bytes)
    _keep_heap()
    conn.send_bytes(_READY)
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        breaks = data == _BREAKS
        if breaks:  # the next PDF's empty paragraphs asked for (no PDF is these bytes)
            try:
                data = conn.recv_bytes()
            except (EOFError, OSError):
                return
        _limit_cpu_for_next_file(cpu_seconds)
        conn.send(_worker_pages(data, breaks))


_READY = b"ready"
_BREAKS = b"breaks"
_START_SECONDS = 300  # a worker that dies starting answers at once; this bounds a hung one


class PdfWorker:
    """One long-lived worker process with limits, spoken to over a pipe (cheaper per file than
    a process pool); replaced when a file breaks it."""

    def __init__(
        self,
        timeout: float = PDF_TIMEOUT_SECONDS,
        memory_bytes: int = PDF_MEMORY_BYTES,
        cpu_seconds: int = PDF_CPU_SECONDS,
    ) -> None:
        self.timeout, self.memory_bytes, self.cpu_seconds = timeout, memory_bytes, cpu_seconds
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        self._lock = threading.Lock()

    def _start(self) -> Connection:
        if self._conn is None or self._process is None or not self._process.is_alive():
            self.close()
            # forkserver: the worker never inherits the caller's threads or open connections.
            ctx = multiprocessing.get_context("forkserver")
            parent, child = ctx.Pipe()
            process = ctx.Process(
                target=_serve,
                args=(child, self.memory_bytes, self.cpu_seconds),
                daemon=True,
                name="dagsorden-pdf",
            )
            process.start()
            child.close()
            # Wait for the worker to say it runs, so that a worker that dies starting is never
            # taken for a file that broke it.
            try:
                ready = parent.poll(_START_SECONDS) and parent.recv_bytes() == _READY
            except (EOFError, OSError):
                ready = False
            if not ready:
                parent.close()
                process.kill()
                raise ReaderUnavailable.starting(_("PDF-læseren"))
            self._conn, self._process = parent, process
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None

    def submit(self, data: bytes, source: str | None, breaks: bool = False) -> None:
        """Hand a PDF to the worker; collect() gets its pages. One at a time. breaks: its
        empty paragraphs without a character as lines of one space (core/pdf_breaks.py)."""
        conn = self._start()
        try:
            if breaks:
                conn.send_bytes(_BREAKS)
            conn.send_bytes(data)
        except OSError:
            self.close()
            raise _broke_the_reader(source) from None

    def collect(self, source: str | None) -> list[str]:
        conn = self._conn
        try:
            if conn is None:
                raise EOFError
            if not conn.poll(self.timeout):
                self.close()
                raise ParseError(
                    _("det tog over %(seconds)g s at læse PDF-filen") % {"seconds": self.timeout},
                    source,
                )
            result = conn.recv()
        except (EOFError, OSError):
            self.close()
            raise _broke_the_reader(source) from None
        if isinstance(result, str):
            raise ParseError(result, source)
        return result

    def pages(self, data: bytes, source: str | None, breaks: bool = False) -> list[str]:
        """Each page's text of one PDF."""
        with self._lock:
            self.submit(data, source, breaks)
            return self.collect(source)

    def close(self) -> None:
        conn, process = self._conn, self._process
        self._conn = self._process = None
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()
            process.join(5)


def _broke_the_reader(source: str | None) -> ParseError:
    return ParseError(
        _("PDF-filen fik læseren til at gå ned (over grænsen for hukommelse eller tid)"), source
    )


_worker = PdfWorker()
atexit.register(_worker.close)


_JOIN = "\u2060"  # marks a line that goes on, without a space, in the next kept line


def _opens_item(lines: list[str], i: int) -> bool:
    """Is lines[i] an item's heading (the next text line is 'Åben Sag' / 'Lukket Sag')? Items
    that each start a page under the same heading ('2. Orientering') look like a running
    header, but are content."""
    following = [ln for ln in lines[i + 1 : i + 6] if ln.strip()][:3]  # a heading may wrap
    return any(ACCESS_RE.match(ln) for ln in following)


def _numbered_as_pages(pages: dict[int, list[str]]) -> bool:
    """Do the numbers of a line that recurs on these pages stay the same (a date), or is one
    of them the page's number (a page number, 'Side 2 af 5')?"""
    numbers = list(pages.values())
    if all(n == numbers[0] for n in numbers):
        return True
    width = min(len(n) for n in numbers)
    return any(all(int(n[j]) == page_no + 1 for page_no, n in pages.items()) for j in range(width))


def _edge_lines(lines: list[str]) -> list[int]:
    """The indexes of a page's first two and last two lines that hold text (`ln.strip()`),
    in order, each once."""
    head = []
    for i, ln in enumerate(lines):
        if ln and not ln.isspace():
            head.append(i)
            if len(head) == 2:
                break
    tail: list[int] = []
    for i in range(len(lines) - 1, head[-1] if head else -1, -1):
        ln = lines[i]
        if ln and not ln.isspace():
            tail.append(i)
            if len(tail) == 2:
                break
    return head + tail[::-1]


def _running(split: list[list[str]], filled: list[list[int]]) -> set[str]:
    """The running headers and footers, by their text with the numbers left out ('#')."""
    pages_n = len(split)
    if pages_n < 2:
        return set()
    # Lines on a page's edges, by that text: for each, where it stands (page, line).
    edges: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for page_no, (lines, content_idx) in enumerate(zip(split, filled, strict=True)):
        for i in content_idx[:2] + content_idx[-2:]:
            ln = lines[i].strip()
            edges[_DIGITS_RE.sub("#", ln)].append((page_no, ln))
    # Running headers and footers stand on most pages. Those with numbers hold the same ones
    # on every page (a date) or the page's own number; a line without numbers must stand on
    # every page of three or more ('Drøftet.' ending two items of two pages is content). A
    # bare number is left to the page-number test (document ids end pages too), an
    # attachment's number ('3 - ') is never a header, nor is a line that opens a section.
    least = max(2, pages_n // 2 + 1)
    running = set()
    for key, places in edges.items():
        if len(places) < least or key in ("#", "# -"):
            continue
        # the numbers the line holds on each page it stands on (the first such line there)
        pages: dict[int, list[str]] = {}
        for page_no, ln in places:
            if page_no not in pages and not opens_section(ln):
                pages[page_no] = _DIGITS_RE.findall(ln)
        if len(pages) >= least and (
            _numbered_as_pages(pages) if "#" in key else len(pages) == pages_n >= 3
        ):
            running.add(key)
    return running


def join_pages(pages: list[str]) -> str:
    """Join page texts, dropping running headers and footers: lines at the top or bottom of a
    page that recur (digits aside) on most pages, and bare page numbers."""
    # pdfium marks a hyphen that ends a line as U+0002 (U+FFFE in some calls) and joins the
    # two lines: 'Marie-\nLouise' comes out 'Marie\x02Louise'. Word breaks lines at hyphens
    # of compounds and names, so it stands for a real hyphen. The break is put back while
    # headers and footers are found (the last line of a page would otherwise run into its
    # footer) and the two halves are joined again at the end.
    # (str.replace, not str.translate: translate is slow on text that is not ASCII.)
    pages = [page.replace("\x02", f"-{_JOIN}\n").replace("\ufffe", f"-{_JOIN}\n") for page in pages]
    split = [page.replace("\r\n", "\n").replace("\r", "\n").split("\n") for page in pages]
    # each page's first two and last two lines that hold text, by index
    filled = [_edge_lines(lines) for lines in split]
    running = _running(split, filled)
    out: list[str] = []
    for page_no, (lines, content_idx) in enumerate(zip(split, filled, strict=True)):
        # The first page's heading ('Direktionen 20-01-2021') names the meeting: keep it.
        top = set(content_idx[:2]) if page_no else set()
        edge_idx = top | set(content_idx[-2:])
        near_edge = edge_idx | set(content_idx[:2])  # where a page number may stand
        # Only these few lines are tried against the patterns; the rest go over in slices.
        start = 0
        for i in sorted(near_edge):
            ln = lines[i]
            if _PAGE_NUMBER_RE.match(ln) or (
                i in edge_idx
                and running
                and _DIGITS_RE.sub("#", ln.strip()) in running
                and not _opens_item(lines, i)
            ):
                out += lines[start:i]
                start = i + 1
        out += lines[start:]
    text = "\n".join(out)
    if f"{_JOIN}\nog" in text or f"{_JOIN}\neller" in text:  # (rare: no pattern otherwise)
        text = _SUSPENDED_RE.sub("- ", text)
    return text.replace(f"{_JOIN}\n", "")


# A hyphen that ends a line before 'og' / 'eller' ends the first word of a pair sharing its
# last part ('Vej- og ejendomschef', 'Plan- og udviklingsstrategi'): a space followed it.
_SUSPENDED_RE = re.compile(f"-{_JOIN}\n(?=(?:og|eller)\\b)")
