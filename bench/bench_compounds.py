"""Search: looking a query word up as a compound's later part, in a large vocabulary.

    .venv/bin/python bench/bench_compounds.py [--words 300000] [--database-url postgres://…]

The vocabulary (search_compoundword) is filled with generated compounds: random heads of
Danish-like syllables joined to a few hundred later parts, inflected, as long as the
index's long words are (no Danish word list is at hand offline). Each query word's later
parts are looked up as the search does (backend()._later_parts), through the trigram index
(FTS5's trigram tokenizer on SQLite, pg_trgm on PostgreSQL), and, as the floor in the same
run, by the same LIKE over the plain table, which reads every word. Median of 20 a word.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.machine import describe  # noqa: E402

PARTS = """skole plan pleje udvalg aftale budget leder område møde strategi indsats
politik proces center tilbud borger service ordning projekt opgave analyse sag
økonomi klima byggeri vej havn bolig arbejde kultur sundhed erhverv miljø natur""".split()  # noqa: SIM905
SYLLABLES = "ber bor da de drift fag fri hav hjem land ly må nord ny ram sko sø ud vest".split()  # noqa: SIM905
ENDINGS = ["", "en", "et", "er", "erne", "s", "ens"]
QUERIES = ["skole", "plan", "udvalg", "pleje", "strategi", "borger", "skolen", "budget"]


def words(count: int, rnd: random.Random) -> set[str]:
    """As a dictionary has them: each of PARTS the later part of about 0.3 % of the words
    ('skole' of 522 of 280,000 long words in Debian's wdanish, 'plan' of 1,005)."""
    out: set[str] = set()
    while len(out) < count:
        head = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(1, 4)))
        part = (
            rnd.choice(PARTS)
            if rnd.random() < 0.1
            else "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(1, 3)))
        )
        tail = part + rnd.choice(ENDINGS)
        word = head + rnd.choice(["", "s", "e"]) + tail
        if rnd.random() < 0.2:  # a compound of three, the later part inside
            word += rnd.choice(PARTS) if rnd.random() < 0.1 else rnd.choice(SYLLABLES) * 2
        if len(word) >= 7:
            out.add(word)
    return out


def timed(run, times: int = 20) -> float:  # type: ignore[no-untyped-def]
    laps = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        laps.append(time.perf_counter() - start)
    return statistics.median(laps) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dagsorden-bench-"))
    os.environ["DAGSORDEN_DATA"] = str(tmp / "data")
    os.environ["DATABASE_URL"] = args.database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "dagsorden.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from dagsorden.search.analysis import query_terms
    from dagsorden.search.backends import backend, forget_words, keep_words

    call_command("migrate", verbosity=0)
    forget_words()
    vocabulary = words(args.words, random.Random(7))
    start = time.perf_counter()
    keep_words(vocabulary)
    filled = time.perf_counter() - start
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(describe())
    print(
        f"{connection.vendor}: {len(vocabulary)} words in the vocabulary "
        f"(filled in {filled:.1f} s); a query word's later parts, median of 20:"
    )
    search = backend()
    for query in QUERIES:
        (term,) = query_terms(query)
        found = search._later_parts(term)

        pattern = f"%{term.later_key}%"

        def scan(pattern: str = pattern) -> None:
            # (word || '': no index helps it on PostgreSQL either)
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT word FROM search_compoundword WHERE word || '' LIKE %s", [pattern]
                )
                cursor.fetchall()

        ours = timed(lambda term=term: search._later_parts(term))
        floor = timed(scan)
        print(
            f"  {query:<10} {len(found):>4} compounds: {ours:6.2f} ms, "
            f"the whole table read {floor:6.2f} ms ({ours / floor:.2f}×)"
        )


if __name__ == "__main__":
    main()
