"""The board's year: the årshjul (rules placing planned points, the wheel, list, PDF, CSV),
the follow-up tracker (views, personal view, .ics, weekly summary) and case timelines.
Closed items stay closed in each."""

from __future__ import annotations

import re
from datetime import date, timedelta

import icalendar
import pytest
from django.contrib.auth.models import User
from django.test import Client

from dagsorden.accounts.users import create_user
from dagsorden.documents.wheel import LINE, Entry, label_lines, wheel_svg
from dagsorden.meetings import models as m
from dagsorden.meetings import workflow as w
from dagsorden.meetings.planner import CSVError, export_csv, import_csv, move_planned

from . import factories as f
from .test_access import pdf_text

PASSWORD = "Langt-kodeord-42"


@pytest.fixture
def secretary(db) -> User:  # type: ignore[no-untyped-def]
    f.body()
    return create_user("sekretaer", PASSWORD, role="secretary")


def topic(**kw) -> m.RecurringTopic:  # type: ignore[no-untyped-def]
    defaults = {"body": f.body(), "title": "Budgetopfølgning", "rule": "quarterly", "month": 3}
    return m.RecurringTopic.objects.create(**{**defaults, **kw})


def test_new_drafts_get_the_months_topics_once(secretary: User) -> None:
    topic(title="Budgetopfølgning", rule="quarterly", month=3)  # Mar, Jun, Sep, Dec
    topic(
        title="Ligestillingsredegørelse",
        rule="every_n_years",
        month=12,
        interval=3,
        first_year=2020,
    )
    topic(title="Dialogmøde", rule="per_head", month=12, heads="Økonomichef Bettina Andersen")
    topic(title="Månedsgrebet", rule="cycle_start", month=1)
    december = w.create_meeting(f.body(), date(2026, 12, 2), secretary)
    planned = list(december.items.get().points.filter(planned=True).order_by("order"))
    assert [(p.title, p.kind) for p in planned] == [
        ("Budgetopfølgning", "ordinary"),
        ("Dialogmøde: Økonomichef Bettina Andersen", "dialogue"),
        ("Ligestillingsredegørelse", "ordinary"),
    ]
    assert planned[1].presenter == "Økonomichef Bettina Andersen"
    later = w.create_meeting(f.body(), date(2026, 12, 16), secretary)
    assert not later.items.get().points.exists()  # taken up earlier this month
    january = w.create_meeting(f.body(), date(2026, 1, 7), secretary)
    assert [p.title for p in january.items.get().points.all()] == ["Månedsgrebet"]
    # Moved to the later meeting, or confirmed where it is.
    move_planned(planned[0], later)
    assert later.items.get().points.get().title == "Budgetopfølgning"


def test_secretary_confirms_or_moves_a_planned_point(client: Client, secretary: User) -> None:
    topic(rule="yearly", month=12)
    first = w.create_meeting(f.body(), date(2026, 12, 2), secretary)
    second = w.create_meeting(f.body(), date(2026, 12, 16), secretary)
    point = first.items.get().points.get()
    client.force_login(secretary)
    url = f"/sekretariat/sager/{point.item_id}/underpunkter/{point.pk}/plan/"
    page = client.get(f"/sekretariat/sager/{point.item_id}/").content.decode()
    assert "Planlagt fra årshjulet" in page and "16-12-2026" in page
    client.post(url, {"move": second.pk})
    point.refresh_from_db()
    assert point.item.meeting == second and point.planned
    client.post(
        f"/sekretariat/sager/{point.item_id}/underpunkter/{point.pk}/plan/", {"confirm": "1"}
    )
    point.refresh_from_db()
    assert not point.planned


def test_topics_csv_round_trip_and_errors(secretary: User) -> None:
    topic(title="Dialogmøder", rule="per_head", month=2, heads="A-chef\nB-chef", public=True)
    text = export_csv(m.RecurringTopic.objects.all())
    m.RecurringTopic.objects.all().delete()
    assert import_csv(text) == (1, 0)
    again = m.RecurringTopic.objects.get()
    assert (again.rule, again.month, again.heads, again.public) == (
        "per_head",
        2,
        "A-chef\nB-chef",
        True,
    )
    assert import_csv(text) == (0, 1)
    bad = "organ;emne;regel;maaned\nDIR;Godt emne;yearly;4\nDIR;Dårligt;monthly;4\n"
    with pytest.raises(CSVError, match="plan.csv, linje 3: ukendt regel 'monthly'"):
        import_csv(bad, source="plan.csv")
    assert not m.RecurringTopic.objects.filter(title="Godt emne").exists()  # all or nothing
    with pytest.raises(CSVError, match="ukendt organ"):
        import_csv("organ,emne,regel,maaned\nXYZ,Emne,yearly,4\n")
    with pytest.raises(CSVError, match="måneden skal være 1-12"):
        import_csv("organ,emne,regel,maaned\nDIR,Emne,yearly,13\n")


def test_csv_import_screen(client: Client, secretary: User) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(secretary)
    upload = SimpleUploadedFile(
        "plan.csv", "organ;emne;regel;maaned\nDIR;Trivselsmåling;yearly;4\n".encode()
    )
    response = client.post("/sekretariat/aarshjul/", {"csv": upload}, follow=True)
    assert "1 nye og 0 opdaterede emner" in response.content.decode()
    bad = SimpleUploadedFile("fejl.csv", b"organ;emne;regel;maaned\nDIR;X;weekly;4\n")
    response = client.post("/sekretariat/aarshjul/", {"csv": bad}, follow=True)
    assert "fejl.csv, linje 2" in response.content.decode()


def test_wheel_list_pdf_and_csv_respect_public_topics(client: Client, secretary: User) -> None:
    topic(title="Budgetopfølgning", public=True)
    topic(title="Personalestrategi INTERNT", rule="yearly", month=5)
    page = client.get("/aarshjul/?aar=2026").content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'role="img"' in page
    assert '<title id="aarshjul-t">Årshjul 2026</title>' in page
    assert page.count("Budgetopfølgning") >= 8  # four quarters, in the wheel and the list
    assert "INTERNT" not in page
    for url in ("/aarshjul.svg?aar=2026", "/aarshjul-emner.csv", "/aarshjul.json?aar=2026"):
        body = client.get(url).content.decode("utf-8-sig")
        assert "Budgetopfølgning" in body and "INTERNT" not in body, url
    pdf = client.get("/aarshjul.pdf?aar=2026")
    assert pdf["Content-Type"] == "application/pdf"
    text = pdf_text(pdf.content)
    assert "Budgetopfølgning" in text and "Marts" in text and "INTERNT" not in text
    client.force_login(secretary)
    assert "INTERNT" in client.get("/aarshjul/?aar=2026").content.decode()
    assert client.get("/aarshjul/?aar=abc").status_code == 404


def test_the_wheel_shows_long_labels_whole_over_two_lines() -> None:
    head = "Dialogmøder: Vej- og ejendomschef Kim T. Jensen"
    assert label_lines(head, 35) == ["Dialogmøder:", "Vej- og ejendomschef Kim T. Jensen"]
    assert label_lines(head, 50) == [head]
    # broken between words; what does not fit in two lines ends in '…'
    assert label_lines("Opfølgning på den samlede handleplan for sygefravær", 20) == [
        "Opfølgning på den",
        "samlede handleplan…",
    ]
    svg = wheel_svg([Entry(11, head, "Direktionen"), Entry(11, "Budget", "Direktionen")], "Å")
    # each label's lines stacked, none over another: the month's three lines apart
    assert ">Vej- og ejendomschef Kim T. Jensen</tspan>" in svg
    ys = [float(y) for y in re.findall(r'<text x="[\d.]+" y="([\d.]+)" text-anchor="end"', svg)]
    assert len(ys) == 2 and round(ys[1] - ys[0]) == 2 * LINE


def _actions() -> tuple[m.Action, m.Action, m.Action]:
    pub = f.meeting(date(2026, 11, 4))
    open_item = f.item(pub, "Budget", "open", "budget", order=1)
    closed_item = f.item(pub, "Personalesag", "closed", "HEMMELIGORD", order=2)
    overdue = m.Action.objects.create(
        item=open_item,
        point=open_item.points.get(),
        text="Økonomichefen følger op på budgettet",
        verb="følger op",
        responsible_role="Økonomichefen",
        due_date=date.today() - timedelta(days=3),
    )
    later = m.Action.objects.create(
        item=open_item,
        text="HR følger op",
        verb="følger op",
        responsible_role="HR-chefen",
        due_date=date.today() + timedelta(days=30),
    )
    secret = m.Action.objects.create(
        item=closed_item, text="HEMMELIGORD følges op", verb="følger op", due_date=date.today()
    )
    return overdue, later, secret


def test_tracker_for_the_public(client: Client, db) -> None:  # type: ignore[no-untyped-def]
    overdue, later, secret = _actions()
    page = client.get("/opfoelgning/").content.decode()
    assert "Økonomichefen følger op" in page and "HR følger op" in page
    assert "HEMMELIGORD" not in page
    assert 'class="overdue"' in page and "overskredet" in page
    only = client.get("/opfoelgning/?overskredet=1").content.decode()
    assert "Økonomichefen følger op" in only and "HR følger op" not in only
    by_person = client.get("/opfoelgning.json?ansvarlig=HR").json()
    assert [a["text"] for a in by_person["actions"]] == ["HR følger op"]
    cal = icalendar.Calendar.from_ical(client.get("/opfoelgning.ics").content)
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert len(summaries) == 2 and not any("HEMMELIGORD" in s for s in summaries)
    # The week's summary is for members.
    assert client.get("/opfoelgning/uge/").status_code == 302


def test_a_follow_up_due_at_the_next_meeting_takes_its_date_once_it_is_planned(
    client: Client, secretary: User
) -> None:
    """'Økonomichefen følger op på næste møde': due at the body's first meeting after the
    one that decided it, which may be planned (or imported) only later; the public learns
    its date when that meeting's agenda is public, not from a draft."""
    decided = f.meeting(date(2026, 11, 4))
    item = f.item(decided, "Budget", "open", "budget")
    m.Action.objects.create(
        item=item,
        text="Økonomichefen følger op på næste møde",
        verb="følger op",
        responsible_role="Økonomichefen",
        due_next_body=decided.body,
    )

    def due(as_json: dict) -> list[tuple[str | None, str | None]]:
        return [(a["due"], a["due_next_meeting"]) for a in as_json["actions"]]

    assert due(client.get("/opfoelgning.json").json()) == [(None, "DIR")]
    assert "næste møde" in client.get("/opfoelgning/").content.decode()
    f.meeting(date(2026, 11, 10), code="ØK", name="Økonomiudvalget")  # another body's
    seminar = w.create_meeting(f.body(), date(2026, 11, 12), secretary, kind="seminar")
    seminar.state = "published"  # a seminar decides no cases: not the next meeting
    seminar.save()
    draft = w.create_meeting(f.body(), date(2026, 11, 25), secretary)
    assert due(client.get("/opfoelgning.json").json()) == [(None, "DIR")]
    client.force_login(secretary)
    assert due(client.get("/opfoelgning.json").json()) == [("2026-11-25", "DIR")]
    client.logout()
    draft.state = "agenda_published"
    draft.save()
    assert due(client.get("/opfoelgning.json").json()) == [("2026-11-25", "DIR")]
    cal = icalendar.Calendar.from_ical(client.get("/opfoelgning.ics").content)
    assert [e["dtstart"].dt for e in cal.walk("VEVENT")] == [date(2026, 11, 25)]
    # a meeting found between them later (imported from the archive) is the next one
    f.meeting(date(2026, 11, 18))
    assert due(client.get("/opfoelgning.json").json()) == [("2026-11-18", "DIR")]
    overdue = client.get("/opfoelgning/?overskredet=1").content.decode()
    assert "næste møde 18-11-2026" in overdue and "overskredet" in overdue
    page = client.get("/organer/direktionen/moeder/2026-11-04/sager/1/").content.decode()
    assert "(frist næste møde 18-11-2026, åben)" in page


def test_tracker_links_source_and_closing_point(client: Client, secretary: User) -> None:
    overdue, _, _ = _actions()
    later = w.create_meeting(f.body(), date(2026, 12, 2), secretary, actions=[overdue])
    carried = later.items.get().points.get(follows=overdue.point)
    client.force_login(secretary)
    client.post(
        f"/sekretariat/sager/{carried.item_id}/opfoelgning/{overdue.pk}/status/", {"at": carried.pk}
    )
    overdue.refresh_from_db()
    assert (overdue.status, overdue.closed_point) == ("done", carried)
    assert overdue.closed_at is not None
    later.state = "published"
    later.save()
    done = client.get("/opfoelgning/?status=done").content.decode()
    assert "afsluttet ved 02-12-2026" in done
    assert "/organer/direktionen/moeder/2026-11-04/sager/1/#punkt-1" in done
    week = client.get(
        f"/opfoelgning/uge/?uge={date.today().isocalendar().year}-W{date.today().isocalendar().week:02d}"
    ).content.decode()
    assert "Overskredne frister" in week and "Afsluttet i denne uge" in week
    assert "Økonomichefen følger op" in week


def test_personal_view(client: Client, secretary: User) -> None:
    overdue, later, _ = _actions()
    assert client.get("/opfoelgning/mine/").status_code == 302
    director = create_user("direktoer", PASSWORD, role="member")
    client.force_login(director)
    assert "ikke knyttet til en person" in client.get("/opfoelgning/mine/").content.decode()
    person = m.Person.objects.create(
        name="Bettina Andersen", slug="bettina-andersen", user=director
    )
    overdue.responsible_people.add(person)
    page = client.get("/opfoelgning/mine/").content.decode()
    assert "Økonomichefen følger op" in page and "HR følger op" not in page


def test_timeline_across_bodies(client: Client, secretary: User) -> None:
    dir_meeting = f.meeting(date(2026, 11, 4))
    item = f.item(dir_meeting, "Planstrategi", "open", "plan")
    for i, code in enumerate(["DIR", "MTU", "ØK", "KB"]):
        m.RoutingStep.objects.create(item=item, body=f.body(code, code), order=i)
    m.Referral.objects.create(
        item=item,
        body=f.body("ØK", "ØK"),
        date=date(2026, 12, 6),
        kind="referral",
        text="Behandles endelig i ØK d. 6. december",
    )
    again = w.create_meeting(f.body(), date(2026, 12, 16), secretary)
    w.carry_point(again.items.get(), item.points.get())
    again.state = "published"
    again.save()
    data = client.get("/organer/direktionen/moeder/2026-11-04/sager/1.json").json()
    path = [(e["date"], e["body"], e["kind"]) for e in data["timeline"]]
    assert path == [
        ("2026-11-04", "DIR", "this"),
        ("2026-12-06", "ØK", "referral"),
        ("2026-12-16", "DIR", "continued"),
        (None, "MTU", "routing"),
        (None, "KB", "routing"),
    ]
    page = client.get("/organer/direktionen/moeder/2026-11-04/sager/1/").content.decode()
    assert "dato ikke fastsat" in page
    assert '<span class="when">6. december 2026</span>' in page  # as a reader writes it
    later = client.get("/organer/direktionen/moeder/2026-12-16/sager/1.json").json()
    assert ("2026-11-04", "DIR", "earlier") in [
        (e["date"], e["body"], e["kind"]) for e in later["timeline"]
    ]


def test_a_later_meeting_looking_back_is_the_cases_later_treatment(
    client: Client, secretary: User
) -> None:
    """A later item that reports this meeting's treatment ('Opfølgning på behandlingen i
    direktionen d. 4. november', an earlier treatment to it) is the case's later treatment
    on this meeting's item, not an earlier one."""
    first = f.item(f.meeting(date(2026, 11, 4)), "Ledelsesevaluering", "open", "evaluering")
    follow_up = f.item(f.meeting(date(2026, 11, 20)), "Ledelsesevaluering", "open", "opfølgning")
    m.Referral.objects.create(
        item=follow_up,
        body=f.body(),
        date=date(2026, 11, 4),
        kind="previous",
        text="Opfølgning på behandlingen i direktionen d. 4. november.",
    )
    url = f"/organer/direktionen/moeder/2026-11-04/sager/{first.order}"
    data = client.get(f"{url}.json").json()
    assert ("2026-11-20", "DIR", "later") in [
        (e["date"], e["body"], e["kind"]) for e in data["timeline"]
    ]
    page = client.get(f"{url}/").content.decode()
    assert "senere behandling" in page and "tidligere behandling" not in page
    # and on the later item, this meeting is the earlier treatment
    later = client.get("/organer/direktionen/moeder/2026-11-20/sager/1.json").json()
    assert ("2026-11-04", "DIR", "previous") in [
        (e["date"], e["body"], e["kind"]) for e in later["timeline"]
    ]


def test_timeline_follows_the_case_to_the_items_of_the_other_bodies(
    client: Client, secretary: User
) -> None:
    def routed(when: date, code: str, title: str, access: str = "open") -> m.AgendaItem:
        item = f.item(f.meeting(when, code=code, name=code), title, access)
        for order, step in enumerate(["DIR", "MTU", "ØK", "KB"] if code == "DIR" else route):
            m.RoutingStep.objects.create(item=item, body=f.body(step, step), order=order)
        return item

    route = ["MTU", "ØK", "KB"]
    board = routed(date(2026, 11, 4), "DIR", "Planstrategi")
    m.Referral.objects.create(
        item=board, body=f.body("ØK", "ØK"), date=date(2026, 12, 6), kind="referral", text="ØK"
    )
    committee = routed(date(2026, 11, 20), "MTU", "Planstrategi", access="closed")
    finance = routed(date(2026, 12, 6), "ØK", "Planstrategi")
    council = routed(date(2026, 12, 13), "KB", "Endelig vedtagelse af planstrategien")
    for item in (committee, finance, council):
        item.case_number = "01.02.05-P16-3-26"
        item.save()
    links = {
        item: (f"/organer/{item.meeting.body.slug}/moeder/{item.meeting.date}/sager/1/")
        for item in (board, committee, finance, council)
    }
    committee_meeting = links[committee].removesuffix("sager/1/")

    def path(item: m.AgendaItem) -> list[tuple[str | None, str, str, str | None]]:
        data = client.get(links[item].rstrip("/") + ".json").json()
        return [(e["date"], e["body"], e["kind"], e["url"]) for e in data["timeline"]]

    # the board's item has no case number: the heading joins MTU's and ØK's items, not KB's
    # reworded one; MTU's closed item is listed by its meeting to the public
    assert path(board) == [
        ("2026-11-04", "DIR", "this", links[board]),
        ("2026-11-20", "MTU", "later", committee_meeting),
        ("2026-12-06", "ØK", "referral", links[finance]),  # the referral leads to the item
        (None, "KB", "routing", None),
    ]
    # ØK's item is numbered: KB's reworded item is the same case
    assert path(finance) == [
        ("2026-11-04", "DIR", "earlier", links[board]),  # it referred the case here
        ("2026-11-20", "MTU", "earlier", committee_meeting),
        ("2026-12-06", "ØK", "this", links[finance]),
        ("2026-12-13", "KB", "later", links[council]),
    ]
    page = client.get(links[finance]).content.decode()
    assert "senere behandling" in page and "Endelig vedtagelse af planstrategien" in page
    assert f'<a href="{links[council]}">se sagen</a>' in page
    assert f'<a href="{committee_meeting}">se mødet</a>' in page
    assert client.login(username="sekretaer", password=PASSWORD)
    assert ("2026-11-20", "MTU", "earlier", links[committee]) in path(finance)


def test_wheel_speaks_english_too(client: Client, db) -> None:  # type: ignore[no-untyped-def]
    topic(title="Budgetopfølgning", public=True, month=5, rule="yearly")
    danish = client.get("/aarshjul/?aar=2026").content.decode()
    assert ">maj</text>" in danish and "Årshjul 2026" in danish
    client.cookies["django_language"] = "en"
    english = client.get("/aarshjul/?aar=2026").content.decode()
    assert ">may</text>" in english and "Annual plan 2026" in english and "May" in english


def test_topics_added_later_come_onto_the_draft(client: Client, secretary: User) -> None:
    meeting = w.create_meeting(f.body(), date(2026, 12, 2), secretary)
    topic(title="Trivselsmåling", rule="yearly", month=12)
    client.force_login(secretary)
    response = client.post(f"/sekretariat/moeder/{meeting.pk}/aarshjul/", follow=True)
    assert "1 punkter fra årshjulet er sat på" in response.content.decode()
    assert meeting.items.get().points.get().title == "Trivselsmåling"
    client.post(f"/sekretariat/moeder/{meeting.pk}/aarshjul/")
    assert meeting.items.get().points.count() == 1  # not twice


def carried(secretary: User, day: date) -> list[str]:
    """The titles of the points a new, published meeting of the body on day took up again."""
    meeting = w.create_meeting(f.body(), day, secretary)
    meeting.state = "published"
    meeting.save()
    return [p.title for p in meeting.items.get().points.filter(follows__isnull=False)]


def test_returns_without_a_day_find_their_meeting(client: Client, secretary: User) -> None:
    """'Punktet genoptages på næste møde' comes to the body's next meeting, '… i januar' to
    its first meeting in January: on the drafts made for them, and in the case's timeline
    with a link once the meeting is there."""
    dir_meeting = f.meeting(date(2026, 11, 4))
    item = f.item(dir_meeting, "Planstrategi", "open", "plan")
    first = item.points.get()
    second = m.Point.objects.create(item=item, order=1, title="Årshjul")
    m.Referral.objects.create(
        item=item,
        point=first,
        body=f.body(),
        date=dir_meeting.date,
        precision="next",
        kind="return",
        text="Punktet genoptages på næste møde.",
    )
    m.Referral.objects.create(
        item=item,
        point=second,
        body=f.body(),
        date=date(2027, 1, 1),
        precision="month",
        kind="return",
        text="Punktet drøftes igen i januar.",
    )
    data = client.get("/organer/direktionen/moeder/2026-11-04/sager/1.json").json()
    shown = [(e["when"], e["kind"], e["url"]) for e in data["timeline"] if e["kind"] != "this"]
    assert shown == [("næste møde", "return", None), ("januar 2027", "return", None)]

    seminar = w.create_meeting(f.body(), date(2026, 11, 11), secretary, kind="seminar")
    assert not seminar.items.get().points.exists()  # no case comes back to a seminar
    seminar.state = "published"  # nor is it linked as the next meeting
    seminar.save()
    assert carried(secretary, date(2026, 11, 18)) == [first.title]
    assert carried(secretary, date(2026, 12, 2)) == []  # the next meeting was the one before
    assert carried(secretary, date(2027, 1, 6)) == ["Årshjul"]
    assert carried(secretary, date(2027, 1, 20)) == []  # January's first meeting took it
    data = client.get("/organer/direktionen/moeder/2026-11-04/sager/1.json").json()
    links = [e["url"] for e in data["timeline"] if e["kind"] == "return"]
    assert links == [
        "/organer/direktionen/moeder/2026-11-18/",
        "/organer/direktionen/moeder/2027-01-06/",
    ]
    page = client.get("/organer/direktionen/moeder/2026-11-04/sager/1/").content.decode()
    assert "næste møde" in page and "januar 2027" in page
    client.cookies["django_language"] = "en"
    page = client.get("/organer/direktionen/moeder/2026-11-04/sager/1/").content.decode()
    assert "next meeting" in page and "January 2027" in page and "4 November 2026" in page
    del client.cookies["django_language"]
    # The meeting it comes to names it as coming from the earlier one.
    later = client.get("/organer/direktionen/moeder/2026-11-18/sager/1.json").json()
    assert ("2026-11-04", "DIR", "earlier") in [
        (e["date"], e["body"], e["kind"]) for e in later["timeline"]
    ]


def test_returns_in_a_period_find_their_first_meeting_in_it(
    client: Client, secretary: User
) -> None:
    """'Punktet genoptages i efteråret' (decided in the autumn) comes to the body's next
    meeting in it, '… i 1. kvartal 2027' to its first meeting in the quarter, '… i uge 2' to
    its meeting that week; the timeline says the period in the reader's language."""
    dir_meeting = f.meeting(date(2026, 11, 4))
    item = f.item(dir_meeting, "Planstrategi", "open", "plan")
    autumn = item.points.get()
    quarter = m.Point.objects.create(item=item, order=1, title="Årshjul")
    week = m.Point.objects.create(item=item, order=2, title="Seminar")
    for point, first, last, text in [
        (autumn, date(2026, 9, 1), date(2026, 11, 30), "Punktet genoptages i efteråret."),
        (quarter, date(2027, 1, 1), date(2027, 3, 31), "Drøftes igen i 1. kvartal 2027."),
        (week, date(2027, 1, 11), date(2027, 1, 17), "Genoptages i uge 2."),
    ]:
        m.Referral.objects.create(
            item=item,
            point=point,
            body=f.body(),
            date=first,
            until=last,
            precision="period",
            kind="return",
            text=text,
        )
    data = client.get("/organer/direktionen/moeder/2026-11-04/sager/1.json").json()
    shown = [e["when"] for e in data["timeline"] if e["kind"] == "return"]
    assert shown == ["september–november 2026", "januar–marts 2027", "uge 2 2027"]

    assert carried(secretary, date(2026, 11, 18)) == [autumn.title]
    assert carried(secretary, date(2026, 12, 2)) == []  # the autumn is over
    assert carried(secretary, date(2027, 1, 6)) == ["Årshjul"]
    assert carried(secretary, date(2027, 1, 13)) == [
        "Seminar"
    ]  # the quarter's first meeting was before
    data = client.get("/organer/direktionen/moeder/2026-11-04/sager/1.json").json()
    links = [e["url"] for e in data["timeline"] if e["kind"] == "return"]
    assert links == [
        "/organer/direktionen/moeder/2026-11-18/",
        "/organer/direktionen/moeder/2027-01-06/",
        "/organer/direktionen/moeder/2027-01-13/",
    ]
    client.cookies["django_language"] = "en"
    page = client.get("/organer/direktionen/moeder/2026-11-04/sager/1/").content.decode()
    assert "September–November 2026" in page and "week 2 2027" in page
