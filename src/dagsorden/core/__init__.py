"""The pure-Python core of dagsorden: records, Danish text and date helpers, and the minutes
parser as a pipeline of small stages (extract → clean → segment → parse).

It never imports Django, so it can be used and tested alone. The public API:

    parse_bytes(data, source)  a document's bytes (PDF, DOCX or text) → Minutes
    parse_file(path)           the same for a file
    parse_text(text, source)   text → Minutes
    to_dict(minutes)           Minutes → the JSON of minutes.schema.json

Every failure is a ParseError whose message names the file and the problem.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ParseError
from .extract import detect_kind, extract_text
from .files import read_document, shown
from .paragraphs import layout_of
from .parse import parse_text
from .read_again import with_breaks_shown
from .records import (
    Absence,
    Action,
    Attachment,
    Decision,
    Doubt,
    Item,
    Minutes,
    Person,
    Point,
    Referral,
)
from .serialize import to_dict, to_outline


def parse_bytes(
    data: bytes, source: str | None = None, ocr: bool = False, *, layout: bool = False
) -> Minutes:
    """Parse a document given as bytes; the kind (PDF, DOCX, text) is read from the content.
    ocr: a scanned PDF is read by OCR (slow; core/ocr.py), else it fails. layout: keep where
    the texts' paragraphs are, for showing them (core/paragraphs.py)."""
    text = extract_text(data, source, ocr)
    minutes = parse_text(text, source, layout=layout_of(detect_kind(data)) if layout else None)
    return with_breaks_shown(minutes, text, data, source, layout)


def parse_file(path: str | Path, ocr: bool = False) -> Minutes:
    """Parse the document at path."""
    return parse_bytes(read_document(path), shown(Path(path).name), ocr)


__all__ = [
    "Absence",
    "Action",
    "Attachment",
    "Decision",
    "Doubt",
    "Item",
    "Minutes",
    "ParseError",
    "Person",
    "Point",
    "Referral",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "to_dict",
    "to_outline",
]
