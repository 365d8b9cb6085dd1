"""ZIP archives given to the import, or found in its folders, unpacked into a temporary
folder and imported as a folder is. Their files are known by the archive's path and their
names inside it (Referater.zip/2021/Referat.pdf): in messages, and as the source an import
recognises again, so that importing the same archive twice changes nothing and a newer
download of it updates the meetings whose minutes changed."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from dagsorden.core.archives import (
    ARCHIVE_SUFFIXES,
    MAX_DEPTH,
    is_archive,
    looks_like_zip,
    members,
    open_archive,
    read_member,
)
from dagsorden.core.errors import ParseError
from dagsorden.core.files import shown
from dagsorden.core.language import gettext as _

SPARE_BYTES = 512 * 2**20  # left free on the temporary folder's disk


class Places:
    """Where a file found is, as the user knows it: a file unpacked from an archive is the
    archive's path and its name inside it; any other file is its own path."""

    def __init__(self) -> None:
        # temporary folder → the archive's path as given, and resolved
        self._unpacked: dict[Path, tuple[Path, Path]] = {}

    def add(self, folder: Path, archive: Path) -> None:
        given, absolute = self._both(archive)
        self._unpacked[folder] = (given, absolute)

    def shown(self, path: Path) -> str:
        """The path to name in a message."""
        return shown(self._both(path)[0])

    def resolved(self, path: Path) -> str:
        """The absolute path, the same each time the same file is imported (its source)."""
        return shown(self._both(path)[1])

    def _both(self, path: Path) -> tuple[Path, Path]:
        # An unpacked file's path is absolute and resolved already: it was found in its
        # folder, which was resolved when made, and nothing unpacked is a link.
        if self._unpacked and path.is_absolute():
            for folder in path.parents:
                if folder in self._unpacked:
                    given, archive = self._unpacked[folder]
                    inside = path.relative_to(folder)
                    return given / inside, archive / inside
        return path, path.resolve()


@contextmanager
def unpacked(
    found: list[tuple[Path, Path]],
    named: set[Path],
    suffixes: set[str],
    failed: list[tuple[str, str]],
    show: bool = False,
    out: TextIO | None = None,
) -> Iterator[tuple[list[tuple[Path, Path]], Places]]:
    """The files found (each with the folder it was found in), with the files of these
    suffixes of each ZIP archive among them beside it, unpacked into a temporary folder
    that is removed on leaving; and the Places that tells where they came from. An archive that
    cannot be unpacked, and its files that cannot, are added to failed. An archive named to
    the import (among named) is no bilag's file: only its files are kept."""
    places = Places()
    with tempfile.TemporaryDirectory(prefix="dagsorden-import-") as temporary:
        unpacker = _Unpacker(Path(temporary).resolve(), suffixes, named, places, failed)
        unpacker.show, unpacker.out = show, out  # a progress bar for a large archive
        yield unpacker.files(found, depth=0), places


class _Unpacker:
    def __init__(
        self,
        temporary: Path,
        suffixes: set[str],
        named: set[Path],
        places: Places,
        failed: list[tuple[str, str]],
    ) -> None:
        self.temporary = temporary
        self.suffixes = suffixes
        self.named = named
        self.places = places
        self.failed = failed
        self.show = False  # a progress bar for a large archive
        self.out: TextIO | None = None
        self.count = 0  # archives unpacked, each into a folder of its number

    def files(self, found: list[tuple[Path, Path]], depth: int) -> list[tuple[Path, Path]]:
        result: list[tuple[Path, Path]] = []
        for path, root in found:
            if not _looks_like_zip(path, self.suffixes):
                result.append((path, root))
                continue
            where = self.places.shown(path)
            try:
                archive = open_archive(str(path), where)
            except ParseError as exc:
                if path.suffix.lower() in ARCHIVE_SUFFIXES:
                    self.failed.append((where, exc.problem))
                else:  # named to the import as something else: read as that, to fail so
                    result.append((path, root))
                continue
            with archive:
                office = not is_archive(archive.namelist())  # a Word document named .zip
                if office or path not in self.named:
                    # An archive found beside the minutes may be a bilag's file (drawings,
                    # a data set), matched by its name as any file there is.
                    result.append((path, root))
                if office:
                    continue
                if depth == MAX_DEPTH:
                    self.failed.append((where, _("et zip-arkiv i for mange lag af arkiver")))
                    continue
                folder = self._unpack(archive, path, where)
            if folder is not None:
                from .run import find_files  # run imports this module

                inner = list(find_files([folder], self.suffixes | ARCHIVE_SUFFIXES))
                result += self.files(inner, depth + 1)
        return result

    def _unpack(self, archive: zipfile.ZipFile, path: Path, where: str) -> Path | None:
        """The archive's files written into a folder of their own (None: none could be)."""
        try:
            files, refused = members(archive, where, self.suffixes)
        except ParseError as exc:
            self.failed.append((where, exc.problem))
            return None
        self.failed += [(exc.source or where, exc.problem) for exc in refused]
        needed = sum(member.size for member in files)
        free = shutil.disk_usage(self.temporary).free - SPARE_BYTES
        if needed > free:
            problem = _(
                "pakker ud til %(needed)d MiB, men der er kun %(free)d MiB fri i %(folder)s "
                "(sæt TMPDIR til en mappe med mere plads, eller pak arkivet ud selv)"
            ) % {"needed": needed // 2**20, "free": max(free, 0) // 2**20, "folder": self.temporary}
            self.failed.append((where, problem))
            return None
        self.count += 1
        folder = self.temporary / str(self.count)
        self.places.add(folder, path)
        bar = tqdm(
            files,
            desc=_("Pakker ud"),
            unit=_("fil"),
            disable=not self.show or len(files) < 100,
            file=self.out,
            leave=False,
        )
        for member in bar:
            target = folder / member.name
            try:
                data = read_member(archive, member, where)
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(target, "xb") as handle:
                    handle.write(data)
            except ParseError as exc:
                self.failed.append((exc.source or where, exc.problem))
            except OSError as exc:  # a file and a folder of one name, a full disk
                self.failed.append(
                    (
                        f"{where}/{member.name}",
                        _("kan ikke pakkes ud (%(reason)s)") % {"reason": exc.strerror or exc},
                    )
                )
        bar.close()
        return folder


def _looks_like_zip(path: Path, suffixes: set[str]) -> bool:
    """Whether the file may be a ZIP archive, by its first bytes: one named .zip, or one
    named to the import with a name that says nothing (a folder's files are found by
    their suffixes)."""
    suffix = path.suffix.lower()
    if suffix not in ARCHIVE_SUFFIXES and suffix in suffixes:
        return False
    try:
        with open(path, "rb") as handle:
            return looks_like_zip(handle.read(4))
    except OSError:
        return False  # read as a document, to fail with the reason
