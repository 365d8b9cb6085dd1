"""What machine a benchmark ran on, and how fast it was at that moment.

The machines we measure on are shared: the same code has measured twice as fast in the
morning as in the afternoon. Each benchmark prints the time of a fixed pure-Python loop beside
its figures, so that runs of different hours can be compared (lower is faster).
"""

from __future__ import annotations

import os
import platform
import time

_LOOP = 3_000_000


def _loop() -> float:
    start = time.perf_counter()
    total = 0
    for i in range(_LOOP):
        total += i * i % 7
    return time.perf_counter() - start


def reference_ms() -> float:
    """The fixed loop's best of five, in milliseconds."""
    return min(_loop() for _ in range(5)) * 1000


def describe() -> str:
    """'machine: x86_64, 2 cores, CPython 3.11.7; reference loop 270 ms (lower is faster)'."""
    return (
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}; "
        f"reference loop {reference_ms():.0f} ms (lower is faster)"
    )
