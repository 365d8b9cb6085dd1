"""Documents python-docx cannot read, converted to DOCX by LibreOffice: Word 97–2003 (.doc),
RTF and OpenDocument text (.odt).

An archive's older minutes are often .doc files, a binary format, or RTF (Word's interchange
format, often saved under .doc too: read as text it would be its markup); OpenDocument is the
open standard Danish public bodies must accept. LibreOffice converts each faithfully (lists
with their numbers, headers, text boxes, notes), so the result is read as any Word document
is (core/extract.py). LibreOffice runs as a separate program with a wall-clock timeout, a CPU-time cap and an address-space cap, in a
process group of its own that is killed whole when the time is up; its profile is this
process's own (two processes sharing one would wait for each other's lock), made at the
first conversion and removed at exit.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from multiprocessing.util import Finalize
from pathlib import Path

from .errors import MAX_DOCUMENT_BYTES, ParseError
from .language import gettext as _

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Office 97–2003
RTF_SIGNATURE = b"{\\rtf"
# An OpenDocument file is a zip whose first entry, stored uncompressed, is its media type.
_ODT_MEDIA_TYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
_NO_PROXY_HOST, _NO_PROXY_PORT = "127.0.0.1", 9  # the discard port, closed: no proxy there
CONVERT_TIMEOUT_SECONDS = 60.0
CONVERT_CPU_SECONDS = 60
CONVERT_MEMORY_BYTES = 4 * 1024 * 1024 * 1024  # LibreOffice reserves much it never touches
CONVERT_FILE_BYTES = 20 * MAX_DOCUMENT_BYTES
# The names of a compound file's streams are stored in UTF-16: a Word document has a
# 'WordDocument' stream; a password-protected DOCX, XLSX or PPTX is an 'EncryptedPackage'.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

# One conversion at a time in a process: a second LibreOffice started on the same profile
# hands its work to the first and exits.
_convert_lock = threading.Lock()
_profile: tuple[Path, int] | None = None


def for_libreoffice(data: bytes) -> bool:
    """Whether the content is Office 97–2003 (a compound file), RTF or OpenDocument text:
    LibreOffice's to read."""
    return data.startswith((OLE_SIGNATURE, RTF_SIGNATURE)) or _suffix(data) == "odt"


def _suffix(data: bytes) -> str:
    """The file name's ending LibreOffice is given the content under."""
    if data.startswith(RTF_SIGNATURE):
        return "rtf"
    if data.startswith(b"PK\x03\x04") and _ODT_MEDIA_TYPE in data[:128]:
        return "odt"
    return "doc"


def to_docx(data: bytes, source: str | None = None) -> bytes:
    """The DOCX LibreOffice makes of a document (for_libreoffice). Raises ParseError naming
    the problem: not a Word document, a password, LibreOffice missing, failing or too slow."""
    (converted,) = all_to_docx([(data, source)])
    if isinstance(converted, ParseError):
        raise converted
    return converted


def all_to_docx(documents: list[tuple[bytes, str | None]]) -> list[bytes | ParseError]:
    """Each document as DOCX, or the ParseError why not, in order; all in one LibreOffice run
    (its start is nearly all a single file costs). A run that ends by itself has tried every
    file: one it gave nothing for cannot be read. A run broken off (out of time, or crashed)
    keeps what it wrote but the last file (the end may have cut it off), and the files it
    did not answer are converted again alone, for their own answers: a hostile file costs
    the run's time and its own, not its neighbours' answers."""
    refused = [_refused(data, source) for data, source in documents]
    out: list[bytes | ParseError] = [why or b"" for why in refused]
    todo = [k for k, why in enumerate(refused) if why is None]
    if not todo:
        return out
    with tempfile.TemporaryDirectory(prefix="dagsorden-doc-") as work:
        folder = Path(work)
        names = [folder / f"{k:05d}.{_suffix(documents[k][0])}" for k in todo]
        for k, name in zip(todo, names, strict=True):
            name.write_bytes(documents[k][0])
        broken_off = _convert(names, folder / "ud")
        made = [folder / "ud" / f"{name.stem}.docx" for name in names]
        if broken_off:
            last = max((n for n, path in enumerate(made) if path.is_file()), default=None)
            if last is not None:
                made[last].unlink()
        for k, path in zip(todo, made, strict=True):
            source = documents[k][1]
            if path.is_file():
                out[k] = path.read_bytes()
            elif broken_off and len(todo) > 1:
                out[k] = all_to_docx([documents[k]])[0]
            elif broken_off == _TIMED_OUT:
                out[k] = ParseError(
                    _("det tog LibreOffice over %(seconds)g s at læse dokumentet")
                    % {"seconds": CONVERT_TIMEOUT_SECONDS},
                    source,
                )
            else:  # LibreOffice says nothing useful on stderr for a file it cannot open
                out[k] = ParseError(_("LibreOffice kan ikke læse dokumentet (ødelagt?)"), source)
    return out


_TIMED_OUT, _CRASHED = "timed out", "crashed"


def _refused(data: bytes, source: str | None) -> ParseError | None:
    """Why a document is not converted, if it is not."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return ParseError.too_large(len(data), source)
    ole = data.startswith(OLE_SIGNATURE)
    if ole and _ENCRYPTED_STREAM in data:
        return ParseError(_("dokumentet er beskyttet med adgangskode"), source)
    if ole and _WORD_STREAM not in data:
        return ParseError(_("et Office 97–2003-dokument, men ikke et Word-dokument"), source)
    if _soffice() is None:
        return ParseError(
            _(
                "Word 97–2003-, RTF- og OpenDocument-dokumenter læses gennem LibreOffice, "
                "som ikke er installeret (apt install libreoffice-writer-nogui)"
            ),
            source,
        )
    return None


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(files: list[Path], out: Path) -> str:
    """Run LibreOffice on files, DOCX into out: '' when it ran to its end, else _TIMED_OUT or
    _CRASHED (it ends with 0 also when it could not open a file)."""
    with _convert_lock:  # the profile and its settings are one run's at a time
        command = [
            _soffice() or "soffice",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nologo",
            "--nodefault",
            f"-env:UserInstallation={_profile_dir().as_uri()}",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            *map(str, files),
        ]
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: soffice starts soffice.bin
            preexec_fn=_limits,  # noqa: PLW1509 (only setrlimit, safe before exec)
            env={**os.environ, "SAL_USE_VCLPLUGIN": "svp", **_PROXY_ENVIRONMENT},
        )
        try:
            process.wait(CONVERT_TIMEOUT_SECONDS)
        except BaseException as exc:  # the time is up, or Ctrl-C (its session never sees it)
            os.killpg(process.pid, signal.SIGKILL)  # soffice and the soffice.bin it started
            process.wait()
            if not isinstance(exc, subprocess.TimeoutExpired):
                raise
            return _TIMED_OUT
    return _CRASHED if process.returncode else ""


# SAL_USE_VCLPLUGIN: no display needed or looked for; the proxy that is not there for any
# part of LibreOffice that asks the environment rather than its settings.
_PROXY_ENVIRONMENT = {
    name: f"http://{_NO_PROXY_HOST}:{_NO_PROXY_PORT}"
    for name in ("http_proxy", "https_proxy", "ftp_proxy", "HTTP_PROXY", "HTTPS_PROXY")
} | {"no_proxy": "", "NO_PROXY": ""}


def _limits() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (CONVERT_CPU_SECONDS, CONVERT_CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (CONVERT_MEMORY_BYTES, CONVERT_MEMORY_BYTES))
    # no file it writes (the DOCX) larger than the Word reader takes unpacked: a document
    # made to fill the disk is stopped by the system
    resource.setrlimit(resource.RLIMIT_FSIZE, (CONVERT_FILE_BYTES, CONVERT_FILE_BYTES))


def _profile_dir() -> Path:
    """This process's LibreOffice profile, made at its first conversion (a child process
    makes its own), with the settings an untrusted document is read under (_SETTINGS)."""
    global _profile
    if _profile is None or _profile[1] != os.getpid():
        folder = Path(tempfile.mkdtemp(prefix="dagsorden-libreoffice-"))
        # removed at exit, also from a process of multiprocessing's (which runs no atexit)
        Finalize(None, shutil.rmtree, args=(folder, True), exitpriority=0)
        (folder / "user").mkdir()
        _profile = (folder, os.getpid())
    # Written before every run: LibreOffice rewrites the file as it ends, and one killed (out
    # of time, over a limit) may leave it cut off, the settings with it.
    (_profile[0] / "user" / "registrymodifications.xcu").write_text(_SETTINGS, encoding="utf-8")
    return _profile[0]


# A document may link pictures on other servers, which LibreOffice fetches as it converts:
# the server would be made to send requests where the document says (inside its own
# network too). Links from documents not in a trusted location are blocked, and so that
# a way round that is no way out, every request goes to a proxy that is not there (the
# discard port, closed); macros never run; linked text is never updated from its source
# (a local file named by the document).
_PROXIES = "".join(
    f'<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInet{name}" '
    f'oor:op="fuse"><value>{value}</value></prop></item>\n'
    for name, value in [
        ("ProxyType", 2),  # set by hand, below
        *((f"{kind}ProxyName", _NO_PROXY_HOST) for kind in ("HTTP", "HTTPS", "FTP")),
        *((f"{kind}ProxyPort", _NO_PROXY_PORT) for kind in ("HTTP", "HTTPS", "FTP")),
        ("NoProxy", ""),
    ]
)
_SETTINGS = (
    """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
"""
    + _PROXIES
    + """
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
<prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
<prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
<prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update">
<prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
</oor:items>
"""
)
