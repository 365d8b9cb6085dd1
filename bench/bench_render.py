"""Rendering speed: the minutes PDF of a 20-item meeting, from the database to PDF bytes.

    .venv/bin/python bench/bench_render.py [--items 20] [--runs 20]

Twenty generated documents for the same meeting are imported into a fresh SQLite database,
giving one meeting with 20 items (2-6 points each, attachments, absences). The clock covers
what the PDF view does: reading the meeting (full version, as a member), laying it out and
typst compiling it. Also printed: the agenda DOCX, and a parse of the PDF (the round trip).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.machine import describe  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dagsorden-bench-"))
    os.environ["DAGSORDEN_DATA"] = str(tmp / "data")
    os.environ["DATABASE_URL"] = ""
    os.environ["DJANGO_SETTINGS_MODULE"] = "dagsorden.settings"

    from bench.generate import minutes

    rnd = random.Random(1)
    docs = tmp / "docs"
    docs.mkdir()
    for i in range(args.items):
        (docs / f"{i:03d}.txt").write_text(minutes(rnd, date(2026, 12, 2)))

    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from dagsorden.core import parse_bytes
    from dagsorden.importer.run import import_paths
    from dagsorden.meetings.export import meeting_docx, meeting_pdf
    from dagsorden.meetings.models import Meeting, Point

    import_paths([docs], progress=False)
    meeting = Meeting.objects.get()
    member = User.objects.create_superuser("bench", password="x" * 12)
    points = Point.objects.filter(item__meeting=meeting).count()

    def timed(fn) -> tuple[list[float], object]:  # type: ignore[no-untyped-def]
        fn()  # warm: fonts loaded, queries prepared
        times, out = [], None
        for _ in range(args.runs):
            start = time.perf_counter()
            out = fn()
            times.append(time.perf_counter() - start)
        return times, out

    pdf_times, pdf = timed(lambda: meeting_pdf(meeting, member, True))
    docx_times, _ = timed(lambda: meeting_docx(meeting, member))
    back = parse_bytes(pdf, source="bench.pdf")  # type: ignore[arg-type]
    print(describe())
    print(
        f"meeting: {meeting.items.count()} items, {points} points; PDF {len(pdf) // 1024} KiB"  # type: ignore[arg-type]
    )
    for name, times in (("minutes PDF", pdf_times), ("agenda DOCX", docx_times)):
        print(
            f"{name}: median {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms over {args.runs} runs"
            + ("  (target ≤ 500 ms)" if name == "minutes PDF" else "")
        )
    print(f"round trip: the PDF parses back to {len(back.items)} items")


if __name__ == "__main__":
    main()
