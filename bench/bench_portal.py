"""Portal speed: search and meeting pages under 20 concurrent clients on loopback, measured
server-side (the Server-Timing header: time spent in Django) and at the client.

    .venv/bin/python bench/bench_portal.py --points 100000 [--database-url postgres://…] [--data DIR]

The archive is generated (bench/generate.py, about four points a document) and imported with
the real importer into a fresh database, unless --data names one built before (it is kept).
The server is `dagsorden serve` (gunicorn) with --workers processes.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "sundhedsklyngen",
    "budgetopfølgning",
    "ledelsesevalueringen",
    "rekruttering skolechef",
    "klimaplan",
    "digitaliseringsstrategien",
    "Bettina Andersen",
    "dialogmøde",
    "budgetanalyserne ældreområdet",
    "beredskab",
    "udbudsplan indkøb",
    "ligestillingsredegørelse",
    "campusområdet",
    "arbejdsmiljø trivsel",
    "erhvervsklimamåling",
    "anlægsprojekter",
    "månedsgrebet",
    "energirenovering",
    "Kim T. Jensen",
    "tidsplanen",
]


def build(data: Path, points: int, database_url: str) -> None:
    from bench.generate import generate

    docs = data / "docs"
    count = max(1, points // 4)
    generate(docs, count, seed=3)
    env = {**os.environ, "DAGSORDEN_DATA": str(data), "DATABASE_URL": database_url}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "dagsorden.cli", "import", str(docs)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"archive: {count} documents imported in {time.perf_counter() - start:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(
    base: str, urls: list[str], clients: int, seconds: float
) -> list[tuple[str, float, float]]:
    """(kind, server ms, client ms) for every request, from `clients` threads for `seconds`."""
    out: list[tuple[str, float, float]] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def run(seed: int) -> None:
        rnd = random.Random(seed)
        mine = []
        while time.monotonic() < stop:
            url = rnd.choice(urls)
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(base + url, timeout=30) as response:  # noqa: S310 (loopback)
                    response.read()
                    timing = response.headers.get("Server-Timing", "app;dur=nan")
            except urllib.error.HTTPError as exc:
                mine.append(("error", float("nan"), float(exc.code)))
                continue
            client = (time.perf_counter() - start) * 1000
            mine.append(
                (
                    "search" if url.startswith("/soeg") else "meeting",
                    float(timing.split("dur=")[1]),
                    client,
                )
            )
        with lock:
            out.extend(mine)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--data", type=Path)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="dagsorden-portal-"))
    if not (data / "docs").exists():
        build(data, args.points, args.database_url)
    env = {
        **os.environ,
        "DAGSORDEN_DATA": str(data),
        "DATABASE_URL": args.database_url,
        "DAGSORDEN_WORKERS": str(args.workers),
        "DJANGO_SETTINGS_MODULE": "dagsorden.settings",
    }
    # Meeting pages to ask for: every published meeting's URL.
    listing = subprocess.run(
        [
            sys.executable,
            "-m",
            "dagsorden.cli",
            "manage",
            "shell",
            "--no-imports",
            "-c",
            "from dagsorden.meetings.models import Meeting, Point;"
            "print(Point.objects.count());"
            "[print(f'/organer/{m.body.slug}/moeder/{m.date}/') for m in Meeting.objects.select_related('body')]",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    points, meetings = (
        int(listing[0]),
        [u for u in listing if u.startswith("/")],
    )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "dagsorden.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()  # noqa: S310 (loopback)
                break
            except OSError:
                time.sleep(0.3)
        searches = ["/soeg/?" + urllib.parse.urlencode({"q": q}) for q in QUERIES]
        rnd = random.Random(5)
        urls = searches * 10 + rnd.sample(meetings, min(len(meetings), 200))
        load(base, urls, args.clients, 5)  # warm up
        results = load(base, urls, args.clients, args.seconds)
    finally:
        server.terminate()
        server.wait(10)
    vendor = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
    print(
        f"{vendor}, {points} points, {len(meetings)} meetings, {args.clients} clients, {args.workers} workers, "
        f"{args.seconds:.0f} s, {len(results)} requests"
    )
    errors = [int(c) for k, _, c in results if k == "error"]
    if errors:
        print(f"  ERRORS: {len(errors)} responses with status {sorted(set(errors))}")
    for kind in ("search", "meeting"):
        server_ms = [s for k, s, _ in results if k == kind]
        client_ms = [c for k, _, c in results if k == kind]
        print(
            f"  {kind:8s} server p50 {p(server_ms, 50):6.1f} ms  p95 {p(server_ms, 95):6.1f} ms   "
            f"client p50 {p(client_ms, 50):6.1f} ms  p95 {p(client_ms, 95):6.1f} ms   (n={len(server_ms)})"
        )


if __name__ == "__main__":
    main()
