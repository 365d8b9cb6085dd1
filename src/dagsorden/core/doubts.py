"""What a parse may have got wrong, for someone to look at: the parser never guesses, but a
document can be read in a way that leaves tell-tale gaps. A decision the parser could not
divide among the points leaves points without a part; an item split in two leaves an open
item without the decision every other item has; a decision dated another day than the
meeting is a slip of the pen or two meetings in one file. None is an error (a decision may
pass over a point); each is said.

Only numbers and item headings are named: an item's heading is public even when the item is
closed, its points' titles are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .language import gettext_noop as _
from .language import ngettext_noop
from .points import ANY_OTHER_BUSINESS_RE, LABEL_WORDS
from .records import Doubt, Item


def doubts(items: Sequence[Item], meeting_date: date) -> tuple[Doubt, ...]:
    """What in the parsed items of a meeting is for someone to look at, one sentence each."""
    out: list[Doubt] = []
    decided = [item.decision_date is not None for item in items]
    for item, has_decision in zip(items, decided, strict=True):
        if item.decision_date is not None and item.decision_date != meeting_date:
            out.append(
                Doubt(
                    _("»%(item)s«: beslutningen er dateret %(decided)s, mødet %(meeting)s"),
                    (
                        ("item", item.title),
                        ("decided", f"{item.decision_date:%d-%m-%Y}"),
                        ("meeting", f"{meeting_date:%d-%m-%Y}"),
                    ),
                )
            )
        if not has_decision and item.access == "open" and any(decided):
            out.append(
                Doubt(
                    _("»%(item)s« har ingen beslutning, som mødets andre punkter har"),
                    (("item", item.title),),
                )
            )
        points = item.points
        if len(points) < 2 or not item.decision.strip():
            continue
        unknown = _answered_but_not_listed(item)
        if unknown:
            singular, plural = ngettext_noop(
                "»%(item)s«: beslutningen svarer på underpunkt %(points)s, som listen ikke har",
                "»%(item)s«: beslutningen svarer på underpunkterne %(points)s, som listen ikke har",
            )
            named = tuple(map(str, unknown))
            out.append(Doubt(singular, (("item", item.title),), plural, len(named), named))
        empty = unanswered(item)
        if empty:
            singular, plural = ngettext_noop(
                "»%(item)s«: underpunkt %(points)s fik ingen del af beslutningen",
                "»%(item)s«: underpunkterne %(points)s fik ingen del af beslutningen",
            )
            out.append(Doubt(singular, (("item", item.title),), plural, len(empty), empty))
    return tuple(out)


def unanswered(item: Item) -> tuple[str, ...]:
    """The numbers (or places) of the points of an item with a decision and two points or
    more that got no part of it; any other business, the last point, often has nothing to
    answer: not it."""
    points = item.points
    if len(points) < 2 or not item.decision.strip():
        return ()
    return tuple(
        str(p.number or k)
        for k, p in enumerate(points, 1)
        if not p.decision.strip()
        and not (k == len(points) and ANY_OTHER_BUSINESS_RE.fullmatch(p.title))
    )


# An answer's label with a mark after its numbers, in the words core/points.py reads labels
# by: 'Ad 4:', 'Ad punkt 1 og 4:', 'Punkt 4 -', 'Pkt. 2, 4 og 5.', 'Vedr. punkt 4:'; read
# where it opens the decision or a sentence ('jf. pkt. 4' is none).
_LABEL_RE = re.compile(
    rf"{LABEL_WORDS}(?P<numbers>\d{{1,2}}(?:\s*(?:,|og|&|\+)\s*\d{{1,2}})*)\s*[.:)\-–](?:\s|$)"
)
_LABEL_WORDS = ("Ad", "ad", "Punkt", "Pkt", "Til p", "Til P", "Vedr")  # ('Tilsvarende': no)
_OPENS_AFTER_RE = re.compile(r"(?:^|[.!?:])\s*$")


def _answered_but_not_listed(item: Item) -> list[int]:
    """The numbers the decision's labels answer that no point of the list has: a point the
    parse may have missed in the presentation, or a slip of the pen."""
    text = item.decision
    named: set[int] = set()
    for word in _LABEL_WORDS:  # found with str.find: few decisions hold any
        at = text.find(word)
        while at >= 0:
            m = _LABEL_RE.match(text, at)
            if m and _OPENS_AFTER_RE.search(text, max(0, at - 3), at):
                named.update(int(n) for n in re.findall(r"\d{1,2}", m["numbers"]))
            at = text.find(word, at + 1)
    listed = {p.number if p.number is not None else k for k, p in enumerate(item.points, 1)}
    return sorted(named - listed)
