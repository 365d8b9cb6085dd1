"""Import files and folders: each document atomically, unchanged ones skipped by hash,
changed ones updated in place, failures reported and the rest carried on.

Parsing and storing overlap: for larger imports the documents are parsed in a separate
process while this one writes the previous ones to the database, so a bulk import uses two
cores. The database is only ever written from this process.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Q
from tqdm import tqdm

from dagsorden.core import Minutes, ParseError, parse_bytes
from dagsorden.core.archives import ARCHIVE_SUFFIXES
from dagsorden.core.errors import NotMinutes, ReaderUnavailable
from dagsorden.core.extract import detect_kind, ignore_interrupts
from dagsorden.core.files import read_document, shown
from dagsorden.core.language import gettext as _
from dagsorden.core.paragraphs import with_texts_laid_out
from dagsorden.meetings.models import AgendaItem, Attachment, Meeting
from dagsorden.meetings.workflow import settle_unstated, unstated
from dagsorden.search.file_text import searchable
from dagsorden.search.indexer import index_attachments
from dagsorden.search.signals import suspended

from . import hand_edits
from .archives import Places, unpacked
from .attachment_files import (
    ATTACHMENT_SUFFIXES,
    Loose,
    Outcome,
    Refused,
    attach,
    match_name,
    store_file,
)
from .holders import link_role_holders
from .models import ImportedDocument
from .store import (
    Cache,
    LockedMinutes,
    drop_superseded,
    place_minutes,
    save_periods,
    store_items,
)
from .suggest import Parsed, Suggested, parse_and_suggest

DOCUMENT_SUFFIXES = {
    ".pdf",
    ".txt",
    ".text",
    ".docx",
    ".docm",
    ".doc",
    ".rtf",
    ".odt",
    ".htm",
    ".html",
}
PARALLEL_FROM = 20  # documents; below this a second process costs more than it saves
CHUNK = 32  # documents handed to the parsing process at a time
# Characters of the texts of documents that failed as minutes kept until the run's bilag are
# matched (a bilag's PDF is then not read twice): 64 to 128 MB as Python holds Danish text
# (one byte a character, two where a dash or a quotation mark is beyond Latin-1).
KEPT_TEXTS = 64 * 2**20
AHEAD = 96  # documents parsed ahead of the one being stored


@dataclass
class Summary:
    imported: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    attached: int = 0  # files of bilag found beside the minutes, stored as theirs
    interrupted: bool = False  # stopped with Ctrl-C: what is counted is stored, the rest not
    # Stored, but for someone to look at: a meeting left with two versions of an item.
    warnings: list[str] = field(default_factory=list)
    # Items of these documents closed because none wrote their access (other systems'
    # minutes), and those of them opened as asked (open_unmarked).
    unstated: int = 0
    opened: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    def counts(self) -> tuple[int, int, int, int, int]:
        return self.imported, self.unchanged, self.updated, len(self.failed), len(self.warnings)

    def reset(self, counts: tuple[int, int, int, int, int]) -> None:
        """Back to counts taken before, for work that was rolled back."""
        self.imported, self.unchanged, self.updated, failed, warned = counts
        del self.failed[failed:]
        del self.warnings[warned:]

    def line(self) -> str:
        counts = {
            "imported": self.imported,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "failed": len(self.failed),
            "attached": self.attached,
        }
        if self.attached:
            return (
                _(
                    "%(imported)d importeret, %(unchanged)d uændret, %(updated)d opdateret, "
                    "%(attached)d bilagsfiler tilknyttet, %(failed)d fejlet"
                )
                % counts
            )
        return (
            _(
                "%(imported)d importeret, %(unchanged)d uændret, %(updated)d opdateret, "
                "%(failed)d fejlet"
            )
            % counts
        )


@dataclass
class _Job:
    path: Path
    source: str
    data: bytes
    sha: str
    existing: ImportedDocument | None
    reread: bool = False  # minutes stored before as they are, read again (import_paths')


def find_documents(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Named files as they are; folders searched recursively for documents (DOCUMENT_SUFFIXES),
    hidden files skipped."""
    for path, _root in find_files(paths, DOCUMENT_SUFFIXES):
        yield path


def find_files(paths: Iterable[str | Path], suffixes: set[str]) -> Iterator[tuple[Path, Path]]:
    """Named files as they are, each with its folder; folders searched recursively for files
    of these suffixes (hidden ones skipped), each with the folder named."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                # Not only regular files: a broken link or a pipe with a document's name
                # is reported as failed, not passed over in silence.
                if (
                    not child.is_dir()
                    and child.suffix.lower() in suffixes
                    and not any(part.startswith(".") for part in rel.parts)
                ):
                    yield child, path
        else:
            yield path, path.parent


def import_paths(
    paths: Iterable[str | Path],
    *,
    progress: bool | None = None,
    out: TextIO | None = None,
    dry_run: bool = False,
    ocr: bool = False,
    open_unmarked: bool = False,
    reread: bool = False,
) -> Summary:
    """Import every document under paths. Progress bar on a terminal (progress=None: auto).
    dry_run: the same import, every document read and stored, then all of it rolled back, so
    that the summary and the failures are exactly what an import would give. ocr: scanned
    PDFs are read by OCR (seconds a page), else they fail. open_unmarked: the documents are
    minutes published as they are, so the items none of them marks closed are open (those
    stored before from the same files too). reread: minutes stored before from files as they
    are now are read again, and their meetings updated where this reading differs from the
    one stored (a newer version of the parser); approved minutes are left as they are."""
    options = _Options(dry_run, ocr, open_unmarked, reread)
    if not dry_run:
        return _import_paths(paths, progress, out or sys.stderr, options)
    with transaction.atomic():
        summary = _import_paths(paths, progress, out or sys.stderr, options)
        transaction.set_rollback(True)
    return summary


@dataclass(frozen=True)
class _Options:
    dry_run: bool
    ocr: bool
    open_unmarked: bool
    reread: bool = False


def _import_paths(
    paths: Iterable[str | Path], progress: bool | None, out: TextIO, options: _Options
) -> Summary:
    suffixes = DOCUMENT_SUFFIXES | ATTACHMENT_SUFFIXES
    summary = Summary()
    show = out.isatty() if progress is None else progress
    try:
        given = [Path(p) for p in paths]
        named = {path for path in given if not path.is_dir()}
        found = list(find_files(given, suffixes | ARCHIVE_SUFFIXES))
        with unpacked(found, named, suffixes, summary.failed, show, out) as (found, places):
            _import_found(found, places, summary, show, out, options)
    except KeyboardInterrupt:  # unpacking an archive (nothing stored yet), or the last steps
        summary.interrupted = True
    return summary


def _import_found(
    found: list[tuple[Path, Path]],
    places: Places,
    summary: Summary,
    show: bool,
    out: TextIO,
    options: _Options,
) -> None:
    dry_run, ocr = options.dry_run, options.ocr
    files = [path for path, _root in found if path.suffix.lower() not in ATTACHMENT_SUFFIXES]
    others = [
        Loose(path, root) for path, root in found if path.suffix.lower() in ATTACHMENT_SUFFIXES
    ]
    importer = _Importer(summary, roots=dict(found), places=places)
    twins: dict[str, list[Path]] = {}  # content read once already in this run
    pool = None
    if len(files) >= PARALLEL_FROM:
        pool = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("forkserver"), initializer=ignore_interrupts
        )
    chunk: list[_Job] = []
    pending: deque[tuple[list[_Job], Future[list[Parsed]]]] = deque()
    seen: set[str] = set()
    read: set[str] = set()  # every document's content, stored now or before
    answered = False

    def store_done(limit: int) -> None:
        nonlocal answered
        while len(pending) > limit:
            jobs, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                if answered:  # killed from outside (the system's out-of-memory killer)
                    raise ReaderUnavailable(_("dokumentlæseren døde")) from None
                raise ReaderUnavailable.starting(_("dokumentlæseren")) from None
            answered = True
            # One commit a chunk, written together; a document that fails still fails alone
            # (store_chunk stores the chunk again one document at a time).
            before = summary.counts()
            try:
                with transaction.atomic():
                    importer.store_chunk(jobs, results)
            except KeyboardInterrupt:
                summary.reset(before)  # the chunk was rolled back: not counted
                raise

    def send(pool: ProcessPoolExecutor, jobs: list[_Job]) -> None:
        documents = [(j.data, shown(j.path.name)) for j in jobs]
        pending.append((jobs, pool.submit(parse_and_suggest, documents, ocr)))

    bar = tqdm(files, desc=_("Importerer"), unit=_("dok"), disable=not show, file=out)
    try:
        for path, job in _prepared(iter(bar), places, read, options.reread):
            if isinstance(job, ParseError):
                summary.failed.append((places.shown(path), job.problem))
                continue
            if job is None or job.sha in seen:
                summary.unchanged += 1
                if job is not None:
                    twins.setdefault(job.sha, []).append(job.path)
                continue
            seen.add(job.sha)
            if pool is None:
                importer.store(job, _parse_one(job.data, shown(job.path.name), ocr))
                continue
            chunk.append(job)
            if len(chunk) == CHUNK:
                send(pool, chunk)
                chunk = []
                store_done(AHEAD // CHUNK)
        if chunk and pool is not None:
            send(pool, chunk)
        store_done(0)
    except KeyboardInterrupt:
        # Ctrl-C: each document stored is whole, the one being stored rolled back. Importing
        # the same paths again goes on where this stopped (the stored ones are unchanged).
        summary.interrupted = True
    finally:
        bar.close()  # so that what is printed next starts on a line of its own
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    _attach_loose(importer, others, twins, dry_run, show, out)
    with transaction.atomic():
        index_attachments(importer.cache.retext)
    if summary.imported or summary.updated:
        with transaction.atomic():
            link_role_holders()
    _unstated(read, summary, options.open_unmarked)


def _unstated(shas: set[str], summary: Summary, open_them: bool) -> None:
    """Count the items of these documents closed only because none wrote their access, or
    open them (an archive of minutes published as they are)."""
    if not unstated(AgendaItem.objects.all()).exists():
        return  # this format's minutes state every item's: one look, not one a chunk
    ordered = sorted(shas)
    for k in range(0, len(ordered), 500):  # within any database's limit of parameters
        sources = ImportedDocument.objects.filter(
            sha256__in=ordered[k : k + 500], meeting__isnull=False
        ).values("source")
        why = _("importeret med --open-unmarked: referaterne er offentliggjort, som de står")
        closed, opened = settle_unstated(
            AgendaItem.objects.filter(origin__in=sources), None, open_them, why
        )
        summary.unstated += closed
        summary.opened += opened


@dataclass
class Uploaded:
    """What became of one document uploaded through the web."""

    name: str
    status: str  # 'imported', 'updated', 'unchanged', 'attached' (a bilag's file) or 'failed'
    meeting: Meeting | None = None
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    read: bool = False  # failed as no minutes, having been read: perhaps a bilag
    attachments: list[Attachment] = field(default_factory=list)  # whose file it is
    text: str | None = None  # what was read of it, when it was read as no minutes
    # Its meeting's items closed because no document stated their access; those opened.
    unstated: int = 0
    opened: int = 0


UPLOAD_SOURCE = "upload:"  # ImportedDocument.source of a document uploaded through the web


def import_upload(
    name: str, data: bytes, readable: bytes | ParseError | None = None, ocr: bool = False
) -> Uploaded:
    """Import one document uploaded through the web, as import_paths imports a file: whole or
    not at all, unchanged content left alone. An upload has no path to know it by again, and
    many are called 'Referat.pdf': it is known by its meeting and its name, so that a corrected
    version of a meeting's minutes updates what the first stored, and another meeting's minutes
    under the same name are a document of their own. readable is what to read instead of data
    (a file for LibreOffice converted with others: core/batch.with_converted_to_docx); ocr:
    a scanned PDF is read by OCR."""
    sha = hashlib.sha256(data).hexdigest()
    known = (
        ImportedDocument.objects.filter(sha256=sha, meeting__isnull=False)
        .select_related("meeting__body")
        .first()
    )
    if known is not None:
        return Uploaded(name, "unchanged", known.meeting)
    parsed = (
        readable if isinstance(readable, ParseError) else _parse_one(readable or data, name, ocr)
    )
    if isinstance(parsed, NotMinutes):
        return Uploaded(
            name, "failed", reason=parsed.problem, read=True, text=searchable(parsed.text)
        )
    if isinstance(parsed, ParseError):
        return Uploaded(name, "failed", reason=parsed.problem)
    minutes = parsed[0]
    source = source_key(f"{UPLOAD_SOURCE}{minutes.body_code or minutes.body}:{minutes.date}:{name}")
    existing = ImportedDocument.objects.filter(source=source).first()
    summary = Summary()
    job = _Job(Path(name), source, data, sha, existing)
    importer = _Importer(summary)
    importer.store(job, parsed)
    if summary.failed:
        return Uploaded(name, "failed", reason=summary.failed[0][1])
    with transaction.atomic():
        index_attachments(importer.cache.retext)
        link_role_holders()
    stored = ImportedDocument.objects.select_related("meeting__body").get(source=source)
    return Uploaded(name, _status(job), stored.meeting, warnings=summary.warnings)


def attach_upload(failed: Uploaded, data: bytes, meetings: list[Meeting]) -> Uploaded:
    """An upload that is no minutes, as the file of the attachment it names: by the document
    number in its name, or its title among the bilag of these meetings (those uploaded with
    it). It stays failed when it names none, saying so when it was read as no minutes."""
    held = list(
        Attachment.objects.filter(item__meeting__in=meetings)
        .select_related("item__meeting__body")
        .order_by("item__meeting__date", "item__order", "number")
    )
    name = failed.name.rpartition("/")[2]  # a file of an uploaded archive: its own name
    found, beside = match_name(name, [held])
    if isinstance(found, str):
        if found == "" and beside and failed.read:
            found = _("%(reason)s; heller ikke et af referaternes bilag") % {
                "reason": failed.reason
            }
        return replace(failed, reason=found or failed.reason)
    key = source_key(f"{UPLOAD_SOURCE}bilag:{found[0].pk}:{failed.name}")
    try:
        status = store_file(key, name, data, found, text=failed.text)
    except Refused as exc:
        return replace(failed, reason=str(exc))
    if status == "attached":
        index_attachments(a.pk for a in found)
    meeting = found[0].item.meeting
    return Uploaded(failed.name, status, meeting, attachments=found)


SOURCE_LENGTH = ImportedDocument._meta.get_field("source").max_length or 1000


def source_key(source: str) -> str:
    """A document's key as stored (ImportedDocument.source, and its rows' origin): the path
    itself, or for a path longer than the column (Linux allows 4,096 characters) its two ends
    with a hash of the whole between them, the same for the same path every time."""
    if len(source) <= SOURCE_LENGTH:
        return source
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
    keep = (SOURCE_LENGTH - len(digest) - 2) // 2
    return f"{source[:keep]}…{digest}…{source[-keep:]}"


def _attach_loose(
    importer: _Importer,
    others: list[Loose],
    twins: dict[str, list[Path]],
    dry_run: bool,
    show: bool,
    out: TextIO,
) -> None:
    """The documents that were no minutes, and the other files found, stored as the files
    of the attachments they match; those documents that match none are failures."""
    summary = importer.summary
    loose = importer.loose or []
    if summary.interrupted:
        summary.failed += [(importer.places.shown(d.path), d.reason or "") for d in loose]
        return
    for document in list(loose):  # the same bilag in each meeting's folder is each one's
        for path in twins.get(document.sha256 or "", []):
            summary.unchanged -= 1
            loose.append(replace(document, path=path, root=importer.roots[path]))
    outcome = Outcome()
    files = [*loose, *others]
    bar = tqdm(files, desc=_("Bilag"), unit=_("fil"), disable=not show or not files, file=out)
    try:
        attach(bar, outcome, importer.places, dry_run=dry_run)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        bar.close()
        importer.cache.retext |= outcome.attachments
    summary.attached += outcome.attached
    summary.unchanged += outcome.unchanged
    summary.failed += outcome.failed


def _parse_one(data: bytes, name: str, ocr: bool = False) -> Parsed:
    try:
        return with_texts_laid_out(parse_bytes(data, name, ocr, layout=True)), None
    except ParseError as exc:
        return exc


class _Importer:
    def __init__(
        self,
        summary: Summary,
        roots: dict[Path, Path] | None = None,
        places: Places | None = None,
    ) -> None:
        self.summary = summary
        self.places = places or Places()
        self.cache = Cache()
        # Given the folders files were found in, documents that are no minutes are kept
        # for attach() instead of failing at once: they may be bilag.
        self.roots = roots or {}
        self.loose: list[Loose] | None = [] if roots is not None else None
        self.kept = 0  # characters of their texts kept

    def store_chunk(self, jobs: list[_Job], results: list[Parsed]) -> None:
        """Store a chunk of documents inside the caller's transaction. They are written
        together (one INSERT a table for all their items); when one of them fails, that is
        undone and each is stored on its own, so that the failure is that document's alone.
        The chunk's search entries and role periods are written together at its end."""
        self.cache.pending_entries = []
        parsed = []
        for job, result in zip(jobs, results, strict=True):
            if isinstance(result, ParseError):
                self.store(job, result)
            elif not self._read_alike(job, result[0]):
                parsed.append((job, *result))
        try:
            with transaction.atomic():
                statuses = _store_many(parsed, self.cache)
        except Exception:
            self.cache = Cache()  # it may hold rows the rollback took
            self.cache.pending_entries = []
            for job, minutes, suggested in parsed:
                self.store(job, (minutes, suggested))
        else:
            for status in statuses:
                setattr(self.summary, status, getattr(self.summary, status) + 1)
            for job, minutes, _suggested in parsed:
                self._take_doubts(job, minutes)
            self._take_warnings()
        self.cache.flush_entries()
        self.cache.pending_entries = None

    def store(self, job: _Job, parsed: Parsed) -> None:
        if not isinstance(parsed, ParseError) and self._read_alike(job, parsed[0]):
            return
        if isinstance(parsed, ParseError):
            if self.loose is None or job.reread:  # (read before: minutes, no bilag)
                self.summary.failed.append((self.places.shown(job.path), parsed.problem))
            else:
                read = isinstance(parsed, NotMinutes)
                text = self._kept_text(parsed.text) if isinstance(parsed, NotMinutes) else None
                self.loose.append(
                    Loose(job.path, self.roots[job.path], parsed.problem, job.sha, read, text)
                )
            return
        pending = self.cache.pending_entries
        kept = len(pending) if pending is not None else 0
        try:
            try:
                status = _store(job, *parsed, self.cache)
            except IntegrityError:
                # Another import at the same time (a second command, the web) made a meeting,
                # body or person this one had cached as missing: read them again, once.
                self._fresh_cache(pending, kept)
                status = _store(job, *parsed, self.cache)
        except Exception as exc:  # one bad document must not stop the others
            self.summary.failed.append((self.places.shown(job.path), _reason(exc)))
            self._fresh_cache(pending, kept)
            return
        setattr(self.summary, status, getattr(self.summary, status) + 1)
        self._take_doubts(job, parsed[0])
        self._take_warnings()

    def _read_alike(self, job: _Job, minutes: Minutes) -> bool:
        """Is a file read again read as it was stored? Then it is unchanged."""
        if job.reread and job.existing is not None and job.existing.reading == reading(minutes):
            self.summary.unchanged += 1
            return True
        return False

    def _take_doubts(self, job: _Job, minutes: Minutes) -> None:
        """What the parser may have misread in a document stored: said with its name."""
        shown = self.places.shown(job.path)
        deleted = job.existing.deleted_items if job.existing else []
        kept = hand_edits.doubts_kept(minutes.doubts, deleted)
        self.summary.warnings += [f"{shown}: {doubt}" for doubt in kept]

    def _kept_text(self, text: str) -> str | None:
        """A document's text that failed as minutes, kept for the search should it be a
        bilag (read again otherwise), while the texts kept stay within KEPT_TEXTS."""
        text = searchable(text)
        if self.kept + len(text) > KEPT_TEXTS:
            return None
        self.kept += len(text)
        return text

    def _take_warnings(self) -> None:
        """What the documents just stored left for someone to look at, now that they stand."""
        self.summary.warnings += self.cache.warnings
        self.cache.warnings = []

    def _fresh_cache(self, pending: list[Any] | None, kept: int) -> None:
        """A rolled-back document may have taken cached rows with it: start a fresh cache,
        keeping the search entries of the documents before it in the batch."""
        save_periods(self.cache.widened)  # before a fresh cache reads the roles again
        retext = self.cache.retext
        self.cache = Cache()
        self.cache.retext = retext
        self.cache.pending_entries = pending[:kept] if pending is not None else None


def _reason(exc: Exception) -> str:
    if isinstance(exc, ParseError):
        return exc.problem
    if isinstance(exc, LockedMinutes):
        return str(exc)
    if isinstance(exc, DatabaseError):
        return _("databasefejl: %(error)s") % {"error": exc}
    return _("intern fejl: %(error)s") % {"error": f"{type(exc).__name__}: {exc}"}


def _prepared(
    paths: Iterator[Path], places: Places, read_shas: set[str], reread: bool = False
) -> Iterator[tuple[Path, _Job | ParseError | None]]:
    """Each file read, as a job; None when the same content was imported already (here or
    under another name), unless reread and it was minutes stored from this path (not minutes
    approved in dagsorden since: those stay as approved). Asked of the database a chunk of
    files at a time. The contents' hashes are added to read_shas."""
    while group := list(islice(paths, CHUNK)):
        read = [(path, _read(path, places)) for path in group]
        jobs = [
            (path, source_key(places.resolved(path)), data, hashlib.sha256(data).hexdigest())
            for path, data in read
            if isinstance(data, bytes)
        ]
        read_shas.update(sha for _, _, _, sha in jobs)
        # One query for both questions: a path imported before, the content under any path.
        known = list(
            ImportedDocument.objects.filter(
                Q(source__in=[source for _, source, _, _ in jobs])
                | Q(sha256__in=[sha for _, _, _, sha in jobs])
            )
            .order_by()
            .select_related("meeting")
            .only(
                "pk",
                "source",
                "sha256",
                "meeting_id",
                "attachment_id",
                "reading",
                "meeting__locked_at",
            )
        )
        by_source = {d.source: d for d in known}
        # A document whose meeting was deleted since is no longer imported: it is again.
        shas = {d.sha256 for d in known if d.meeting_id is not None}
        found = iter(jobs)
        for path, data in read:
            if isinstance(data, ParseError):
                yield path, data
                continue
            _, source, content, sha = next(found)
            existing = by_source.get(source)
            if (
                reread
                and existing
                and existing.sha256 == sha
                and existing.meeting is not None
                and existing.meeting.locked_at is None
            ):
                yield path, _Job(path, source, content, sha, existing, reread=True)
            elif (
                existing
                and existing.sha256 == sha
                and (existing.meeting_id is not None or existing.attachment_id is not None)
            ):
                yield path, None  # minutes, or a bilag's file, stored as they are
            elif not existing and sha in shas:
                yield path, None  # the same content imported under another name
            else:
                yield path, _Job(path, source, content, sha, existing)


def _read(path: Path, places: Places) -> bytes | ParseError:
    try:
        return read_document(path)
    except ParseError as exc:
        return ParseError(exc.problem, places.shown(path))


def _store(job: _Job, minutes: Minutes, suggested: Suggested | None, cache: Cache) -> str:
    with transaction.atomic():
        return _store_many([(job, minutes, suggested)], cache)[0]


def _store_many(parsed: list[tuple[_Job, Minutes, Suggested | None]], cache: Cache) -> list[str]:
    """Store documents (inside the caller's transaction); 'imported' or 'updated' for each."""
    with suspended():
        cache.look_up_meetings(
            (cache.body(minutes.body_code, minutes.body), minutes.date) for _, minutes, _ in parsed
        )
        placed = [
            place_minutes(minutes, job.source, cache, job.existing is not None, suggested)
            for job, minutes, suggested in parsed
        ]
        store_items(placed, cache)
        drop_superseded([p.meeting for p in placed], cache)
    new = []
    for (job, minutes, _suggested), where in zip(parsed, placed, strict=True):
        deleted = job.existing.deleted_items if job.existing else []
        doubts = hand_edits.doubts_kept(minutes.doubts, deleted)
        fields = {
            "sha256": job.sha,
            "size": len(job.data),
            "kind": detect_kind(job.data),
            "meeting": where.meeting,
            "attachment": None,  # a file once taken for a bilag's, now minutes
            "doubts": hand_edits.in_danish(doubts),
            "doubts_data": [doubt.as_data() for doubt in doubts],
            "reading": reading(minutes),
        }
        if job.existing:
            ImportedDocument.objects.filter(pk=job.existing.pk).update(**fields)
        else:
            new.append(ImportedDocument(source=job.source, **fields))
    ImportedDocument.objects.bulk_create(new)
    return [_status(job) for job, _, _ in parsed]


def reading(minutes: Minutes) -> str:
    """What the parser read, as a digest: the same file read again gives the same unless the
    parser reads it otherwise now (the records' repr holds every field, in order)."""
    return hashlib.sha256(repr(minutes).encode()).hexdigest()


def _status(job: _Job) -> str:
    """'updated' for a document stored before whose meeting is still there, else 'imported'."""
    return "updated" if job.existing and job.existing.meeting_id is not None else "imported"
