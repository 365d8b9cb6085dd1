"""The parser's cost in instructions rather than seconds: on a shared virtual machine the clock
varies by a third from hour to hour, an instruction count does not.

    .venv/bin/python bench/parse_instructions.py

Runs this file under `valgrind --tool=callgrind` once for each of: nothing (start-up, making
the documents), parsing 100 generated texts, the 3 seeds 10 times each, extracting 30 PDFs with
pypdfium2's helper classes in this process (the floor: tests.pdfmaker.helper_pages), extracting
them as the PDF worker does (core/pdf_text.py: pdfium's functions, one text call a page) in
this process, and parsing the same 30 PDFs with `parse_bytes` (the PDF worker process counted
too: its text extraction, the pipe, joining the pages, the parse). Each figure is the
difference to 'nothing', per document.
"""

from __future__ import annotations

import os
import platform
import random
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "src" / "dagsorden" / "seed_archive"
TEXTS, SEED_ROUNDS, PDFS = 100, 10, 30


def run(which: str) -> None:
    from bench.generate import minutes
    from dagsorden.core import extract, parse_bytes, parse_text
    from tests.pdfmaker import helper_pages, text_to_pdf

    rnd = random.Random(7)
    texts = [minutes(rnd, date(2020, 1, 8) + timedelta(days=7 * i)) for i in range(TEXTS)]
    seeds = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))] * SEED_ROUNDS
    pdfs = [text_to_pdf(t, header=t.splitlines()[0].strip()) for t in texts[: PDFS + 1]]
    # Imports, compiled patterns, the worker's start: not the parser's work a document.
    parse_bytes(pdfs[0])
    helper_pages(pdfs[0])
    extract.pdf_pages_in_process(pdfs[0])
    if which == "generated":
        for text in texts:
            parse_text(text)
    elif which == "seeds":
        for text in seeds:
            parse_text(text)
    elif which == "pdf-floor":
        for pdf in pdfs[1:]:
            helper_pages(pdf)
    elif which == "pdf-lean":
        for pdf in pdfs[1:]:
            extract.pdf_pages_in_process(pdf)
    elif which == "pdf-ours":
        for pdf in pdfs[1:]:
            parse_bytes(pdf)
    # Let the worker exit by itself, so that valgrind reports its count too.
    extract._worker._conn.close()  # noqa: SLF001
    extract._worker._process.join(10)  # noqa: SLF001


# One hash seed for every run: each run's start-up (imports, the worker's start) then does
# the same work, and the difference to 'nothing' is the parser's alone.
_ENV = {**os.environ, "PYTHONHASHSEED": "0"}


def count(which: str) -> int:
    """Instructions of this file run for `which`, all its processes together."""
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--trace-children=yes",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--run",
            which,
        ],
        capture_output=True,
        text=True,
        check=True,
        env=_ENV,
    )
    return sum(int(n) for n in re.findall(r"Collected : (\d+)", out.stderr))


def main() -> None:
    if sys.argv[1:2] == ["--run"]:
        run(sys.argv[2])
        return
    if not shutil.which("valgrind"):
        sys.exit("valgrind is needed (apt-get install valgrind)")
    print(
        f"machine: {platform.machine()}, CPython {platform.python_version()}, {os.cpu_count()} cores"
    )
    # Once without valgrind first: a module changed since its last run is compiled then, so
    # that no measured run pays for writing its bytecode (the run that parses nothing paid
    # it after every change, which took up to 8 M instructions a PDF off every figure).
    subprocess.run(
        [sys.executable, __file__, "--run", "none"],
        check=True,
        env=_ENV,
    )
    base = count("none")
    per = {
        which: (count(which) - base) / n
        for which, n in [
            ("generated", TEXTS),
            ("seeds", 3 * SEED_ROUNDS),
            ("pdf-floor", PDFS),
            ("pdf-lean", PDFS),
            ("pdf-ours", PDFS),
        ]
    }
    print(f"text: {per['generated'] / 1e6:.2f} M instructions a generated document")
    print(f"seeds: {per['seeds'] / 1e6:.2f} M instructions a seed document")
    print(
        f"pdf: parse_bytes {per['pdf-ours'] / 1e6:.2f} M instructions (both processes) against "
        f"pypdfium2's extraction {per['pdf-floor'] / 1e6:.2f} M: "
        f"{per['pdf-ours'] / per['pdf-floor']:.3f}× (target ≤ 1.25×)"
    )
    print(
        f"pdf: the worker's own extraction (pdfium's functions) {per['pdf-lean'] / 1e6:.2f} M "
        f"in this process: {per['pdf-lean'] / per['pdf-floor']:.3f}× pypdfium2's; parse_bytes "
        f"{per['pdf-ours'] / per['pdf-lean']:.3f}× it"
    )


if __name__ == "__main__":
    main()
