"""dagsorden's records as OParl 1.1 objects (https://schema.oparl.org/1.1/).

How the two models meet: OParl's Body is the municipality (our Organisation); its
Organizations are the boards and committees that meet (our Body: Direktionen, ØK, …); a
Membership is a job title a person was seen with (Role), in the body of the meeting that
named it; a Meeting's agenda items are embedded in it, with their open attachments (those
with a file) as File objects, and the agenda and minutes PDFs as its invitation and
resultsProtocol. An open agenda item is also a Paper (the case as presented there: its
heading, case number, attachments), whose Consultations are the steps of its route
(*Sagsgang*: 'MTU, ØK, KB'), each linked to the meeting and agenda item where that body took
the case up, where the archive holds one: the item itself for its own meeting's body, and
for another body of the route an item of the same heading in one of that body's meetings,
the nearest before or after this one as the route says. The last step is authoritative.

Every function gets the public's view only (the API is open data, built as for an anonymous
visitor, like the feeds): a closed item is its heading and public: false.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from django.urls import reverse
from django.utils import timezone

from dagsorden.meetings.files import download_name
from dagsorden.meetings.models import (
    AgendaItem,
    Attachment,
    Body,
    Meeting,
    Organisation,
    Person,
    Role,
)
from dagsorden.portal import data as d

SCHEMA = "https://schema.oparl.org/1.1/"
Url = Callable[[str], str]  # a path made absolute for the request


def api(url: Url, name: str, *args: object) -> str:
    return url(reverse(f"oparl:{name}", args=args))


def _stamp(value: datetime | None) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def _common(obj_type: str, id_: str, web: str | None = None, **more: Any) -> dict[str, Any]:
    out = {"id": id_, "type": f"{SCHEMA}{obj_type}", **more}
    if web:
        out["web"] = web
    return {k: v for k, v in out.items() if v is not None}


def system(url: Url, name: str) -> dict[str, Any]:
    return _common(
        "System",
        api(url, "system"),
        url("/"),
        oparlVersion=SCHEMA,
        name=name,
        body=api(url, "bodies"),
        website=url("/"),
        product="dagsorden",
    )


def body(url: Url, org: Organisation) -> dict[str, Any]:
    def lst(kind: str) -> str:
        return api(url, f"body-{kind}", org.pk)

    return _common(
        "Body",
        api(url, "body", org.pk),
        url("/"),
        system=api(url, "system"),
        name=org.name,
        website=url("/"),
        organization=lst("organization"),
        person=lst("person"),
        meeting=lst("meeting"),
        paper=lst("paper"),
        agendaItem=lst("agendaItem"),
        file=lst("file"),
        membership=lst("membership"),
        legislativeTerm=[],
    )


def organization(url: Url, b: Body, memberships: list[int]) -> dict[str, Any]:
    return _common(
        "Organization",
        api(url, "organization", b.pk),
        url(d.body_ref(b)["url"]),
        body=api(url, "body", b.organisation_id),
        name=b.name,
        shortName=b.code,
        organizationType="Gremium",
        classification=b.get_kind_display(),
        meeting=api(url, "organization-meeting", b.pk),
        membership=[api(url, "membership", pk) for pk in memberships],
    )


def membership(url: Url, role: Role) -> dict[str, Any]:
    return _common(
        "Membership",
        api(url, "membership", role.pk),
        person=api(url, "person", role.person_id),
        organization=api(url, "organization", role.body_id) if role.body_id else None,
        role=role.title,
        # the public's period: the meetings that named the role in open text
        startDate=d.iso(role.public_start),
        endDate=d.iso(role.public_end),
    )


def person(url: Url, p: Person, org: Organisation, roles: list[Role]) -> dict[str, Any]:
    return _common(
        "Person",
        api(url, "person", p.pk),
        url(reverse("portal:person", args=[p.slug])),
        body=api(url, "body", org.pk),
        name=p.name,
        membership=[membership(url, r) for r in roles],
    )


def _when(day: Any, at: time | None) -> str:
    """A date and time in the municipality's zone; midnight when the minutes give no time."""
    moment = timezone.make_aware(datetime.combine(day, at or time(0)))
    return moment.isoformat(timespec="seconds")


def meeting(url: Url, m: Meeting, items: list[dict[str, Any]]) -> dict[str, Any]:
    web = url(d.meeting_url(m))
    documents = {
        "invitation": meeting_file(url, m, "dagsorden"),
        "resultsProtocol": meeting_file(url, m, "referat") if m.state == "published" else None,
    }
    return _common(
        "Meeting",
        api(url, "meeting", m.pk),
        web,
        name=f"{m.body.name} {d.day(m.date)}",
        meetingState=m.get_state_display(),
        cancelled=False,
        start=_when(m.date, m.start),
        end=_when(m.date, m.end) if m.end else None,
        organization=[api(url, "organization", m.body_id)],
        agendaItem=items,
        created=_stamp(m.created),
        modified=_stamp(m.updated),
        **documents,
    )


def meeting_file(url: Url, m: Meeting, kind: str) -> dict[str, Any]:
    """The agenda or minutes PDF (the public version) as a File."""
    pdf = url(reverse("portal:meeting-pdf", args=[m.body.slug, m.date.isoformat(), kind]))
    return _common(
        "File",
        api(url, "meeting-file", m.pk, kind),
        name=f"{'Dagsorden' if kind == 'dagsorden' else 'Referat'} {m.body.name} {d.day(m.date)}",
        fileName=f"{kind}-{m.body.code}-{m.date:%Y-%m-%d}.pdf",
        mimeType="application/pdf",
        accessUrl=pdf,
        downloadUrl=pdf,
        meeting=[api(url, "meeting", m.pk)],
        created=_stamp(m.created),
        modified=_stamp(m.updated),
    )


def agenda_item(
    url: Url,
    item: AgendaItem,
    resolution: str | None,
    files: list[Attachment],
    step: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """resolution: the decision when the public may read it (open item, published minutes);
    step: the item's own consultation, as its paper's item and the place in that paper's
    route (an open item; the paper is the item where the case's route began, when the archive
    holds it)."""
    m = item.meeting
    return _common(
        "AgendaItem",
        api(url, "agendaItem", item.pk),
        url(d.item_url(item)),
        meeting=api(url, "meeting", m.pk),
        number=str(item.number) if item.number is not None else None,
        order=item.order,
        name=item.title,
        public=item.is_open,
        consultation=api(url, "consultation", *step) if step else None,
        resolutionText=resolution or None,
        auxiliaryFile=[file(url, a) for a in files] if item.is_open else None,
        created=_stamp(m.created),
        modified=_stamp(m.updated),
    )


def file(url: Url, a: Attachment) -> dict[str, Any]:
    item = a.item
    access = url(reverse("portal:attachment", args=[a.pk]))
    return _common(
        "File",
        api(url, "file", a.pk),
        name=a.title,
        fileName=download_name(a.title, a.media_type) if a.file else None,
        mimeType=a.media_type or None,
        size=a.file.size if a.file else None,
        accessUrl=access,
        downloadUrl=access,
        agendaItem=[api(url, "agendaItem", item.pk)],
        meeting=[api(url, "meeting", item.meeting_id)],
        created=_stamp(item.meeting.created),
        modified=_stamp(item.meeting.updated),
    )


def paper(
    url: Url,
    item: AgendaItem,
    consultations: list[dict[str, Any]],
    main: Attachment | None,
    files: list[Attachment],
) -> dict[str, Any]:
    """An open agenda item as the case it presents. main: its main document ('(H)') when
    that has a file the public may fetch; files: its other such attachments."""
    m = item.meeting
    reference = item.case_number or (main.journal_number if main else "")
    return _common(
        "Paper",
        api(url, "paper", item.pk),
        url(d.item_url(item)),
        body=api(url, "body", m.body.organisation_id),
        name=item.title,
        reference=reference or None,
        date=d.iso(m.date),
        paperType="Sag",
        mainFile=file(url, main) if main else None,
        auxiliaryFile=[file(url, a) for a in files] or None,
        consultation=consultations,
        created=_stamp(m.created),
        modified=_stamp(m.updated),
    )


def consultation(
    url: Url,
    paper_item: AgendaItem,
    step: int,
    body_id: int,
    taken_up: AgendaItem | None,
    authoritative: bool,
) -> dict[str, Any]:
    """Step number step (from 1) of the route of paper_item's case, in the body body_id;
    taken_up: the agenda item where that body took the case up, when the archive holds it."""
    m = paper_item.meeting
    return _common(
        "Consultation",
        api(url, "consultation", paper_item.pk, step),
        paper=api(url, "paper", paper_item.pk),
        agendaItem=api(url, "agendaItem", taken_up.pk) if taken_up else None,
        meeting=api(url, "meeting", taken_up.meeting_id) if taken_up else None,
        organization=[api(url, "organization", body_id)],
        authoritative=authoritative,
        # Danish practice: the bodies before the last recommend, the last decides.
        role="Beslutning" if authoritative else "Indstilling",
        created=_stamp(m.created),
        modified=_stamp(m.updated),
    )
