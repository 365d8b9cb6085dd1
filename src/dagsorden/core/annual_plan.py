"""The årshjul's rules: when in a year a recurring topic comes up. Pure, so the planner, the
wheel and the tests share one definition.

Political cycles: Danish municipal councils are elected every fourth November (2021, 2025,
2029, …) and the new council starts on 1 January after, so a cycle starts in 2022, 2026, 2030.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .danish import MONTH_NAMES_DA, MONTH_RE, MONTHS
from .people import job_title, split_title_name
from .point_kinds import people_in
from .text import fold

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
        # A head in the month written beside it; the others spread over the year from the
        # start month (twelve heads, one a month).
        placed = [head_month(head) for head in heads]
        free = [head for head, own in placed if own is None]
        n = len(free)
        return sorted(
            [Occurrence(own, head) for head, own in placed if own is not None]
            + [
                Occurrence((month - 1 + (12 * i) // n) % 12 + 1, head)
                for i, head in enumerate(free)
            ],
            key=lambda o: o.month,
        )
    raise ValueError(f"unknown rule {rule!r} (one of {', '.join(RULES)})")


def parse_heads(text: str) -> tuple[str, ...]:
    """One head of department a line (or separated by ';'), each maybe with its month."""
    return tuple(h.strip() for h in text.replace(";", "\n").splitlines() if h.strip())


# A head's own month, in parentheses after the head: 'Økonomichef Bettina Andersen (januar)'.
_HEAD_MONTH_RE = re.compile(rf"\s*\((?P<month>{MONTH_RE})\.?\)$", re.IGNORECASE)


def head_month(line: str) -> tuple[str, int | None]:
    """A head of the årshjul's list and the month written beside it, if any:
    'Økonomichef Bettina Andersen (januar)' → ('Økonomichef Bettina Andersen', 1)."""
    m = _HEAD_MONTH_RE.search(line)
    if m is None or not line[: m.start()].strip():
        return line.strip(), None
    return line[: m.start()].strip(), MONTHS[m["month"].lower()]


def with_month(head: str, month: int) -> str:
    """The head as the årshjul's list writes it with its month."""
    return f"{head} ({MONTH_NAMES_DA[month - 1]})"


def held_with(named: str, head: str) -> bool:
    """Does a dialogue meeting held with `named` (a point's presenter: 'Økonomichef Bettina
    Andersen', 'Økonomichefen', 'Økonomichef Bettina Andersen og HR-chef Lise Berg') meet
    the årshjul's `head` ('økonomichef Bettina Andersen', 'Bettina Andersen',
    'Økonomichef')? By the head's name where it gives one (the title may have changed since),
    else by the title, as a word of its own."""
    title, name = split_title_name(head)
    if len(name) >= 2:
        return " ".join(name) in fold(named)
    role = job_title(title or head).lower()
    return bool(role) and re.search(rf"(?<!\w){re.escape(role)}", named.lower()) is not None


@dataclass(frozen=True, slots=True)
class HeadMet:
    """A head of department the board has held dialogue meetings with: as last named, and the
    meetings' dates, newest first."""

    head: str
    dates: tuple[date, ...]


def heads_met(dialogues: Iterable[tuple[date, str]]) -> list[HeadMet]:
    """The heads of these dialogue meetings (date, presenter), one each (by name: a title may
    change, the person stays; a role named alone, 'Økonomichefen', is the one head named with
    that title, where there is one), as last named with a name, the most recently met first."""
    named: dict[str, list[tuple[date, str]]] = {}  # by name
    roles: dict[str, list[tuple[date, str]]] = {}  # by role, named alone
    for when, presenter in dialogues:
        for head in people_in(presenter):
            title, name = split_title_name(head)
            if len(name) >= 2:
                named.setdefault(" ".join(name), []).append((when, head))
            else:
                roles.setdefault(job_title(head).lower(), []).append((when, head))
    for role, held in roles.items():
        holders = [h for h in named.values() if _role_of(max(h)[1]) == role]
        if len(holders) == 1:
            holders[0] += held
        else:
            named[role] = held
    met = []
    for held in named.values():
        written = [(when, head) for when, head in held if len(split_title_name(head)[1]) >= 2]
        head = max(written or held)[1]
        met.append(HeadMet(head, tuple(sorted({when for when, _ in held}, reverse=True))))
    return sorted(met, key=lambda m: (-m.dates[0].toordinal(), m.head))


def recent_heads(met: list[HeadMet], years: int = 2) -> tuple[str, ...]:
    """The heads met within `years` before the latest dialogue meeting: those the board still
    meets (a head who left is met no more), in the order met."""
    if not met:
        return ()
    since = max(m.dates[0] for m in met).toordinal() - round(365.25 * years)
    return tuple(m.head for m in met if m.dates[0].toordinal() > since)


def _role_of(head: str) -> str:
    """The title of '<title> <Name>', lower case, as a role named alone is read."""
    title, _name = split_title_name(head)
    return job_title(title or "").lower()
