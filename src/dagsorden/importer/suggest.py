"""Verdensmål suggested for parsed minutes, from the words of each point (or of an item
without points; an item's presentation is left out: it opens with the same standard text at
every meeting).

Plain Python, no Django: a bulk import works these out in its parsing process, beside the
parse, so that the process writing the database does not (measured: an eighth of that
process's time; docs/performance.md).
"""

from __future__ import annotations

from dagsorden.core import Minutes, ParseError
from dagsorden.core.batch import parse_list
from dagsorden.core.paragraphs import with_texts_laid_out
from dagsorden.meetings.sdg_keywords import suggest_goals

# For each item, the goals' numbers of each point, or one list for an item without points.
Suggested = list[list[list[int]]]
# A document parsed, with its suggestions when they were worked out beside the parse, or why not.
Parsed = tuple[Minutes, Suggested | None] | ParseError


def suggested_goals(minutes: Minutes) -> Suggested:
    out: Suggested = []
    for item in minutes.items:
        if item.points:
            out.append(
                [suggest_goals(f"{p.title} {p.presentation} {p.decision}") for p in item.points]
            )
        else:
            words = [item.title, item.recommendation, *(d.text for d in item.decisions)]
            out.append([suggest_goals(" ".join(words))])
    return out


def _suggested(minutes: Minutes) -> tuple[Minutes, Suggested]:
    return minutes, suggested_goals(minutes)


def parse_and_suggest(documents: list[tuple[bytes, str | None]], ocr: bool = False) -> list[Parsed]:
    """parse_list's results, their texts laid out as the import stores them, each parsed
    document with its suggestions."""
    return [
        result if isinstance(result, ParseError) else _suggested(with_texts_laid_out(result))
        for result in parse_list(documents, ocr, layout=True)
    ]
