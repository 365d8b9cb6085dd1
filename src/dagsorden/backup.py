"""Backup and restore: the database as Django fixtures (so a backup moves between SQLite and
PostgreSQL) plus the stored files, in one .tar.gz."""

from __future__ import annotations

import io
import json
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import transaction

from dagsorden.core.language import gettext as _
from dagsorden.meetings.guard import maintenance

EXCLUDE = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]


class BackupError(Exception):
    pass


def _not_a_backup(path: Path, why: str) -> BackupError:
    return BackupError(
        _("%(path)s: ikke en sikkerhedskopi fra dagsorden (%(why)s)") % {"path": path, "why": why}
    )


def backup(path: Path | None = None) -> Path:
    if path is None:
        folder = Path(settings.DATA_DIR) / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"dagsorden-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
    buffer = io.StringIO()
    call_command("dumpdata", natural_foreign=True, exclude=EXCLUDE, stdout=buffer, verbosity=0)
    data = buffer.getvalue().encode()
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("data.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        media = Path(settings.MEDIA_ROOT)
        if media.exists():
            tar.add(media, arcname="files")
    return path


def restore(path: Path) -> int:
    if not path.is_file():
        raise BackupError(_("%(path)s: ingen sådan fil") % {"path": path})
    try:
        tar = tarfile.open(path, "r:gz")  # noqa: SIM115 (closed by the with below)
    except (tarfile.TarError, OSError) as exc:
        raise _not_a_backup(path, str(exc)) from None
    with tar, tempfile.TemporaryDirectory() as tmp:
        try:
            member = tar.getmember("data.json")
        except KeyError:
            raise _not_a_backup(path, _("ingen data.json")) from None
        raw = tar.extractfile(member)
        assert raw is not None
        objects = json.loads(raw.read())
        fixture = Path(tmp) / "data.json"
        fixture.write_text(json.dumps(objects))
        files = [m for m in tar.getmembers() if m.name.startswith("files/") and m.isfile()]
        with transaction.atomic(), maintenance():
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(fixture), verbosity=0)
        media = Path(settings.MEDIA_ROOT)
        for m in files:
            # The 'data' filter refuses absolute paths, '..' and links out of the folder.
            tar.extract(m, Path(tmp) / "x", filter="data")
            target = media / Path(m.name).relative_to("files")
            target.parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / "x" / m.name).replace(target)
    return len(objects)
