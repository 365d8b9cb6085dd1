"""A text made to make the parser's work grow faster than its size (a point of thousands of
lines, a decision of thousands of headings, …) must cost in proportion to its size: a 50 MiB
file is allowed, and an import or an upload must not hang on one.

Not a speed figure (those are in bench/), but a bound: the work for eight times the text may
grow about eight times (at most 20 here); the quadratic code this replaced grew 27 times and
more."""

from __future__ import annotations

import contextlib
import gc
import time

import pytest

from bench.hostile import SHAPES
from dagsorden.core import parse_text
from dagsorden.core.errors import ParseError
from dagsorden.core.extract import extract_text


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):  # CPU time, the best of three: other work on the machine adds little
        # The collector's passes cost what the whole process holds (after the web tests, a
        # lot), not what the parse does: left out of the measure.
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            with contextlib.suppress(ParseError):
                parse_text(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_work_grows_in_proportion_to_the_text(shape: str) -> None:
    # About 0.125 MB and 1 MB: far enough apart for a square to stand out of the noise.
    n = max(1000, 125_000 * 1000 // len(SHAPES[shape](1000)))
    small, large = SHAPES[shape](n), SHAPES[shape](8 * n)
    assert len(large) > 7 * len(small)
    growth = _seconds(large) / _seconds(small)
    assert growth < 20, f"{shape}: 8× the text took {growth:.1f}× the time"


# Web pages made to grow the work of reading them faster than their size.
HTML_SHAPES = {
    "a list of many items": lambda n: "<ol>" + "<li>Punkt</li>" * n + "</ol>",
    "many lists in one item": lambda n: "<ol><li>" + "<ol><li>x</li></ol>" * n + "</li></ol>",
    "a table of many cells": lambda n: "<table><tr>" + "<td>1 -</td>" * n + "</tr></table>",
    "many line breaks": lambda n: "<p>" + "Tekst<br>" * n + "</p>",
}


@pytest.mark.parametrize("shape", HTML_SHAPES)
def test_reading_a_web_page_grows_in_proportion_to_it(shape: str) -> None:
    def seconds(n: int) -> float:
        page = f"<!DOCTYPE html><html><body>{HTML_SHAPES[shape](n)}</body></html>".encode()
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            with contextlib.suppress(ParseError):
                extract_text(page, "side.html")
            best = min(best, time.process_time() - start)
        return best

    growth = seconds(80_000) / seconds(10_000)
    assert growth < 20, f"{shape}: 8× the page took {growth:.1f}× the time"
