"""Parser speed: text documents per second on one core, and the cost of parsing a PDF against
pypdfium2's own text extraction of the same file (its helper classes: tests.pdfmaker.
helper_pages), measured in the same run; beside it, against the leaner extraction through
pdfium's functions that dagsorden's PDF worker makes (core/pdf_text.py), in this process.

    .venv/bin/python bench/bench_parse.py [--docs 2000] [--pdfs 100] [--typst | --word] [--doc 20]
        [--scans 5 [--rough]]

The PDFs are made by tests/pdfmaker.py (one built-in font, no page furniture beyond a header
line); with --typst, by dagsorden's own typst renderer (embedded fonts, a running header and
'Side N af M' on every page); with --word, as a municipality makes them: each document
written in Word (its own lists, a running header, 'Side N af M') and saved as PDF by
LibreOffice (`soffice` must be installed). --doc N: N documents written in Word and saved in
Word 97–2003's format by LibreOffice, parsed (through LibreOffice again) against the same
documents as DOCX. --scans N: N documents printed and scanned at 200 dpi (page images, no
text), read by OCR (Tesseract must be installed): seconds a page, and whether the minutes
read are those of the text; with --rough as an office scanner leaves them: each sheet fed in
turned by up to 3° either way, dusty (0.1 % of its pixels specks), its print a little faint
on off-white paper, saved as JPEG of quality 50.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.generate import minutes  # noqa: E402
from bench.machine import describe  # noqa: E402
from dagsorden.core import parse_bytes, parse_text  # noqa: E402
from dagsorden.core.batch import parse_list, parse_many  # noqa: E402
from dagsorden.core.extract import PdfWorker, pdf_pages_in_process  # noqa: E402
from dagsorden.documents.pdf import render_pdf  # noqa: E402
from tests.pdfmaker import helper_pages, text_to_pdf  # noqa: E402

SEEDS = Path(__file__).parent.parent / "src" / "dagsorden" / "seed_archive"


def texts(n: int) -> list[str]:
    rnd = random.Random(7)
    return [minutes(rnd, date(2020, 1, 8) + timedelta(days=7 * i)) for i in range(n)]


def word_pdfs(docs: list[str], to: str = "pdf", filter_name: str = "") -> list[bytes]:
    """The documents written in Word and saved as PDF (or in another format) by LibreOffice,
    in order."""
    from tests.core.test_layouts import in_word, saved_by_libreoffice

    if shutil.which("soffice") is None:
        sys.exit("--word and --doc need LibreOffice: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        return saved_by_libreoffice([in_word(t) for t in docs], Path(tmp), to, filter_name)


def bench_doc(docs: list[str]) -> tuple[float, float, float, float]:
    """Seconds a file to parse the documents saved as Word 97–2003 (.doc) one at a time, the
    same in the import's chunks of 32 (one LibreOffice run a chunk), as DOCX, and as web
    pages (saved as HTML by LibreOffice)."""
    from tests.core.test_layouts import in_word

    chunk_size = 32  # importer/run.py's CHUNK (importing it needs Django set up)

    olds = word_pdfs(docs, "doc", "MS Word 97")
    news = [in_word(text) for text in docs]
    alone = _timed(lambda: [parse_bytes(f, "x.doc") for f in olds])
    chunks = [
        [(f, "x.doc") for f in olds[k : k + chunk_size]] for k in range(0, len(olds), chunk_size)
    ]
    together = _timed(lambda: [parse_list(chunk) for chunk in chunks])
    docx = _timed(lambda: [parse_bytes(f, "x.docx") for f in news])
    pages = word_pdfs(docs, "html", "HTML (StarWriter)")
    html = _timed(lambda: [parse_bytes(f, "x.html") for f in pages])
    return alone / len(docs), together / len(docs), docx / len(docs), html / len(docs)


def bench_text(docs: list[str], rounds: int = 3) -> float:
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for text in docs:
            parse_text(text)
        best = max(best, len(docs) / (time.perf_counter() - start))
    return best


def bench_pdf(pdfs: list[bytes], rounds: int = 5) -> tuple[float, float, float, float]:
    """parse_bytes against pypdfium2's helpers' extraction of the same file: (ratio in total,
    median ratio a file, extraction in ms a file, ratio in total against the worker's own
    extraction in this process)."""
    parse_bytes(pdfs[0])  # start the worker outside the timing
    floor, lean, ours = [], [], []
    for pdf in pdfs:
        # Interleaved, so that the machine's changing speed falls on all alike.
        f, e, o = [], [], []
        for _ in range(rounds):
            f.append(_timed(lambda pdf=pdf: helper_pages(pdf)))
            e.append(_timed(lambda pdf=pdf: pdf_pages_in_process(pdf)))
            o.append(_timed(lambda pdf=pdf: parse_bytes(pdf)))
        floor.append(min(f))
        lean.append(min(e))
        ours.append(min(o))
    ratios = [o / f for o, f in zip(ours, floor, strict=True)]
    return (
        sum(ours) / sum(floor),
        statistics.median(ratios),
        statistics.mean(floor) * 1000,
        sum(ours) / sum(lean),
    )


def bench_pdf_batch(pdfs: list[bytes], rounds: int = 5) -> tuple[float, float, float]:
    """parse_many as the importer runs it: one long-lived worker extracts the next PDFs while
    this process parses the ones before. Against in-process extraction of the same files one
    after another: (wall-clock ratio, CPU ratio of both processes, worker start in ms)."""
    worker = PdfWorker()
    start = time.perf_counter()
    list(parse_many([(pdfs[0], None)], worker))  # the worker starts once per import run
    startup = time.perf_counter() - start
    floors, floor_cpus, walls, cpus = [], [], [], []
    for _ in range(rounds):  # interleaved, as above
        cpu0 = time.process_time()
        floors.append(_timed(lambda: [helper_pages(p) for p in pdfs]))
        floor_cpus.append(time.process_time() - cpu0)
        cpu0, worker0 = time.process_time(), _process_cpu(worker)
        walls.append(_timed(lambda: list(parse_many(((p, None) for p in pdfs), worker))))
        cpus.append(time.process_time() - cpu0 + _process_cpu(worker) - worker0)
    worker.close()
    return min(walls) / min(floors), min(cpus) / min(floor_cpus), startup * 1000


# Each sheet fed in turned by up to 3° either way (skew, drawn for each), dusty (0.1 % of
# its pixels specks), its print a little faint on off-white paper, saved as JPEG.
ROUGH = {"specks": 0.001, "ink": 0.8, "paper": 235, "jpeg": 50}


def bench_scans(docs: list[str], rough: bool = False) -> tuple[float, int, int, int]:
    """Seconds to read the documents' scans by OCR, their pages, how many give the minutes
    their text gives (compared whole, as JSON) and how many fail. rough: as an office
    scanner leaves them (ROUGH)."""
    import random

    from dagsorden.core import ParseError, parse_bytes, to_dict
    from tests.pdfmaker import scanned

    turn = random.Random(0)
    scans = [
        scanned(
            text_to_pdf(d.replace("\uf0b7", "•")),
            **({"skew": turn.uniform(-3, 3), **ROUGH} if rough else {}),
        )
        for d in docs
    ]
    pages = sum(len(pdf_pages_in_process(s)) for s in scans)
    start = time.perf_counter()
    read: list[object] = []
    for scan in scans:
        try:
            read.append(parse_bytes(scan, "scan.pdf", ocr=True))
        except ParseError as failure:
            read.append(failure)
    seconds = time.perf_counter() - start
    same = sum(
        not isinstance(r, ParseError) and _scored(to_dict(r)) == _scored(to_dict(parse_text(d)))
        for r, d in zip(read, docs, strict=True)
    )
    return seconds, pages, same, sum(isinstance(r, ParseError) for r in read)


def _scored(minutes: dict) -> dict:  # type: ignore[type-arg]
    """What the schema's scorer compares: the meeting, absences and each item's title,
    access, routing, recommendation, points and bilag (not the texts an item keeps whole,
    where a bullet the page shows is kept)."""
    keep = ("title", "access", "routing", "recommendation", "points", "attachments")
    return {
        "date": minutes["date"],
        "body": minutes["body"],
        "absent": minutes["absent"],
        "items": [{k: item[k] for k in keep} for item in minutes["items"]],
    }


def _process_cpu(worker: PdfWorker) -> float:
    """CPU seconds the worker process has used (Linux /proc; 0 elsewhere)."""
    process = worker._process  # noqa: SLF001 (a benchmark may look inside)
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (AttributeError, OSError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _timed(call) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--pdfs", type=int, default=100, help="0: text only")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--typst", action="store_true", help="render the PDFs with typst")
    kind.add_argument(
        "--word", action="store_true", help="write the PDFs in Word, saved by LibreOffice"
    )
    parser.add_argument(
        "--doc", type=int, default=0, help="also time N Word 97–2003 files (LibreOffice)"
    )
    parser.add_argument("--scans", type=int, default=0, help="also time N scans read by OCR")
    parser.add_argument(
        "--rough", action="store_true", help="the scans askew, dusty, faint, as JPEG"
    )
    args = parser.parse_args()
    print(describe())
    docs = texts(args.docs)
    size = statistics.mean(len(d) for d in docs)
    rate = bench_text(docs)
    print(
        f"text: {rate:.0f} documents/s on one core ({args.docs} documents of {size / 1000:.1f} kB; target ≥ 500)"
    )
    seeds = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))] * 300
    print(
        f"seeds: {bench_text(seeds):.0f} documents/s on one core (the 3 seed documents, 300 times each)"
    )
    if args.doc > 0:
        alone, together, new, html = bench_doc(docs[: args.doc])
        print(
            f"doc: {alone * 1000:.0f} ms a Word 97–2003 file alone (through LibreOffice), "
            f"{together * 1000:.0f} ms in the import's chunks, "
            f"{new * 1000:.1f} ms the same as DOCX, {html * 1000:.1f} ms as HTML "
            f"({args.doc} files)"
        )
    if args.scans > 0:
        seconds, pages, same, failed = bench_scans(docs[: args.scans], args.rough)
        print(
            f"scans{' as an office scanner leaves them' if args.rough else ''}: "
            f"{seconds / pages:.1f} s a page "
            f"read by OCR, {seconds / args.scans:.1f} s a document ({args.scans} documents, "
            f"{pages} pages at 300 dpi, a Tesseract of one thread a core); {same} of "
            f"{args.scans} read as the same minutes as their text, {failed} failed"
        )
    if args.pdfs <= 0:
        return  # text only
    if args.typst:
        pdfs = [render_pdf(parse_text(d)) for d in docs[: args.pdfs]]
    elif args.word:
        pdfs = word_pdfs(docs[: args.pdfs])
    else:
        pdfs = [text_to_pdf(d, header=d.splitlines()[0].strip()) for d in docs[: args.pdfs]]
    kb = statistics.mean(len(p) for p in pdfs) / 1000
    pages = statistics.mean(len(pdf_pages_in_process(p)) for p in pdfs)
    print(
        f"pdfs: {'typst' if args.typst else 'word' if args.word else 'pdfmaker'}, "
        f"{kb:.0f} kB and {pages:.2f} pages a file"
    )
    total, median, floor_ms, against_lean = bench_pdf(pdfs)
    print(
        f"pdf: parse costs {total:.2f}× pypdfium2's extraction in total, median {median:.2f}× per file "
        f"({args.pdfs} PDFs, extraction {floor_ms:.1f} ms a file; target ≤ 1.25×); "
        f"{against_lean:.2f}× the worker's own extraction run in this process"
    )
    wall, cpu, startup = bench_pdf_batch(pdfs)
    print(
        f"pdf, many in a row (parse_many with a started worker, as the importer does): "
        f"{wall:.2f}× the extraction's time, {cpu:.2f}× its CPU (both processes); "
        f"starting the worker once: {startup:.0f} ms"
    )


if __name__ == "__main__":
    main()
