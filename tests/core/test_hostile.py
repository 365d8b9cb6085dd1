"""A text made to make the parser's work grow faster than its size (a point of thousands of
lines, a decision of thousands of headings, …) must cost in proportion to its size: a 50 MiB
file is allowed, and an import or an upload must not hang on one.

Not a speed figure (those are in bench/), but a bound: the work for four times the text may
grow about four times; the quadratic code this replaced grew 11–18 times here."""

from __future__ import annotations

import contextlib
import time

import pytest

from bench.hostile import SHAPES
from dagsorden.core import parse_text
from dagsorden.core.errors import ParseError


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):  # CPU time, the best of three: other work on the machine adds little
        start = time.process_time()
        with contextlib.suppress(ParseError):
            parse_text(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_work_grows_in_proportion_to_the_text(shape: str) -> None:
    # About 0.25 MB and 1 MB: large enough for a square to show above the fixed costs.
    n = max(1000, 250_000 * 1000 // len(SHAPES[shape](1000)))
    small, large = SHAPES[shape](n), SHAPES[shape](4 * n)
    assert len(large) > 3.5 * len(small)
    growth = _seconds(large) / _seconds(small)
    assert growth < 9, f"{shape}: 4× the text took {growth:.1f}× the time"
