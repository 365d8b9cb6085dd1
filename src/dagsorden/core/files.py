"""Reading a document from disk: the file's bytes, or a ParseError that says in the user's
language why not; and a file's name as text that can always be printed and stored."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import MAX_DOCUMENT_BYTES, ParseError
from .language import gettext as _


def shown(path: str | Path) -> str:
    """The path as printable text. A name that is not UTF-8 (an archive copied from an old
    Windows share in Latin-1) keeps its odd bytes as \\xNN escapes: Python holds them as lone
    surrogates, which neither a terminal, a JSON file nor the database can take."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_document(path: str | Path) -> bytes:
    """The bytes of the document at path; ParseError when it is not a file we can read whole
    (a folder, a pipe that would wait for ever, a file over MAX_DOCUMENT_BYTES)."""
    try:
        with open(path, "rb", opener=_opener) as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ParseError(_("ikke en almindelig fil"), shown(path))
            if status.st_size > MAX_DOCUMENT_BYTES:
                raise ParseError.too_large(status.st_size, shown(path))
            # Read one byte past the limit, in case the file grew after fstat.
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise ParseError(_reason(exc), shown(path)) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ParseError.too_large(len(data), shown(path))
    return data


def _opener(path: str, flags: int) -> int:
    # O_NONBLOCK: opening a named pipe must not wait for a writer; fstat then refuses it.
    return os.open(path, flags | os.O_NONBLOCK)


def _reason(exc: OSError) -> str:
    # Each message written out in _(), so that the catalog's test finds it.
    match exc.errno:
        case errno.ENOENT if exc.filename and os.path.islink(exc.filename):
            return _("et link til en fil, der ikke findes")
        case errno.ENOENT:
            return _("filen findes ikke")
        case errno.EACCES | errno.EPERM:
            return _("ingen adgang til filen")
        case errno.EISDIR:
            return _("en mappe, ikke en fil")
        case errno.ELOOP:
            return _("et link, der peger i ring")
        case _:
            return _("filen kan ikke læses (%(reason)s)") % {"reason": exc.strerror or exc}
