"""The text of attachments' files, for the search: read once, when a file is stored.

A PDF is read by the same bounded reader as minutes (a worker process with limits on time and
memory: attachments are as untrusted as any upload), Word (also 97–2003, through LibreOffice)
and plain text as the parser reads them. Other files (spreadsheets, presentations, pictures) and files without text (a scan, an
encrypted PDF) keep an empty text: the file is stored all the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F, QuerySet

from dagsorden.core import ParseError
from dagsorden.core.batch import with_converted_to_docx
from dagsorden.core.errors import ReaderUnavailable
from dagsorden.core.extract import extract_text
from dagsorden.meetings.files import media_type_of
from dagsorden.meetings.models import Attachment

from .models import FileText

TEXT_LIMIT = 100_000  # characters of a file searchable: a hundred pages, well within a tsvector
READABLE = {
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/plain",
    "text/html",
    "application/msword",  # Word 97–2003
    "application/rtf",
    "application/vnd.oasis.opendocument.text",
}


def read_text(data: bytes, ocr: bool = False) -> str | None:
    """The searchable text of a file's content; '' when it has none to read, None when the
    PDF reader could not be started (the text is read again by 'dagsorden reindex'). ocr: a
    scanned PDF is read by OCR."""
    if media_type_of(data) not in READABLE:
        return ""
    try:
        text = extract_text(data, ocr=ocr)
    except ParseError:
        return ""
    except ReaderUnavailable:
        return None
    return searchable(text)


def searchable(text: str) -> str:
    """A file's extracted text as the search keeps it: its words, up to TEXT_LIMIT."""
    return " ".join(text.split())[:TEXT_LIMIT]


def keep_text(attachment_id: int, sha256: str, data: bytes) -> str:
    """Read and store the text of the file just stored as an attachment's; returns it."""
    return _store_text(attachment_id, sha256, read_text(data))


def _store_text(attachment_id: int, sha256: str, text: str | None) -> str:
    if text is None:
        FileText.objects.filter(attachment_id=attachment_id).delete()
        return ""
    FileText.objects.update_or_create(
        attachment_id=attachment_id, defaults={"sha256": sha256, "text": text}
    )
    return text


def texts_of(texts: QuerySet[FileText]) -> dict[int, str]:
    """These texts by attachment id, the empty ones left out."""
    return dict(texts.exclude(text="").values_list("attachment_id", "text"))


def unread() -> QuerySet[Attachment]:
    """Attachments with a file whose text has not been read (stored before texts were, or
    while the PDF reader could not start), or was read from another file."""
    return (
        Attachment.objects.exclude(file="")
        .exclude(file_text__sha256=F("sha256"))
        .only("pk", "file", "sha256")
        .order_by("pk")
    )


def scans() -> QuerySet[Attachment]:
    """PDF attachments read without a word: scans, for OCR ('dagsorden reindex --ocr')."""
    return (
        Attachment.objects.exclude(file="")
        .filter(media_type="application/pdf", file_text__text="")
        .filter(file_text__sha256=F("sha256"))
        .only("pk", "file", "sha256")
        .order_by("pk")
    )


def read_unread(attachments: Iterable[Attachment], chunk: int = 32, ocr: bool = False) -> int:
    """Read and store the texts of these attachments' files; returns how many. A chunk's
    files for LibreOffice (Word 97–2003, RTF, OpenDocument) are converted in one run of it:
    one alone takes a second, LibreOffice starting. ocr: scanned PDFs are read by OCR."""
    count = 0
    held: list[tuple[Attachment, bytes]] = []
    for attachment in attachments:
        try:
            with attachment.file.open("rb") as handle:
                held.append((attachment, handle.read()))
        except OSError:
            continue  # a file gone from storage has no text to give
        if len(held) == chunk:
            count += _read_held(held, ocr)
            held = []
    return count + _read_held(held, ocr)


def _read_held(held: list[tuple[Attachment, bytes]], ocr: bool) -> int:
    ready = with_converted_to_docx([(data, None) for _, data in held])
    for (attachment, _data), converted in zip(held, ready, strict=True):
        # what LibreOffice could not read has no text
        text = "" if isinstance(converted, ParseError) else read_text(converted[0], ocr)
        _store_text(attachment.pk, attachment.sha256, text)
    return len(held)
