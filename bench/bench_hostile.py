"""The parser's time on hostile texts (bench/hostile.py): milliseconds at n and 4n repeats,
and the growth between them (4× is in proportion to the size; 16× would be quadratic).

    .venv/bin/python bench/bench_hostile.py [--n 8000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

import contextlib

from bench.hostile import SHAPES  # noqa: E402
from bench.machine import describe  # noqa: E402
from dagsorden.core import parse_text  # noqa: E402
from dagsorden.core.errors import ParseError  # noqa: E402


def seconds(text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(ParseError):
        parse_text(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=8000)
    args = parser.parse_args()
    print(describe())
    print(f"{'shape':42s} {'size':>9s} {'time':>9s} {'size ×4':>9s} {'time':>9s} {'growth':>7s}")
    worst = 0.0
    for name, make in SHAPES.items():
        small, large = make(args.n), make(4 * args.n)
        t_small = min(seconds(small) for _ in range(3))
        t_large = min(seconds(large) for _ in range(3))
        growth = t_large / t_small
        worst = max(worst, growth)
        print(
            f"{name:42s} {len(small) / 1e6:7.2f}MB {t_small * 1000:7.0f}ms "
            f"{len(large) / 1e6:7.2f}MB {t_large * 1000:7.0f}ms {growth:6.1f}×"
        )
    print(f"largest growth for 4× the size: {worst:.1f}× (in proportion: 4×)")


if __name__ == "__main__":
    main()
