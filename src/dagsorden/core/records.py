"""Typed, immutable records that the parser produces and the importer stores.

They mirror ../shared/schema/minutes.schema.json; what goes beyond the schema (actions,
referrals, decisions per body) is what the importer needs to build the data model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from .language import gettext, ngettext
from .paragraphs import Break
from .text import is_acting

Access = Literal["open", "closed"]
# inhabil: disqualified from an item (present at the meeting, taking no part in it)
AbsenceKind = Literal["afbud", "fraværende", "inhabil"]


@dataclass(frozen=True, slots=True)
class Person:
    """A named person as mentioned in the text, with the job title written next to the name."""

    name: str
    title: str | None = None

    @property
    def acting(self) -> bool:
        """True for acting titles: 'konstitueret' (also 'konst.', 'kst.'), 'fungerende'."""
        return is_acting(self.title)


@dataclass(frozen=True, slots=True)
class Absence:
    name: str
    kind: AbsenceKind
    title: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """point_index: the point the attachment belongs to, where its title opens with that
    point's number ('4: Indstilling - koncernstrategisk ledelsesudvikling.pdf')."""

    number: int
    access: Access
    title: str
    document_id: str | None = None
    journal_number: str | None = None
    main_document: bool = False
    point_index: int | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """A follow-up: '<responsible> tager videre initiativ / følger op / foranlediger …'."""

    text: str
    verb: str
    responsible: str | None = None
    people: tuple[str, ...] = ()
    point_index: int | None = None
    due: dt.date | None = None  # the deadline its sentence gives (core/deadlines.py)
    # Due at a body's next meeting ('… følger op på næste møde'): its code; '' the meeting's
    # own body where the document does not name it.
    due_next: str | None = None


@dataclass(frozen=True, slots=True)
class Referral:
    """A later (or earlier) treatment of the case named in the text.

    kind: 'referral' (to another body), 'return' (back to the same body, 'behandles igen'),
    'previous' (an earlier treatment the text refers to, e.g. 'genoptages som aftalt d. …').
    precision: 'day' (a date written), 'month' ('drøftes igen i marts': date is the month's
    first day), 'next' ('genoptages på næste møde': the body's first meeting after date, the
    meeting that decided it), 'period' ('genoptages i foråret', 'i uge 45', 'i 1. kvartal':
    the body's first meeting from date to until).
    """

    body: str
    date: dt.date
    kind: Literal["referral", "return", "previous"]
    text: str
    point_index: int | None = None
    precision: Literal["day", "month", "next", "period"] = "day"
    until: dt.date | None = None  # a period's last day


@dataclass(frozen=True, slots=True)
class Point:
    """A point of an item. kind: 'dialogue' (a head of department's yearly dialogue meeting
    with the board), 'presentation' (a director's 5 minutters oplæg) or 'ordinary'; presenter:
    who the dialogue is with or who presents, as named ('Økonomichef Bettina Andersen');
    guest: who takes part in the point, from guest_time."""

    title: str
    presentation: str
    decision: str
    number: int | None = None
    kind: Literal["ordinary", "presentation", "dialogue"] = "ordinary"
    presenter: str | None = None
    duration: int | None = None  # minutes
    guest: str | None = None
    guest_time: dt.time | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    body: str
    date: dt.date | None
    text: str


@dataclass(frozen=True, slots=True)
class Item:
    title: str
    access: Access
    routing: tuple[str, ...] = ()
    presentation: str = ""
    recommendation: str = ""
    decision_date: dt.date | None = None
    decisions: tuple[Decision, ...] = ()
    points: tuple[Point, ...] = ()
    # What the decision of the meeting says before its points' parts that is no point's ('Direktionen
    # drøftede punkterne samlet. Økonomichefen følger op.' / '1. Godkendt.' / …): see
    # core/points.py, said_of_no_point.
    decision_lead: str = ""
    attachments: tuple[Attachment, ...] = ()
    actions: tuple[Action, ...] = ()
    referrals: tuple[Referral, ...] = ()
    number: int | None = None
    case_number: str | None = None  # 'Sagsnr.: 01.02.05-P16-3-21' under the heading
    # False where the document wrote no access for the item ('Åben Sag', 'Lukket punkt'), as
    # other systems' published minutes do: closed then, until someone opens it.
    access_stated: bool = True
    # Who took no part in the item: the absences listed under it, and those its decision
    # names ('Jens Hansen (A) deltog ikke i behandlingen af punktet', '… var inhabil').
    absent: tuple[Absence, ...] = ()
    # The decision was divided among the points by its words or its lines ending short, no
    # empty paragraph parting it: a PDF's layout may show the paragraphs (core/read_again.py).
    parts_guessed: bool = False

    @property
    def own_decision(self) -> Decision | None:
        """The decision of this meeting: the one of its date (an item can list its earlier
        treatments after it, newest first), else the last one recorded."""
        if self.decision_date:
            for d in reversed(self.decisions):
                if d.date == self.decision_date:
                    return d
        return self.decisions[-1] if self.decisions else None

    @property
    def decision(self) -> str:
        """The decision text of the meeting's own body."""
        own = self.own_decision
        return own.text if own else ""

    @property
    def public_text(self) -> str:
        """What anyone may read of the item: all of it when open (its attachments by title),
        only its heading when closed."""
        if self.access != "open":
            return self.title
        return "\n".join(
            (
                self.title,
                self.presentation,
                self.recommendation,
                *(d.text for d in self.decisions),
                *(t for p in self.points for t in (p.title, p.presentation, p.decision)),
                *(a.title for a in self.attachments),
            )
        )


@dataclass(frozen=True, slots=True)
class Doubt:
    """Something a parse may have got wrong, for someone to look at (core/doubts.py), kept
    as its message and values: said in the language of whoever reads it, which need not be
    that of whoever imported the document."""

    message: str  # in Danish, its key in the catalog
    values: tuple[tuple[str, str], ...] = ()
    plural: str = ""  # the message for a count other than 1, if it has one
    count: int = 1
    points: tuple[str, ...] = ()  # said as a list in %(points)s: '2, 3 og 5', '2, 3 and 5'

    def __str__(self) -> str:
        if self.plural:
            said = ngettext(self.message, self.plural, self.count)
        else:
            said = gettext(self.message)
        values = dict(self.values)
        if self.points:
            values["points"] = listed(self.points)
        return said % values

    def as_data(self) -> dict[str, Any]:
        """The doubt as JSON keeps it."""
        return {
            "message": self.message,
            "values": dict(self.values),
            "plural": self.plural,
            "count": self.count,
            "points": list(self.points),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Doubt:
        """The doubt as_data kept."""
        values = tuple((str(k), str(v)) for k, v in data.get("values", {}).items())
        plural, count = str(data.get("plural", "")), int(data.get("count", 1))
        points = tuple(str(p) for p in data.get("points", ()))
        return cls(str(data["message"]), values, plural, count, points)


def listed(names: tuple[str, ...]) -> str:
    """'2', '2 og 3', '2, 3 og 5' (in English '2 and 3'), in the chosen language."""
    if len(names) < 2:
        return "".join(names)
    return gettext("%(names)s og %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


@dataclass(frozen=True, slots=True)
class Minutes:
    body: str
    date: dt.date
    items: tuple[Item, ...] = ()
    absent: tuple[Absence, ...] = ()
    people: tuple[Person, ...] = ()
    dates: tuple[dt.date, ...] = ()
    source: str | None = None
    body_code: str | None = None
    doubts: tuple[Doubt, ...] = ()  # what may have been misread (doubts.py)
    # Where the texts' paragraphs and list entries are, when asked for (paragraphs.py)
    breaks: tuple[Break, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        """The doubts, said in the chosen language (core/language.py)."""
        return tuple(map(str, self.doubts))

    def named_in_public(self) -> frozenset[str]:
        """The names of those of self.people whom anyone may see named: in an open item, a
        closed item's heading, or the absences. Someone named only in a closed item's content
        is not (that content is never public, nor who it names)."""
        text = " ".join(" ".join(item.public_text for item in self.items).split())
        return frozenset(
            {a.name for a in self.absent_in_public()}
            | {p.name for p in self.people if p.name in text}
        )

    def absent_in_public(self) -> tuple[Absence, ...]:
        """The meeting's absences anyone may see: listed above the items or under an open
        one. One listed under closed items only is that content's (never public)."""
        under_open = {a for item in self.items if item.access == "open" for a in item.absent}
        closed_only = {
            a for item in self.items if item.access != "open" for a in item.absent
        } - under_open
        return tuple(a for a in self.absent if a not in closed_only)
