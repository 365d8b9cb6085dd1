"""The files of attachments ('bilag'): kept when their minutes are imported again, and found
beside the minutes in an archive.

A municipality's archive of minutes often holds each meeting's bilag as files of their own
beside the minutes: named by the title the minutes list them under ('Årshjul 2021.pdf'), or
by their document number ('3011525.pdf'). They are no minutes, so they fail to import as
such; here each is matched to the one attachment it is the file of, and stored as its file:
by a document number in its name anywhere in the archive (the numbers are the document
system's own, one a document), else by its title among the attachments of minutes in the
same folder or a folder above it. A file that matches no attachment, or more than one
document, is reported as before. Whether a file may be shown is the attachment's access,
checked where files are served: a closed bilag's file is kept for the members only.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import QuerySet

from dagsorden.core import ParseError
from dagsorden.core.files import read_document
from dagsorden.core.language import gettext as _
from dagsorden.meetings import models as m
from dagsorden.meetings.files import attachment_path, media_type_of
from dagsorden.search.file_text import read_text
from dagsorden.search.models import FileText

from .archives import Places
from .models import ImportedDocument

# Files that are looked at only as an attachment's file, never as minutes.
ATTACHMENT_SUFFIXES = {
    ".xls",
    ".xlsx",
    ".xlsm",
    ".ppt",
    ".pptx",
    ".ods",
    ".odp",
    ".csv",
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".tif",
    ".tiff",
    ".msg",
    ".eml",
    ".zip",
}


@dataclass(frozen=True)
class KeptFile:
    """An attachment's file, as it was before its minutes were imported again."""

    number: int
    document_id: str
    title: str
    name: str
    sha256: str
    media_type: str
    documents: tuple[int, ...]  # the ImportedDocument rows of archive files stored as it
    text: FileText | None  # its text as read for the search


def files_of(items: QuerySet[m.AgendaItem]) -> list[KeptFile]:
    """The files of these items' attachments, read before the items are deleted."""
    rows = list(
        m.Attachment.objects.filter(item__in=items)
        .exclude(file="")
        .values_list("pk", "number", "document_id", "title", "file", "sha256", "media_type")
    )
    if not rows:
        return []
    documents: dict[int, list[int]] = {}
    for pk, attachment in ImportedDocument.objects.filter(
        attachment__in=[row[0] for row in rows]
    ).values_list("pk", "attachment_id"):
        documents.setdefault(attachment, []).append(pk)
    texts = FileText.objects.in_bulk([row[0] for row in rows])
    return [KeptFile(*row[1:], tuple(documents.get(row[0], ())), texts.get(row[0])) for row in rows]


def carry_over(kept: list[KeptFile], stored: Iterable[tuple[int, int, str, str]]) -> list[int]:
    """Give each kept file, with its text, to the attachment that is the same one in the
    minutes as stored again (pk, number, document id, title): the same document number, else
    the same number and title, else the same title. A file whose attachment is gone is
    deleted from storage once the import is committed (a rolled-back import leaves it where
    it was). Returns the attachments a text went to: their search entries need it."""
    left = list(kept)
    rows = list(stored)
    texts: list[int] = []
    same = (
        lambda f, r: f.document_id and f.document_id == r[2],
        lambda f, r: (f.number, _key(f.title)) == (r[1], _key(r[3])),
        lambda f, r: _key(f.title) == _key(r[3]),
    )
    for test in same:
        for row in list(rows):
            found = next((f for f in left if test(f, row)), None)
            if found is None:
                continue
            left.remove(found)
            rows.remove(row)
            m.Attachment.objects.filter(pk=row[0]).update(
                file=found.name, sha256=found.sha256, media_type=found.media_type
            )
            ImportedDocument.objects.filter(pk__in=found.documents).update(attachment=row[0])
            if found.text is not None:
                FileText.objects.create(
                    attachment_id=row[0], sha256=found.text.sha256, text=found.text.text
                )
                if found.text.text:
                    texts.append(row[0])
    _delete_on_commit([f.name for f in left])
    return texts


def _delete_on_commit(names: list[str]) -> None:
    if names:
        transaction.on_commit(lambda: [default_storage.delete(n) for n in names])


# Extensions a title or a file name may end in (attachment titles are often file names).
_EXTENSIONS = {
    s[1:]
    for s in ATTACHMENT_SUFFIXES
    | {".pdf", ".docx", ".docm", ".doc", ".rtf", ".odt", ".txt", ".text", ".htm", ".html"}
}
_POINT_PREFIX = re.compile(r"^\d{1,2}: ")  # '4: Indstilling …' is listed under point 4
_NUMBER_PREFIX = re.compile(r"^(?:bilag )?(\d{1,3}) ")  # of a key: 'bilag 3 ', '03 '
_NOT_WORD = re.compile(r"[\W_]+")
_DOCUMENT_NUMBER = re.compile(r"(?<!\d)\d{5,10}(?!\d)")


def _key(title: str) -> str:
    """A title as compared with a file's name: its words in lower case, without a point's
    number or an extension. Punctuation is left out: a file name cannot hold ':' or '/'
    ('Notat: budget 2022/23' is saved as 'Notat_ budget 2022_23.pdf'), and underscores
    stand for spaces."""
    text = _POINT_PREFIX.sub("", " ".join(title.split()).casefold())
    stem, dot, extension = text.rpartition(".")
    if dot and extension in _EXTENSIONS:
        text = stem
    return " ".join(_NOT_WORD.sub(" ", text).split())


@dataclass
class Loose:
    """A file of the archive that is no minutes: perhaps an attachment's file."""

    path: Path
    root: Path  # the folder named to the import it was found in (its own, for a file)
    reason: str | None = None  # why it is no minutes; None for a file never read as such
    sha256: str | None = None
    read: bool = False  # read, and no minutes (not a broken file): perhaps a bilag
    text: str | None = None  # its searchable text, when kept from reading it as minutes


@dataclass
class Outcome:
    attached: int = 0  # files stored as attachments' files (new or changed)
    unchanged: int = 0  # files stored as theirs already
    failed: list[tuple[str, str]] = field(default_factory=list)
    attachments: set[int] = field(default_factory=set)  # whose search entries need the texts


def attach(
    loose: Iterable[Loose], outcome: Outcome, places: Places, *, dry_run: bool = False
) -> None:
    """Store each loose file as the file of the attachment it matches, each whole or not at
    all, counted in outcome as it goes. A document that matches none is reported failed
    with why it is no minutes; any other file that matches none is left alone (folders hold
    many files). dry_run: matched and counted, nothing written to storage."""
    loose = list(loose)
    folders = _Folders(places)
    numbered = _by_number(
        {n for item in loose for n in _DOCUMENT_NUMBER.findall(_readable(item.path.name))}
    )
    for item in loose:
        found = _match(item, folders, numbered)
        if isinstance(found, str):
            if item.reason is not None:
                outcome.failed.append((places.shown(item.path), found or item.reason))
            continue
        try:
            data = read_document(item.path)
        except ParseError as exc:
            outcome.failed.append((places.shown(item.path), exc.problem))
            continue
        from .run import source_key  # run imports this module

        key = source_key(places.resolved(item.path))
        try:
            status = store_file(key, item.path.name, data, found, dry_run, item.text)
        except Refused as exc:
            outcome.failed.append((places.shown(item.path), str(exc)))
            continue
        if status == "unchanged":
            outcome.unchanged += 1
        else:
            outcome.attached += 1
            outcome.attachments |= {a.pk for a in found}


def store_file(
    key: str,
    name: str,
    data: bytes,
    attachments: list[m.Attachment],
    dry_run: bool = False,
    text: str | None = None,
) -> str:
    """Store data as the file of these attachments (one document's), whole or not at all;
    key is the ImportedDocument source it is known by; text its searchable text, when read
    already. 'attached', or 'unchanged' when they have it already. Raises Refused for
    attachments that may not take it."""
    written: list[str] = []
    try:
        with transaction.atomic():
            return _store(key, name, data, attachments, written, dry_run, text)
    except BaseException:
        for stored in written:  # its row was rolled back: nothing may point to the file
            default_storage.delete(stored)
        raise


class Refused(Exception):
    """An attachment that may not take the file: its minutes are locked, or it has another."""


class _Folders:
    """The attachments of the minutes imported from each folder, looked up once a run."""

    def __init__(self, places: Places) -> None:
        self.held: dict[Path, list[m.Attachment]] = {}
        self.places = places

    def attachments(self, folder: Path) -> list[m.Attachment]:
        if folder not in self.held:
            # Origins are paths as shown (a name that is not UTF-8 escaped): compared so.
            where = self.places.resolved(folder)
            self.held[folder] = [
                a
                for a in m.Attachment.objects.filter(
                    item__origin__startswith=where.rstrip("/") + "/"
                )
                .select_related("item__meeting__body")
                .order_by("item__meeting__date", "item__order", "number")
                if a.item.origin.rpartition("/")[0] == where
            ]
        return self.held[folder]


def _match(
    item: Loose, folders: _Folders, numbered: dict[str, list[m.Attachment]]
) -> list[m.Attachment] | str:
    """The attachments (of one document) whose file this is; else why not: '' for none."""
    found, beside = match_name(item.path.name, _upwards(item, folders), numbered)
    if found == "" and beside and item.reason and item.read:
        return _(
            "%(reason)s; heller ikke et af referaternes bilag (intet bilag ved siden "
            "af hedder sådan eller har dets dokumentnummer)"
        ) % {"reason": item.reason}
    return found


def _upwards(item: Loose, folders: _Folders) -> Iterator[list[m.Attachment]]:
    """The attachments of the minutes in the file's folder, then in each folder above it up
    to the one named to the import."""
    folder = item.path.resolve().parent
    root = item.root.resolve()
    while True:
        yield folders.attachments(folder)
        if folder == root or root not in folder.parents:
            return
        folder = folder.parent


def match_name(
    name: str,
    scopes: Iterable[list[m.Attachment]],
    numbered: dict[str, list[m.Attachment]] | None = None,
) -> tuple[list[m.Attachment] | str, bool]:
    """The attachments (of one document) a file of this name is the file of: by a document
    number in the name, anywhere (numbered: the attachments of the numbers, looked up
    before); else by its title in the first of scopes that has it. Else why not ('' for no
    attachment of that name). And whether any scope held attachments."""
    name = _readable(name)
    if numbers := _DOCUMENT_NUMBER.findall(name):
        known = numbered if numbered is not None else _by_number(set(numbers))
        found = [a for n in dict.fromkeys(numbers) for a in known.get(n, [])]
        if found:
            return _one_document(found), True
    key = _key(name)
    numbered = _NUMBER_PREFIX.match(key)
    beside = False  # minutes with bilag near it: it may have been meant for one
    for held in scopes:
        beside = beside or bool(held)
        found = [a for a in held if _key(a.title) == key]
        if not found and numbered:  # 'Bilag 3 - Årshjul 2021.pdf'
            found = [a for a in held if _key(a.title) == key[numbered.end() :]]
            number = int(numbered.group(1))
            found = [a for a in found if a.number == number] or found
        if found:
            return _one_document(found), True
    return "", beside


def _by_number(numbers: set[str]) -> dict[str, list[m.Attachment]]:
    """The attachments of these document numbers, by number: a query for many files."""
    out: dict[str, list[m.Attachment]] = {}
    listed = sorted(numbers)
    for at in range(0, len(listed), 500):  # within any database's limit of parameters
        for a in (
            m.Attachment.objects.filter(document_id__in=listed[at : at + 500])
            .select_related("item__meeting__body")
            .order_by("pk")  # not the model's order: it joins the items and meetings
        ):
            out.setdefault(a.document_id, []).append(a)
    return out


def _readable(name: str) -> str:
    """A file name as written: one that is not UTF-8 (an old Windows share's Latin-1
    'Årshjul 2021.pdf') read as Windows wrote it, to compare with the titles."""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _one_document(found: list[m.Attachment]) -> list[m.Attachment] | str:
    """The attachments found, when they are one document (one, or all of one number)."""
    numbers = {a.document_id for a in found}
    if len(found) == 1 or (len(numbers) == 1 and "" not in numbers):
        return found
    listed = "; ".join(
        _("bilag %(number)d i %(meeting)s") % {"number": a.number, "meeting": a.item.meeting}
        for a in found[:3]
    )
    return _("passer til %(count)d bilag, ikke ét: %(listed)s") % {
        "count": len(found),
        "listed": listed + ("; …" if len(found) > 3 else ""),
    }


def _store(
    key: str,
    name: str,
    data: bytes,
    attachments: list[m.Attachment],
    written: list[str],
    dry_run: bool,
    text: str | None,
) -> str:
    """The file stored as each attachment's; 'unchanged' when all have it already. A file
    another way put there (the secretariat's upload, another file of the archive) is not
    replaced; one this file put there before is, when the file changed."""
    sha = hashlib.sha256(data).hexdigest()
    ours = set(ImportedDocument.objects.filter(source=key).values_list("attachment_id", flat=True))
    todo = []
    for attachment in attachments:
        meeting = attachment.item.meeting
        if attachment.sha256 == sha:
            continue
        if meeting.locked:
            raise Refused(
                _("bilag %(number)d i %(meeting)s: referatet er godkendt og låst")
                % {"number": attachment.number, "meeting": meeting}
            )
        if attachment.file and attachment.pk not in ours:
            raise Refused(
                _("bilag %(number)d i %(meeting)s har allerede en anden fil")
                % {"number": attachment.number, "meeting": meeting}
            )
        todo.append(attachment)
    ImportedDocument.objects.update_or_create(
        source=key,
        defaults={
            "sha256": sha,
            "size": len(data),
            "kind": "bilag",
            "meeting": None,
            "attachment": attachments[0],
        },
    )
    if not todo:
        return "unchanged"
    media_type = media_type_of(data)
    if dry_run:
        text = None
    elif text is None:
        text = read_text(data)  # once for all: the PDF reader's work
    for attachment in todo:
        old = attachment.file.name if attachment.file else ""
        stored = old
        if not dry_run:  # a dry run writes nothing to storage
            stored = default_storage.save(attachment_path(attachment, name), ContentFile(data))
            written.append(stored)
            if old:
                _delete_on_commit([old])
        m.Attachment.objects.filter(pk=attachment.pk).update(
            file=stored, sha256=sha, media_type=media_type
        )
        FileText.objects.filter(attachment_id=attachment.pk).delete()
        if text is not None:  # None: the PDF reader did not start; 'reindex' reads it later
            FileText.objects.create(attachment_id=attachment.pk, sha256=sha, text=text)
    return "attached"
