"""Import files and folders: each document atomically, unchanged ones skipped by hash,
changed ones updated in place, failures reported and the rest carried on."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from django.db import DatabaseError, transaction
from tqdm import tqdm

from dagsorden.core import ParseError, parse_bytes
from dagsorden.core.extract import MAX_DOCUMENT_BYTES, detect_kind

from .models import ImportedDocument
from .store import Cache, store_minutes

DOCUMENT_SUFFIXES = {".pdf", ".txt", ".docx", ".text"}


@dataclass
class Summary:
    imported: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        return (
            f"{self.imported} importeret, {self.unchanged} uændret, {self.updated} opdateret, "
            f"{len(self.failed)} fejlet"
        )


def find_documents(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Named files as they are; folders searched recursively for documents (.pdf, .txt, .docx),
    hidden files skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if (
                    child.is_file()
                    and child.suffix.lower() in DOCUMENT_SUFFIXES
                    and not any(part.startswith(".") for part in rel.parts)
                ):
                    yield child
        else:
            yield path


def import_paths(
    paths: Iterable[str | Path], *, progress: bool | None = None, out: TextIO | None = None
) -> Summary:
    """Import every document under paths. Progress bar on a terminal (progress=None: auto)."""
    out = out or sys.stderr
    files = list(find_documents(paths))
    summary = Summary()
    cache = Cache()
    show = out.isatty() if progress is None else progress
    for path in tqdm(files, desc="Importerer", unit="dok", disable=not show, file=out):
        try:
            status = import_file(path, cache)
        except Exception as exc:  # one bad document must not stop the others
            summary.failed.append((str(path), _reason(exc)))
            cache = Cache()  # a rolled-back transaction may have taken cached rows with it
            continue
        setattr(summary, status, getattr(summary, status) + 1)
    return summary


def _reason(exc: Exception) -> str:
    if isinstance(exc, ParseError):
        return exc.problem
    if isinstance(exc, DatabaseError):
        return f"database error: {exc}"
    return f"internal error: {type(exc).__name__}: {exc}"


def import_file(path: Path, cache: Cache | None = None) -> str:
    """Import one file. Returns 'imported', 'unchanged' or 'updated'; raises ParseError."""
    source = str(path.resolve())
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise ParseError(
                f"the file is over the limit of {MAX_DOCUMENT_BYTES // 2**20} MiB", str(path)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read the file ({exc.strerror or exc})", str(path)) from None
    return import_bytes(data, source, path.name, cache)


def import_bytes(data: bytes, source: str, name: str, cache: Cache | None = None) -> str:
    sha = hashlib.sha256(data).hexdigest()
    existing = ImportedDocument.objects.filter(source=source).first()
    if (existing and existing.sha256 == sha) or (
        not existing and ImportedDocument.objects.filter(sha256=sha).exists()
    ):
        return "unchanged"  # the same content, here or under another name
    minutes = parse_bytes(data, name)  # parse before the transaction: nothing half-written
    with transaction.atomic():
        meeting = store_minutes(minutes, origin=source, cache=cache)
        ImportedDocument.objects.update_or_create(
            source=source,
            defaults={
                "sha256": sha,
                "size": len(data),
                "kind": detect_kind(data),
                "meeting": meeting,
            },
        )
    return "updated" if existing else "imported"
