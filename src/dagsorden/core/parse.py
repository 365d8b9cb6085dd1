"""The parse stage: segmented lines → Minutes records. The pipeline is
extract (bytes → text) → clean (lines) → segment (header, items, sections) → parse (here)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Literal

from . import danish
from .attachments import parse_attachments
from .attendance import parse_absences
from .dates import find_dates
from .doubts import doubts
from .errors import NotMinutes, ParseError
from .followups import earlier_treatments, find_actions, find_referrals
from .headings import Section
from .language import gettext as _
from .lines import Line, clean_lines, join
from .paragraphs import Layout, breaks_of
from .participation import not_taking_part, roles_not_taking_part
from .people import find_people, is_first_name
from .point_kinds import with_kind
from .points import (
    PointBlock,
    answered_list,
    decision_parts,
    find_points,
    page_width,
    said_of_no_point,
)
from .records import Absence, Attachment, Decision, Item, Minutes, Person, Point, Referral
from .routing import routing_codes, routing_days
from .segment import ItemBlock, cover_meeting, segment
from .text import GARBLED, first_sentence, fold, garbled_share, strip_bullet

# '2. Personalesag', '2: …', 'Punkt 2 - …', 'Pkt. 2: …', 'Pkt. 2 Personalesag' (after the
# word, the number alone: a capital follows): the item's number before its title.
# '10.Personalesag' too, as a PDF gives a Word list's number whose tab it drops (a capital
# after the period: not '10.30 Frokost').
_ITEM_NUMBER_RE = re.compile(
    r"^(?:(?:Punkt|Pkt\.?)\s*(?P<w>\d{1,3})\s+(?=[A-ZÆØÅ])|(?:(?:Punkt|Pkt\.?)\s*)?"
    r"(?P<n>\d{1,3})(?:[.:]|\s+[-–])(?:\s+|(?=[A-ZÆØÅ])))(?P<title>\S.*)$"
)
DEFAULT_ITEM_TITLE = "Punkter til behandling"


def parse_text(text: str, source: str | None = None, *, layout: Layout | None = None) -> Minutes:
    """Parse the text of one minutes (or agenda) document. layout: how its lines stand to
    its paragraphs, to keep where its texts' paragraphs and list entries are, for showing
    them (core/paragraphs.py); none, none kept."""
    if not text.strip():
        raise NotMinutes(_("dokumentet har ingen tekst"), source)
    lines = clean_lines(text)
    doc = segment(lines)
    # An item is known by its sections, or by its access line alone: a closed item is
    # published as its heading and 'Lukket Sag', and a meeting may have had nothing else.
    if not any(item.sections or item.access for item in doc.items):
        garbled = garbled_share(text)
        if garbled > GARBLED:
            raise ParseError(
                _(
                    "teksten kan ikke læses: %(share)d %% af tegnene er ingen skrift (en "
                    "PDF-fil, hvis skrifttyper mangler deres tegnkoder?)"
                )
                % {"share": round(garbled * 100)},
                source,
            )
        raise NotMinutes(
            _("intet dagsordenspunkt fundet (intet afsnit 'Sagsfremstilling' eller 'Beslutning')"),
            source,
            text,
        )

    decisions = [s for item in doc.items for s in item.all("decision")]
    # Without a header, the meeting is the latest decision's: an item can carry the decisions
    # of earlier meetings above its own ('Beslutning i Økonomiudvalget den …', then KB's).
    latest = max((s for s in decisions if s.date), key=lambda s: s.date or date.min, default=None)
    body = (
        doc.header_body
        or (latest and latest.body)
        or next((s.body for s in decisions if s.body), None)
    )
    meeting_date = doc.header_date or (latest.date if latest else None)
    if not (body and meeting_date):  # an older protocol's cover may say
        cover_body, cover_date = cover_meeting(doc.preamble)
        body, meeting_date = body or cover_body, meeting_date or cover_date
    body = body or _routed_body(doc.items)
    if not body:
        raise NotMinutes(
            _(
                "intet udvalg fundet: hverken en overskrift '<Udvalg> DD-MM-ÅÅÅÅ' eller en beslutningslinje"
            ),
            source,
            text,
        )
    body = danish.body_written_out(body)  # 'DIR 20-01-2021', 'Beslutning i Direktion den …'
    if not meeting_date:
        raise NotMinutes(
            _("ingen mødedato fundet i overskriften eller en beslutningslinje"), source, text
        )
    code = danish.body_code(body)
    for section in decisions:  # a bare 'Beslutning' heading: the meeting's own decision
        if section.date is None and (
            section.body is None or danish.body_code(section.body) == code
        ):
            section.date = meeting_date  # not another body's undated one: its date is unknown
        section.body = section.body or body

    # The lists of regrets and absences: above the items, and under each.
    listed = [_absences(doc.leading), *(_absences(item.sections) for item in doc.items)]
    # Minutes repeat the meeting's absences under each item's decision: one entry each.
    absent = list(dict.fromkeys(a for found in listed for a in found))

    written: list[date] = []  # the dates of the items' texts, in order
    items = [
        _item(block, meeting_date, code, written, under)
        for block, under in zip(doc.items, listed[1:], strict=True)
    ]
    # Dates are those of the presentation, the points and the decision (the schema's item
    # texts); people those named anywhere: the headings, recommendations, attachments' titles
    # and the text above the first item too.
    texts = _texts(items)
    elsewhere = _APART.join(
        text
        for item in items
        for text in (item.title, item.recommendation, *(a.title for a in item.attachments))
        if text
    )
    if doc.preamble:  # 'Deltagere: Kommunaldirektør …' above the first item, a line each
        elsewhere = _APART.join((*_names_joined(doc.preamble), elsewhere))
    records = [text for block in doc.items for text in block.record]
    if records:  # 'Sagsansvarlig: Kim T. Jensen' under a heading
        elsewhere = _APART.join((elsewhere, *records))
    people = _people(f"{texts}{_APART}{elsewhere}", absent)
    return Minutes(
        body=body,
        date=meeting_date,
        items=tuple(_with_roles(item, people) for item in items),
        absent=tuple(absent),
        people=tuple(people),
        dates=tuple(dict.fromkeys(written)),
        source=source,
        body_code=code,
        doubts=doubts(items, meeting_date),
        breaks=breaks_of(lines, layout) if layout else (),
    )


def _absences(sections: list[Section]) -> list[Absence]:
    return [
        absence
        for section in sections
        if section.kind in ("afbud", "fraværende")
        for absence in parse_absences(section.lines, section.kind)  # type: ignore[arg-type]
    ]


def _routed(
    routing: Section | None, meeting_date: date, meeting_code: str | None
) -> list[Referral]:
    """The treatments a routing with days gives: each body's on its day, before the meeting
    or after it; the meeting's own not again."""
    if routing is None:
        return []
    text = ", ".join(line.text for line in routing.lines if not line.blank)  # a body a line
    out = []
    for code, day in routing_days(text):
        if code == meeting_code and day == meeting_date:
            continue
        kind: Literal["referral", "return", "previous"] = (
            "previous" if day < meeting_date else "return" if code == meeting_code else "referral"
        )
        out.append(Referral(code, day, kind, text))
    return out


def _names_joined(lines: list[str]) -> list[str]:
    """The lines, each that ends in a known first name joined with the next where that opens
    with a capital: a line a PDF wrapped inside a name ('… miljødirektør Jens' / 'Andersen')."""
    out: list[str] = []
    for line in lines:
        last = out[-1].split()[-1:] if out else []
        if last and is_first_name(last[0]) and line[:1].isupper():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _item(
    block: ItemBlock,
    meeting_date: date,
    meeting_code: str | None,
    written: list[date],
    listed: list[Absence],
) -> Item:
    """The item of a block; the dates its texts hold are added to written. listed: the
    absences listed under it."""
    routing_section = block.section("routing")
    routing = routing_codes(join(routing_section.lines)) if routing_section else ()
    presentation_lines = _lines(block, "presentation")
    _, point_blocks = find_points(presentation_lines)
    decision_sections = _repeats_joined(block.all("decision"), len(point_blocks))
    own = _own_decision(decision_sections, meeting_code, meeting_date)
    if not point_blocks and own:
        point_blocks = answered_list(presentation_lines, own.lines)
    guessed: list[bool] = []
    page = page_width(presentation_lines) if own and point_blocks else 0
    parts = decision_parts(own.lines if own else [], point_blocks, guessed, page)
    points = tuple(
        with_kind(Point(title=p.title, presentation=p.text, decision=part, number=p.number))
        for p, part in zip(point_blocks, parts, strict=True)
    )
    presentation = join(presentation_lines)
    number, title = _title(block, presentation, point_blocks, routing)
    decision_texts = [join(s.lines) for s in decision_sections]
    decisions = tuple(
        Decision(s.body or "", s.date, text)
        for s, text in zip(decision_sections, decision_texts, strict=True)
    )
    # The dates of the schema's item texts, each text's with their places in it
    dated = [list(find_dates(text, meeting_date)) for text in (presentation, *decision_texts)]
    written += [d for found in dated for _, d in found]

    actions = []
    referrals = []
    own_at = decision_sections.index(own) if own is not None else -1
    own_text = decision_texts[own_at] if own is not None else ""
    lead = said_of_no_point(own_text, points)
    of_the_item = lead if points else own_text  # what the decision says of no point
    texts: list[tuple[int | None, str]] = [(None, of_the_item)] if of_the_item else []
    # One answer to several points ('Ad 1 og 2: …'): its follow-ups once, the first point's,
    # not a task a point. (A point listed twice, answered alike each time, stays two.)
    said: dict[str, str] = {}  # a decision's text → the title of its first point
    for i, p in enumerate(points):
        if said.setdefault(p.decision, p.title) == p.title:
            texts.append((i, p.decision))
    for index, text in texts:
        actions += find_actions(text, index, meeting_date, meeting_code)
        referrals += find_referrals(text, meeting_date, meeting_code, index)
    if own is not None:  # treatments the decision reports in the past tense
        for referral in _earlier(own_text, dated[1 + own_at], meeting_date, points, "decision"):
            if all(
                (r.body, r.date, r.point_index)
                != (referral.body, referral.date, referral.point_index)
                for r in referrals
            ):
                referrals.append(referral)
    seen_ref = {(r.body, r.date, r.precision) for r in referrals}
    # Referrals planned in the presentation, if not decided again: each point's, or the
    # item's own when it has no points ('Sagen behandles i ØK d. 6. december').
    planned: list[tuple[int | None, str]] = [(i, p.presentation) for i, p in enumerate(points)]
    for index, text in planned or [(None, presentation)]:
        for r in find_referrals(text, meeting_date, meeting_code, index):
            if (r.body, r.date, r.precision) not in seen_ref:
                seen_ref.add((r.body, r.date, r.precision))
                referrals.append(r)
    # … treatments the presentation reports, and the day the routing gives each body ('MTU
    # 06-12-2022, ØK 13-12-2022', as other systems write it)
    for referral in [
        *_earlier(presentation, dated[0], meeting_date, points, "presentation"),
        *_routed(routing_section, meeting_date, meeting_code),
    ]:
        if (referral.body, referral.date, "day") not in seen_ref:
            seen_ref.add((referral.body, referral.date, "day"))
            referrals.append(referral)

    bilag = block.section("bilag")
    return Item(
        title=title,
        # Fail closed: an item whose access is not written is closed.
        access="open" if block.access == "open" else "closed",
        access_stated=block.access is not None,
        routing=routing,
        presentation=presentation,
        recommendation=join(_lines(block, "recommendation")),
        decision_date=own.date if own else None,
        decisions=decisions,
        points=points,
        decision_lead=lead,
        attachments=_with_points(parse_attachments(bilag.lines), points) if bilag else (),
        actions=tuple(actions),
        referrals=tuple(referrals),
        number=number,
        case_number=block.case_number,
        absent=tuple(dict.fromkeys([*listed, *not_taking_part(own_text)])),
        parts_guessed=bool(guessed),
    )


def _routed_body(blocks: list[ItemBlock]) -> str | None:
    """Neither header nor decision names the body ('Mødedato: …', a bare 'Beslutning'):
    where every item goes through one and the same body only ('Sagsgang: DIR'), the
    meeting is that body's. A case routed through several bodies names no meeting."""
    codes = set()
    for block in blocks:
        section = block.section("routing")
        routing = routing_codes(join(section.lines)) if section else ()
        if len(routing) != 1:
            return None
        codes.add(routing[0])
    return danish.body_name(codes.pop()) if len(codes) == 1 else None


def _lines(block: ItemBlock, kind: str) -> list[Line]:
    return [line for s in block.all(kind) for line in s.lines]


def _repeats_joined(sections: list[Section], points: int) -> list[Section]:
    """A decision heading repeated before each point's answer ('Beslutning i Direktionen den
    10-05-2023' / 'Budget' / 'Drøftet.' / 'Beslutning i Direktionen den 10-05-2023' / …) heads
    one decision: the sections of the same body and date, one after the other, as many as
    the points at most, joined as paragraphs. (Undated, they could be treatments of other
    days; more than the points, not answers to them.)"""
    runs: list[list[Section]] = []
    for section in sections:
        last = runs[-1][-1] if runs else None
        if last and section.date and (last.body, last.date) == (section.body, section.date):
            runs[-1].append(section)
        else:
            runs.append([section])
    return [
        section
        for run in runs
        for section in ([_one_decision(run)] if 1 < len(run) <= points else run)
    ]


def _one_decision(run: list[Section]) -> Section:
    lines: list[Line] = []
    for section in run:
        if lines:
            lines.append(Line(""))
        lines += section.lines
    return replace(run[0], lines=lines)


def _own_decision(
    sections: list[Section], meeting_code: str | None, meeting_date: date
) -> Section | None:
    """The decision of the meeting's own body, of the meeting's date where one is (earlier
    treatments can follow it, newest first: 'Beslutning i Kommunalbestyrelsen den
    29-05-2018 / Sagen udsat'); else the last one recorded."""
    own = [s for s in sections if meeting_code and danish.body_code(s.body or "") == meeting_code]
    for s in reversed(own or sections):
        if s.date == meeting_date:
            return s
    return (own or sections)[-1] if sections else None


def _title(
    block: ItemBlock, presentation: str, points: list[PointBlock], routing: tuple[str, ...]
) -> tuple[int | None, str]:
    title = fold(" ".join(strip_bullet(line.text) for line in block.title_lines)).rstrip(" :")
    m = _ITEM_NUMBER_RE.match(title)
    if m:
        return int(m["n"] or m["w"]), m["title"]
    if title:
        return None, title
    # The heading was lost (cut off with the page top): name the item as the system does,
    # and as it names the Direktion's own item of points at every meeting.
    if points or "punkter til behandling" in presentation.lower() or routing == ("DIR",):
        return None, DEFAULT_ITEM_TITLE
    return None, first_sentence(presentation)[:200] or DEFAULT_ITEM_TITLE


# The texts of a document are searched for people and dates as one string, joined with a
# character that no pattern can match across: one search instead of one a text.
_APART = "\x00"


def _texts(items: list[Item]) -> str:
    """The presentations and decisions in document order. The points are parts of them, so
    those are read once each."""
    return _APART.join(
        text for item in items for text in (item.presentation, *(d.text for d in item.decisions))
    )


def _earlier(
    text: str,
    dates: list[tuple[int, date]],
    meeting_date: date,
    points: tuple[Point, ...],
    part: Literal["decision", "presentation"],
) -> list[Referral]:
    """The earlier treatments an item's decision or presentation reports in the past tense,
    each the referral of the point whose part of the text holds its sentence (the item's own
    when none does)."""
    return [
        Referral(
            body,
            when,
            "previous",
            sentence,
            next((i for i, p in enumerate(points) if sentence in getattr(p, part)), None),
        )
        for body, when, sentence in earlier_treatments(text, dates, meeting_date)
    ]


def _with_roles(item: Item, people: list[Person]) -> Item:
    """The item with those its decision says took no part by their role alone, each the
    person the document gives that title."""
    found = roles_not_taking_part(item.decision, people)
    if not found:
        return item
    named = {a.name for a in item.absent}
    return replace(item, absent=(*item.absent, *(a for a in found if a.name not in named)))


def _people(texts: str, absent: list[Absence]) -> list[Person]:
    found = {person.name: person for person in find_people(texts)}
    for a in absent:
        found.setdefault(a.name, Person(a.name, a.title))
    return list(found.values())


__all__ = ["parse_text"]


# An attachment's title that opens with the number of the point it belongs to: '4: Indstilling'.
_POINT_PREFIX_RE = re.compile(r"(\d{1,2}):\s")


def _with_points(
    attachments: list[Attachment], points: tuple[Point, ...]
) -> tuple[Attachment, ...]:
    """Each attachment with the point its title names ('4: …' is point 4, or the fourth of
    points without numbers); a number no point has names none."""
    by_number = {p.number: i for i, p in enumerate(points) if p.number is not None}
    out = []
    for a in attachments:
        m = _POINT_PREFIX_RE.match(a.title)
        n = int(m[1]) if m else None
        if n is not None and by_number:
            out.append(replace(a, point_index=by_number.get(n)))
        elif n is not None and 1 <= n <= len(points):
            out.append(replace(a, point_index=n - 1))
        else:
            out.append(a)
    return tuple(out)
