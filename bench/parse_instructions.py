"""A fixed amount of parsing, for counting instructions rather than seconds: on a shared
machine the clock varies by a third from hour to hour, an instruction count does not.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .venv/bin/python bench/parse_instructions.py {none|generated|seeds}

'generated' parses 100 generated documents, 'seeds' the 3 seed documents 10 times each, 'none'
does all the rest (start-up, generating, reading): the difference to it, divided by the number
of documents, is the parser's instructions a document.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.generate import minutes  # noqa: E402
from dagsorden.core import parse_text  # noqa: E402

SEEDS = Path(__file__).parent.parent / "src" / "dagsorden" / "seed_archive"


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "none"
    rnd = random.Random(7)
    generated = [minutes(rnd, date(2020, 1, 8) + timedelta(days=7 * i)) for i in range(100)]
    seeds = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))] * 10
    parse_text(generated[0])  # imports and compiled patterns are not the parser's work
    for text in {"generated": generated, "seeds": seeds}.get(which, []):
        parse_text(text)


if __name__ == "__main__":
    main()
