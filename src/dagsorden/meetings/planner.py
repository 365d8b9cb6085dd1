"""The årshjul at work: a year's planned topics per body, planned points placed on draft
agendas (the secretariat confirms or moves them), and the topics as CSV in and out."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils.translation import gettext as _

from dagsorden.core.annual_plan import (
    RULES,
    heads_met,
    occurrences,
    parse_heads,
    recent_heads,
    with_month,
)

from .models import AgendaItem, Body, Meeting, Point, RecurringTopic


@dataclass(frozen=True)
class Planned:
    topic: RecurringTopic
    month: int
    head: str | None

    @property
    def title(self) -> str:
        return f"{self.topic.title}: {self.head}" if self.head else self.topic.title


def topic_occurrences(topic: RecurringTopic, year: int) -> list[Planned]:
    return [
        Planned(topic, o.month, o.head)
        for o in occurrences(
            topic.rule,
            topic.month,
            year,
            interval=topic.interval,
            first_year=topic.first_year,
            heads=parse_heads(topic.heads),
        )
    ]


def year_plan(topics: Any, year: int) -> list[Planned]:
    """Every occurrence of the topics in the year, by month then body and title."""
    out = [p for t in topics for p in topic_occurrences(t, year)]
    return sorted(out, key=lambda p: (p.month, p.topic.body.name, p.title))


def visible_topics(user_is_member: bool, body: Body | None = None) -> Any:
    topics = RecurringTopic.objects.filter(active=True).select_related("body")
    if body is not None:
        topics = topics.filter(body=body)
    return topics if user_is_member else topics.filter(public=True)


RECENT_YEARS = 2  # a head not met in the last two years of the archive has left
DIALOGUE_TOPIC = "Dialogmøder"  # the archive's own language, whoever reads the screens


def heads_met_by_body(public: bool = False) -> list[dict[str, Any]]:
    """Each body's heads of department met in dialogue meetings, as the archive shows: all
    of them (latest first), those of its last two years, and the body's per-head topics.
    public: as anyone may see them (in open items of public meetings) only."""
    dialogues: dict[int, list[tuple[Any, str]]] = {}
    points = Point.objects.filter(kind=Point.Kind.DIALOGUE).exclude(presenter="")
    if public:
        points = points.filter(item__in=AgendaItem.objects.visible_to(AnonymousUser()))
    for body_id, when, presenter in points.values_list(
        "item__meeting__body_id", "item__meeting__date", "presenter"
    ):
        dialogues.setdefault(body_id, []).append((when, presenter))
    out = []
    for body in Body.objects.filter(pk__in=dialogues).order_by("name"):
        met = heads_met(dialogues[body.pk])
        out.append(
            {
                "body": body,
                "heads": met,
                "recent": recent_heads(met, RECENT_YEARS),
                "topics": body.recurring_topics.filter(rule=RecurringTopic.Rule.PER_HEAD),
            }
        )
    return out


def heads_onto_topic(
    body: Body, topic: RecurringTopic | None = None, public: bool = False
) -> tuple[RecurringTopic, int] | None:
    """Give the body's dialogue meetings' topic (the one given, or a new one) the heads the
    archive shows the board met in its last two years, each in the month it met them last;
    None where it shows none. public: a
    new topic is public, and takes only the heads anyone may see were met."""
    found = next((m for m in heads_met_by_body(public) if m["body"] == body), None)
    return None if found is None else heads_found_onto_topic(found, topic, public)


def heads_found_onto_topic(
    found: dict[str, Any], topic: RecurringTopic | None = None, public: bool = False
) -> tuple[RecurringTopic, int] | None:
    """heads_onto_topic for a body's row of heads_met_by_body, worked out already."""
    if not found["recent"]:
        return None
    if topic is None:
        topic = RecurringTopic(
            body=found["body"],
            title=DIALOGUE_TOPIC,
            rule=RecurringTopic.Rule.PER_HEAD,
            public=public,
        )
    # each in the month the board met them last: an årshjul keeps its months
    last_met = sorted(
        (m.dates[0].month, m.head) for m in found["heads"] if m.head in found["recent"]
    )
    topic.heads = "\n".join(with_month(head, month) for month, head in last_met)
    topic.save()
    return topic, len(found["recent"])


def place_planned(meeting: Meeting) -> list[Point]:
    """Put the body's topics due this month on the draft meeting's first item, unless another
    meeting of the body took them up this month already."""
    from .workflow import add_point

    item = meeting.items.order_by("order").first()
    if item is None or meeting.state != Meeting.State.DRAFT:
        return []
    placed = []
    for topic in RecurringTopic.objects.filter(body=meeting.body, active=True):
        for planned in topic_occurrences(topic, meeting.date.year):
            if planned.month != meeting.date.month:
                continue
            taken = Point.objects.filter(
                topic=topic,
                title=planned.title,
                item__meeting__body=meeting.body,
                item__meeting__date__year=meeting.date.year,
                item__meeting__date__month=meeting.date.month,
            ).exists()
            if taken:
                continue
            placed.append(
                add_point(
                    item,
                    title=planned.title,
                    presentation=topic.description,
                    kind=Point.Kind.DIALOGUE if planned.head else Point.Kind.ORDINARY,
                    presenter=planned.head or "",
                    topic=topic,
                    planned=True,
                )
            )
    return placed


@transaction.atomic
def move_planned(point: Point, target: Meeting) -> Point:
    """Move a planned point to another draft meeting (its first item)."""
    from .workflow import WorkflowError, next_order

    if not point.planned or target.state != Meeting.State.DRAFT:
        raise WorkflowError(_("Kun planlagte punkter kan flyttes, og kun til et møde i kladde."))
    item = target.items.order_by("order").first()
    if item is None:
        raise WorkflowError(_("Mødet har intet punkt at sætte det på."))
    point.item = item
    point.order = next_order(item.points)
    point.save(update_fields=["item", "order"])
    return point


CSV_FIELDS = [
    "organ", "emne", "regel", "maaned", "hvert_n_aar", "foerste_aar", "afdelingschefer",
    "beskrivelse", "offentlig", "aktiv",
]  # fmt: skip


def export_csv(topics: Any) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_FIELDS)
    for t in topics:
        writer.writerow(
            [
                t.body.code,
                t.title,
                t.rule,
                t.month,
                t.interval,
                t.first_year or "",
                "; ".join(parse_heads(t.heads)),
                t.description,
                int(t.public),
                int(t.active),
            ]  # fmt: skip
        )
    return out.getvalue()


class CSVError(ValueError):
    pass


@transaction.atomic
def import_csv(text: str, source: str = "CSV") -> tuple[int, int]:
    """Create or update topics (by body and title) from CSV (';' or ','). All or nothing: the
    first bad line names itself and nothing is stored. Returns (created, updated)."""
    sample = text[:2048]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    missing = {"organ", "emne", "regel", "maaned"} - set(reader.fieldnames or [])
    if missing:
        raise CSVError(
            _("%(src)s: kolonne(r) mangler: %(cols)s")
            % {"src": source, "cols": ", ".join(sorted(missing))}
        )
    bodies = {b.code.casefold(): b for b in Body.objects.all()}
    created = updated = 0
    for n, row in enumerate(reader, start=2):
        where = _("%(src)s, linje %(n)d") % {"src": source, "n": n}
        body = bodies.get((row.get("organ") or "").strip().casefold())
        if body is None:
            raise CSVError(
                _("%(where)s: ukendt organ %(v)r") % {"where": where, "v": row.get("organ")}
            )
        rule = (row.get("regel") or "").strip()
        if rule not in RULES:
            raise CSVError(
                _("%(where)s: ukendt regel %(v)r (en af %(rules)s)")
                % {"where": where, "v": rule, "rules": ", ".join(RULES)}
            )
        try:
            month = int(row["maaned"])
            interval = int(row.get("hvert_n_aar") or 1)
            first_year = int(row["foerste_aar"]) if (row.get("foerste_aar") or "").strip() else None
        except ValueError as exc:
            raise CSVError(
                _("%(where)s: ikke et tal (%(e)s)") % {"where": where, "e": exc}
            ) from None
        if not 1 <= month <= 12:
            raise CSVError(
                _("%(where)s: måneden skal være 1-12, ikke %(m)d") % {"where": where, "m": month}
            )
        title = (row.get("emne") or "").strip()
        if not title:
            raise CSVError(_("%(where)s: emnet har ingen titel") % {"where": where})
        _topic, was_created = RecurringTopic.objects.update_or_create(
            body=body,
            title=title[:300],
            defaults={
                "rule": rule,
                "month": month,
                "interval": max(1, interval),
                "first_year": first_year,
                "heads": "\n".join(parse_heads(row.get("afdelingschefer") or "")),
                "description": (row.get("beskrivelse") or "").strip(),
                "public": (row.get("offentlig") or "0").strip() in ("1", "ja", "true"),
                "active": (row.get("aktiv") or "1").strip() in ("1", "ja", "true"),
            },
        )
        created += was_created
        updated += not was_created
    return created, updated
