"""The årshjul's rules: when in a year a recurring topic comes up. Pure, so the planner, the
wheel and the tests share one definition.

Political cycles: Danish municipal councils are elected every fourth November (2021, 2025,
2029, …) and the new council starts on 1 January after, so a cycle starts in 2022, 2026, 2030.
"""

from __future__ import annotations

from dataclasses import dataclass

RULES = ("yearly", "quarterly", "every_n_years", "cycle_start", "per_head")
FIRST_CYCLE_YEAR = 2022
CYCLE_YEARS = 4


@dataclass(frozen=True, slots=True)
class Occurrence:
    month: int
    head: str | None = None  # the head of department, for dialogue meetings


def cycle_starts(year: int) -> bool:
    return (year - FIRST_CYCLE_YEAR) % CYCLE_YEARS == 0


def occurrences(
    rule: str,
    month: int,
    year: int,
    interval: int = 1,
    first_year: int | None = None,
    heads: tuple[str, ...] = (),
) -> list[Occurrence]:
    """The months of `year` in which a topic with this rule comes up."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, not {month}")
    if rule == "yearly":
        return [Occurrence(month)]
    if rule == "quarterly":
        return [Occurrence(m) for m in sorted((month - 1 + 3 * k) % 12 + 1 for k in range(4))]
    if rule == "every_n_years":
        start = first_year if first_year is not None else year
        n = max(1, interval)
        return [Occurrence(month)] if year >= start and (year - start) % n == 0 else []
    if rule == "cycle_start":
        return [Occurrence(month)] if cycle_starts(year) else []
    if rule == "per_head":
        # Spread over the year from the start month: twelve heads, one a month.
        n = len(heads)
        return sorted(
            (
                Occurrence((month - 1 + (12 * i) // n) % 12 + 1, head)
                for i, head in enumerate(heads)
            ),
            key=lambda o: o.month,
        )
    raise ValueError(f"unknown rule {rule!r} (one of {', '.join(RULES)})")


def parse_heads(text: str) -> tuple[str, ...]:
    """One head of department a line (or separated by ';')."""
    return tuple(h.strip() for h in text.replace(";", "\n").splitlines() if h.strip())
