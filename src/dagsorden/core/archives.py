"""ZIP archives of documents: what a portal's "download all" or a colleague's e-mail gives.
Their members are listed with names that are safe to use as paths, and read with the same
limits as a file on disk; nothing in an archive can write outside the folder it is unpacked
into, fill the disk beyond what its directory declares, or be read without its password.

Office documents are zips too: a zip holding a Word or OpenDocument document is that
document, not an archive (is_archive)."""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from .errors import MAX_DOCUMENT_BYTES, ParseError
from .language import gettext as _

ARCHIVE_SUFFIXES = {".zip"}
MAX_MEMBERS = 100_000
MAX_DEPTH = 3  # an archive in an archive in an archive, and no deeper
_UTF8_NAME = 0x800  # general purpose flag: the name is UTF-8
_ENCRYPTED = 0x1
_NAME_BYTES = 240  # a part of a name, short of Linux's 255 bytes for the '~2' of a twin
# Folders an archiver adds that hold no one's documents: macOS's resource forks.
_SKIPPED_FOLDERS = {"__MACOSX"}


@dataclass(frozen=True)
class Member:
    """A file in an archive: its path inside it, made safe ('/'-separated, no '..', no
    drive or leading '/', each part a valid file name), and its entry in the directory."""

    name: str
    info: zipfile.ZipInfo

    @property
    def size(self) -> int:
        return self.info.file_size


def is_archive(names: Iterable[str]) -> bool:
    """Whether a zip of these members is an archive of files, not an Office document (Word,
    Excel, PowerPoint or OpenDocument, each a zip of its parts)."""
    names = set(names)
    return not (
        "[Content_Types].xml" in names  # Office Open XML: .docx, .xlsx, .pptx
        or "mimetype" in names  # OpenDocument
    )


def files_in(
    data: bytes, source: str, suffixes: set[str], limit: int, depth: int = 0
) -> tuple[list[tuple[bytes, str]], list[ParseError]] | None:
    """The files of these suffixes in an archive given as bytes (an upload), archives in it
    opened as well, each with its name (source/its name inside); and a ParseError for each
    that cannot be read. None when data is no archive (a Word document is a zip too, and a
    broken zip not named .zip is read as what its name says).
    limit: the bytes all of them may take in memory together, beyond which the archive
    fails whole (a ParseError raised, as for an archive that cannot be opened)."""
    if not looks_like_zip(data):
        return None
    try:
        archive = open_archive(io.BytesIO(data), source)
    except ParseError:
        if _suffix(source) in ARCHIVE_SUFFIXES:
            raise
        return None  # a broken file named as a document: to fail as that document
    with archive:
        if not is_archive(archive.namelist()):
            return None
        found, refused = members(archive, source, suffixes)
        needed = sum(member.size for member in found)
        if needed > limit:
            raise ParseError(
                _("zip-arkivet pakker ud til %(needed)d MiB, over grænsen på %(limit)d MiB")
                % {"needed": needed // 2**20, "limit": limit // 2**20},
                source,
            )
        files: list[tuple[bytes, str]] = []
        for member in found:
            where = f"{source}/{member.name}"
            try:
                content = read_member(archive, member, source)
                inner = None
                if _suffix(member.name) in ARCHIVE_SUFFIXES:
                    if depth + 1 == MAX_DEPTH and looks_like_zip(content):
                        raise ParseError(_("et zip-arkiv i for mange lag af arkiver"), where)
                    inner = files_in(content, where, suffixes, limit - needed, depth + 1)
            except ParseError as exc:
                refused.append(exc)
                continue
            if inner is None:
                files.append((content, where))
            else:
                files += inner[0]
                refused += inner[1]
        return files, refused


def looks_like_zip(head: bytes) -> bool:
    """Whether these first bytes open a ZIP file (a member first, or an empty one's end)."""
    return head[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def open_archive(file: str | IO[bytes], source: str) -> zipfile.ZipFile:
    """The archive, its directory read; ParseError naming source when it is none or broken."""
    try:
        return zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise ParseError(_("ødelagt zip-arkiv (%(reason)s)") % {"reason": exc}, source) from None
    except OSError as exc:
        raise ParseError(
            _("zip-arkivet kan ikke læses (%(reason)s)") % {"reason": exc.strerror or exc}, source
        ) from None


def members(
    archive: zipfile.ZipFile, source: str, suffixes: set[str]
) -> tuple[list[Member], list[ParseError]]:
    """The archive's files whose names end in one of suffixes (archives among them), each
    under a name of its own, in the archive's order; and a ParseError for each of those that
    cannot be read whole (too large, encrypted). Folders, links, hidden files and macOS's
    `__MACOSX` are passed over. Too many members: ParseError for the archive."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ParseError(
            _("zip-arkivet har %(count)d filer, over grænsen på %(limit)d")
            % {"count": len(infos), "limit": MAX_MEMBERS},
            source,
        )
    found: list[Member] = []
    refused: list[ParseError] = []
    taken: set[str] = set()
    for info in infos:
        parts = _safe_parts(_decoded_name(info))
        if (
            not parts
            or info.is_dir()
            or stat.S_ISLNK(info.external_attr >> 16)
            or parts[0] in _SKIPPED_FOLDERS
            or any(part.startswith(".") for part in parts)
            or _suffix(parts[-1]) not in suffixes | ARCHIVE_SUFFIXES
        ):
            continue
        name = _unique("/".join(parts), taken)
        where = f"{source}/{name}"
        if info.flag_bits & _ENCRYPTED:
            refused.append(ParseError(_("krypteret i arkivet (kræver adgangskode)"), where))
        elif info.file_size > MAX_DOCUMENT_BYTES:
            refused.append(ParseError.too_large(info.file_size, where))
        else:
            found.append(Member(name, info))
    return found, refused


def read_member(archive: zipfile.ZipFile, member: Member, source: str) -> bytes:
    """The member's bytes, never more than its directory entry declares (zipfile stops
    there, and a stream that ends otherwise fails its checksum); ParseError naming
    source/name when the member is broken or compressed in a way Python cannot read."""
    where = f"{source}/{member.name}"
    try:
        with archive.open(member.info) as handle:
            return handle.read(MAX_DOCUMENT_BYTES + 1)
    except NotImplementedError:
        what = _("pakket med en metode, der ikke kan læses (nr. %(method)d)")
        raise ParseError(what % {"method": member.info.compress_type}, where) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise ParseError(_("ødelagt i arkivet (%(reason)s)") % {"reason": exc}, where) from None


def _suffix(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def _decoded_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its archiver meant it. A name not flagged UTF-8 was written in
    the archiver's code page: Windows's own zip uses the OEM code page (850 in Denmark: ø is
    0x9B, which Python's cp437 makes '¢'), while Info-ZIP and macOS write UTF-8 unflagged."""
    if info.flag_bits & _UTF8_NAME:
        return info.filename
    raw = info.filename.encode("cp437")  # what zipfile decoded: its bytes again, exactly
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp850")


def _safe_parts(name: str) -> list[str]:
    """The name's folders and file name, with nothing that could lead out of the folder it
    is unpacked into: '..', '.', a drive, a leading '/', control characters."""
    parts: list[str] = []
    for raw in name.replace("\\", "/").split("/"):
        part = "".join(c for c in raw if c.isprintable()).strip()
        if part in ("", ".", "..") or (len(part) == 2 and part[1] == ":" and not parts):
            continue
        parts.append(_shortened(part))
    return parts


def _shortened(part: str) -> str:
    """A name no longer than a file system takes, its extension kept."""
    if len(part.encode("utf-8")) <= _NAME_BYTES:
        return part
    path = PurePosixPath(part)
    suffix = path.suffix if len(path.suffix) <= 16 else ""
    stem = part[: len(part) - len(suffix)]
    while len((stem + suffix).encode("utf-8")) > _NAME_BYTES:
        stem = stem[:-1]
    return stem + suffix


def _unique(name: str, taken: set[str]) -> str:
    """The name, or the name with '~2', '~3' … before its extension when another member
    took it (the same name twice, or 'A.pdf' and 'a/../A.pdf')."""
    key = name.casefold()  # some file systems do not tell 'A.pdf' from 'a.pdf'
    if key not in taken:
        taken.add(key)
        return name
    path = PurePosixPath(name)
    number = 2
    while True:
        other = str(path.with_name(f"{path.stem}~{number}{path.suffix}"))
        if other.casefold() not in taken:
            taken.add(other.casefold())
            return other
        number += 1
