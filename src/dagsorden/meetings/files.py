"""Stored files: their SHA-256 and a media type read from the content, never from the name."""

from __future__ import annotations

import hashlib
import struct
import uuid
from datetime import date
from typing import IO, Any

from dagsorden.core.html_text import HTML_RE
from dagsorden.core.libreoffice import OLE_SIGNATURE, RTF_SIGNATURE

_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (RTF_SIGNATURE, "application/rtf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
]
# Office 97–2003 files are compound files, told apart by the name of their main stream
# (stored in UTF-16, in the file's directory, which may be anywhere in it).
_OLE_STREAMS = {
    "WordDocument".encode("utf-16-le"): "application/msword",
    "Workbook".encode("utf-16-le"): "application/vnd.ms-excel",
    "PowerPoint Document".encode("utf-16-le"): "application/vnd.ms-powerpoint",
}
_OLE_OTHER = "application/x-ole-storage"  # also a password-protected DOCX, XLSX or PPTX
_OLE_NAME_BYTES = max(map(len, _OLE_STREAMS))
_OOXML = {
    b"word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    b"xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    b"ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_ODT = "application/vnd.oasis.opendocument.text"


_EXTENSIONS = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "text/plain": "txt",
    "text/html": "html",
    "application/zip": "zip",
    _OOXML[b"word/"]: "docx",
    _OOXML[b"xl/"]: "xlsx",
    _OOXML[b"ppt/"]: "pptx",
    "application/msword": "doc",
    "application/rtf": "rtf",
    _ODT: "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
    "application/vnd.ms-excel": "xls",
    "application/vnd.ms-powerpoint": "ppt",
}


def download_name(title: str, media_type: str) -> str:
    """The name a file goes out under: its title, with the extension of its type when the
    title ends in none (titles are often the uploaded file's name, extension and all)."""
    if "." in title[-6:]:
        return title
    return f"{title}.{_EXTENSIONS.get(media_type, 'bin')}"


def sniff_media_type(head: bytes) -> str:
    """The media type of content starting with head (read at least 4 KiB for Office files;
    an Office 97–2003 file is told by its kind only when head is all of it)."""
    if head.startswith(OLE_SIGNATURE):
        return _ole_type(head)
    for signature, media_type in _SIGNATURES:
        if head.startswith(signature):
            return media_type
    if head.startswith(b"PK\x03\x04"):
        if (opendocument := _opendocument_type(head)) is not None:
            return opendocument
        for marker, media_type in _OOXML.items():
            if marker in head:
                return media_type
        return "application/zip"
    if HTML_RE.match(head):
        return "text/html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def _opendocument_type(head: bytes) -> str | None:
    """An OpenDocument file's media type: its zip's first entry, 'mimetype', stored as it is."""
    if len(head) < 30:
        return None
    method, size, name_length, extra_length = struct.unpack_from("<H8xI4xHH", head, 8)
    start = 30 + name_length + extra_length
    if method != 0 or head[30 : 30 + name_length] != b"mimetype" or size > 100:
        return None
    media_type = head[start : start + size].decode("ascii", "replace")
    return media_type if media_type.startswith("application/vnd.oasis.opendocument.") else None


def media_type_of(data: bytes) -> str:
    """The media type of a file's whole content."""
    return sniff_media_type(data if data.startswith(OLE_SIGNATURE) else data[:4096])


def _ole_type(data: bytes) -> str:
    for name, media_type in _OLE_STREAMS.items():
        if name in data:
            return media_type
    return _OLE_OTHER


def digest_and_type(stream: IO[bytes]) -> tuple[str, str]:
    """SHA-256 and media type of a file, read once in chunks."""
    sha = hashlib.sha256()
    head = b""
    ole_type, tail = "", b""  # an Office 97–2003 file's kind, looked for in every chunk
    stream.seek(0)
    for chunk in iter(lambda: stream.read(1 << 16), b""):
        if len(head) < 4096:
            head += chunk[: 4096 - len(head)]
        if head.startswith(OLE_SIGNATURE) and ole_type in ("", _OLE_OTHER):
            ole_type = _ole_type(tail + chunk)  # a name may straddle two chunks
            tail = chunk[-_OLE_NAME_BYTES:]
        sha.update(chunk)
    stream.seek(0)
    return sha.hexdigest(), ole_type or sniff_media_type(head)


def attachment_path(instance: Any, filename: str) -> str:
    """Where an uploaded file is stored: a name of the server's making, never the uploader's
    ('../../etc/passwd', control characters and right-to-left marks never reach the disk)."""
    return f"attachments/{date.today():%Y}/{uuid.uuid4().hex}"
