"""Bulk import speed: generated documents into a fresh database, documents per second.

    .venv/bin/python bench/bench_import.py [--count 10000] [--database-url postgres://…] [--bilag]
        [--zip]

Without --database-url the database is a fresh SQLite file. The documents are generated
before the clock starts; the time covers reading, parsing and storing each one. --bilag puts a
PDF beside the minutes for each open attachment they list, named by its document number, as
an archive holds them: each fails as minutes and is stored as its attachment's file, its text
read for the search. --zip packs the documents into one ZIP archive (deflated, as a portal's
download is) and imports that: the time includes unpacking it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.machine import describe  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--bilag", action="store_true", help="a PDF for each open attachment")
    parser.add_argument("--zip", action="store_true", help="import them as one ZIP archive")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dagsorden-bench-"))
    os.environ["DAGSORDEN_DATA"] = str(tmp / "data")
    os.environ["DATABASE_URL"] = args.database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "dagsorden.settings"

    from bench.generate import generate

    paths = generate(tmp / "docs", args.count)
    bilag = _bilag(paths) if args.bilag else 0
    source = _zipped(tmp / "docs", tmp / "docs.zip") if args.zip else tmp / "docs"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from dagsorden.importer.models import ImportedDocument
    from dagsorden.importer.run import import_paths
    from dagsorden.meetings.models import Meeting, Point

    if ImportedDocument.objects.exists():
        sys.exit("bench_import needs an empty database: drop and create it first")

    start = time.perf_counter()
    summary = import_paths([source], progress=False)
    elapsed = time.perf_counter() - start
    print(describe())
    print(
        f"import into {connection.vendor}{' from a ZIP archive' if args.zip else ''}: "
        f"{args.count} documents in {elapsed:.1f} s = "
        f"{args.count / elapsed:.0f} documents/s ({summary.line()}; {Meeting.objects.count()} meetings, "
        f"{Point.objects.count()} points; target ≥ 200 on SQLite)"
    )
    if bilag:
        print(
            f"  with {bilag} bilag PDFs beside them: {(args.count + bilag) / elapsed:.0f} files/s"
        )
    start = time.perf_counter()
    again = import_paths([source], progress=False)
    print(
        f"re-import, all unchanged: {args.count / (time.perf_counter() - start):.0f} documents/s ({again.line()})"
    )
    # After an upgrade: every file read again, its reading compared with the one stored.
    start = time.perf_counter()
    reread = import_paths([source], progress=False, reread=True)
    print(
        f"re-read (--reread), all read alike: {args.count / (time.perf_counter() - start):.0f} "
        f"documents/s ({reread.line()})"
    )


def _zipped(folder: Path, archive: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(folder).as_posix())
    return archive


def _bilag(paths: list[Path]) -> int:
    """A one-page PDF for each open attachment the documents list, named by its number."""
    import re

    from tests.pdfmaker import text_to_pdf

    count = 0
    for path in paths:
        for number in re.findall(r"(\d{7}) \n\nÅben", path.read_text()):
            pdf = text_to_pdf(f"Notat {number}\nEt bilag til referatet, med tal og tekst.\n")
            (path.parent / f"{number}.pdf").write_bytes(pdf)
            count += 1
    return count


if __name__ == "__main__":
    main()
