"""A meeting's life in the data layer: templates, states, the audit log, approval locking the
minutes in the database itself, corrections by addition, and the documents it renders to."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.test import Client

from dagsorden.core import parse_bytes
from dagsorden.core.serialize import to_dict
from dagsorden.importer.run import import_paths
from dagsorden.importer.store import LockedMinutes, store_minutes
from dagsorden.meetings import models as m
from dagsorden.meetings import workflow as w
from dagsorden.meetings.export import meeting_minutes, meeting_pdf
from dagsorden.meetings.guard import maintenance

from . import factories as f

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.fixture
def secretary(db) -> User:  # type: ignore[no-untyped-def]
    from dagsorden.accounts.users import create_user

    return create_user("sekretaer", "Langt-kodeord-42", role="secretary")


def prepared(user: User, when: date = date(2026, 12, 2)) -> m.Meeting:
    """A meeting made from the template, with an open and a closed point, attendance and an
    attachment of each kind."""
    meeting = w.create_meeting(f.body(), when, user, start=time(9))
    item = meeting.items.get()
    w.add_point(item, title="Budgetopfølgning", presentation="Status på budget 2027.")
    w.add_point(
        item,
        title="Oplæg om klimaplan",
        kind="presentation",
        presenter="Teknik- og miljødirektør Anders Jensen",
        duration=5,
        guest="Klimakoordinator Mette Holm",
        guest_time=time(10),
    )
    m.Attachment.objects.create(
        item=item,
        number=1,
        title="Budgetnotat",
        access="open",
        document_id="3011525",
        journal_number="8725/26",
    )
    m.Attachment.objects.create(
        item=item,
        number=2,
        title="Fortroligt notat",
        access="closed",
        document_id="3011526",
        journal_number="8726/26",
    )
    closed = m.AgendaItem.objects.create(
        meeting=meeting,
        order=2,
        title="Personalesag",
        access="closed",
        presentation="HEMMELIGORD i sagen.",
        recommendation="Drøftes.",
    )
    m.Point.objects.create(item=closed, order=0, title="Ansættelse", presentation="HEMMELIGORD.")
    return meeting


def decide(meeting: m.Meeting) -> None:
    for p in m.Point.objects.filter(item__meeting=meeting):
        p.decision = "Godkendt." if p.item.access == "open" else "Drøftet HEMMELIGORD."
        p.save()
    person = m.Person.objects.create(name="Lene Mehlsen", slug="lene-mehlsen")
    m.Attendance.objects.create(
        meeting=meeting, person=person, status="afbud", title="Velfærdsdirektør", remark="formand"
    )


def test_new_meeting_starts_from_the_standard_texts(secretary: User) -> None:
    meeting = w.create_meeting(f.body(), date(2026, 12, 2), secretary)
    item = meeting.items.get()
    assert meeting.state == "draft"
    assert item.presentation.startswith("I økonomiaftalen mellem regeringen og KL")
    assert "5 minutters oplæg" in item.presentation
    assert item.recommendation == "Kommunaldirektøren indstiller, at punkterne behandles."
    assert [s.body.code for s in item.routing_steps.all()] == ["DIR"]
    with pytest.raises(w.WorkflowError):
        w.create_meeting(f.body(), date(2026, 12, 2), secretary)


def test_standard_texts_are_versioned(secretary: User) -> None:
    old = w.create_meeting(f.body(), date(2026, 12, 2), secretary)
    new_text = w.save_standard_text(
        "indstilling-punkter", "Direktøren indstiller, at punkterne drøftes.", secretary
    )
    assert new_text.version == 2
    assert m.StandardText.objects.filter(key="indstilling-punkter").count() == 2
    later = w.create_meeting(f.body(), date(2026, 12, 9), secretary)
    assert later.items.get().recommendation == "Direktøren indstiller, at punkterne drøftes."
    assert (
        old.items.get().recommendation == "Kommunaldirektøren indstiller, at punkterne behandles."
    )


def test_states_in_order_each_logged(secretary: User) -> None:
    meeting = prepared(secretary)
    with pytest.raises(w.WorkflowError):
        w.advance(meeting, "published", secretary)
    w.advance(meeting, "agenda_published", secretary)
    w.advance(meeting, "held", secretary)
    with pytest.raises(w.WorkflowError, match="mangler en beslutning"):
        w.advance(meeting, "minutes_approved", secretary)
    decide(meeting)
    meeting = w.advance(meeting, "minutes_approved", secretary)
    assert meeting.locked
    w.advance(meeting, "published", secretary)
    log = list(m.AuditEntry.objects.filter(object_type="meetings.meeting").order_by("id"))
    assert [e.action for e in log] == [
        "create_meeting",
        "publish_agenda",
        "hold",
        "approve_minutes",
        "publish_minutes",
    ]
    assert all(e.user == secretary for e in log)


def approved(secretary: User) -> m.Meeting:
    meeting = prepared(secretary)
    for state in ("agenda_published", "held"):
        w.advance(meeting, state, secretary)
    decide(meeting)
    return w.advance(meeting, "minutes_approved", secretary)


def _run(sql: str, params: list) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


# Every way of changing approved minutes, as raw SQL: the database itself must refuse it.
TAMPERING = {
    "edit a decision": (
        "UPDATE meetings_point SET decision = 'x' WHERE item_id IN (SELECT id FROM meetings_agendaitem WHERE meeting_id = %s)",
        "meeting",
    ),
    "delete a point": (
        "DELETE FROM meetings_point WHERE item_id IN (SELECT id FROM meetings_agendaitem WHERE meeting_id = %s)",
        "meeting",
    ),
    "add a point": (
        "INSERT INTO meetings_point (item_id, \"order\", title, presentation, decision, kind, presenter, guest) SELECT id, 9, 't', '', '', 'ordinary', '', '' FROM meetings_agendaitem WHERE meeting_id = %s",
        "meeting",
    ),
    "retitle an item": (
        "UPDATE meetings_agendaitem SET title = 'x' WHERE meeting_id = %s",
        "meeting",
    ),
    "open a closed item": (
        "UPDATE meetings_agendaitem SET access = 'open' WHERE meeting_id = %s",
        "meeting",
    ),
    "move an item away": (
        "UPDATE meetings_agendaitem SET meeting_id = (SELECT max(id) FROM meetings_meeting) + 1000 WHERE meeting_id = %s",
        "meeting",
    ),
    "remove an absence": ("DELETE FROM meetings_attendance WHERE meeting_id = %s", "meeting"),
    "say someone took no part in an item": (
        "INSERT INTO meetings_itemabsence (item_id, person_id, kind, title, remark) SELECT i.id, p.id, 'inhabil', '', '' FROM meetings_agendaitem i, meetings_person p WHERE i.meeting_id = %s",
        "meeting",
    ),
    "rename an attachment": (
        "UPDATE meetings_attachment SET title = 'x' WHERE item_id IN (SELECT id FROM meetings_agendaitem WHERE meeting_id = %s)",
        "meeting",
    ),
    "change the routing": (
        "DELETE FROM meetings_routingstep WHERE item_id IN (SELECT id FROM meetings_agendaitem WHERE meeting_id = %s)",
        "meeting",
    ),
    "redate the meeting": (
        "UPDATE meetings_meeting SET date = '2020-01-01' WHERE id = %s",
        "meeting",
    ),
    "unlock the meeting": ("UPDATE meetings_meeting SET locked_at = NULL WHERE id = %s", "meeting"),
    "send it back to draft": (
        "UPDATE meetings_meeting SET state = 'draft' WHERE id = %s",
        "meeting",
    ),
    "delete the meeting": ("DELETE FROM meetings_meeting WHERE id = %s", "meeting"),
    "edit the audit log": ("UPDATE meetings_auditentry SET why = 'x' WHERE id > %s", "zero"),
    "delete from the audit log": ("DELETE FROM meetings_auditentry WHERE id > %s", "zero"),
}


@pytest.mark.parametrize("what", list(TAMPERING))
def test_database_refuses_changes_to_approved_minutes(secretary: User, what: str) -> None:
    meeting = approved(secretary)
    sql, param = TAMPERING[what]
    with pytest.raises(IntegrityError, match="append-only"):
        _run(sql, [meeting.pk if param == "meeting" else 0])


def test_unapproved_minutes_stay_changeable(secretary: User) -> None:
    meeting = prepared(secretary)
    _run(TAMPERING["edit a decision"][0], [meeting.pk])
    _run(TAMPERING["delete a point"][0], [meeting.pk])
    assert not m.Point.objects.filter(item__meeting=meeting).exists()


def test_approved_minutes_may_still_be_published_and_followed_up(secretary: User) -> None:
    meeting = approved(secretary)
    w.advance(meeting, "published", secretary)  # the one step allowed after approval
    action = m.Action.objects.create(item=meeting.items.first(), text="Følger op", verb="følger op")
    action.status = "done"
    action.save()  # the follow-up tracker is not part of the locked minutes


def test_maintenance_may_empty_the_database(secretary: User) -> None:
    approved(secretary)
    with maintenance():
        m.AuditEntry.objects.all().delete()
        m.Point.objects.all().delete()
    assert not m.Point.objects.exists()


def test_corrections_by_addition(secretary: User, client: Client) -> None:
    meeting = approved(secretary)
    point = m.Point.objects.filter(item__meeting=meeting, item__access="open").first()
    with pytest.raises(w.WorkflowError):
        w.correct(meeting, secretary, "Ny tekst", "", point=point)
    w.correct(
        meeting,
        secretary,
        "Godkendt med bemærkning om likviditet.",
        "Udeladt ved en fejl",
        point=point,
    )
    w.advance(meeting, "published", secretary)
    entry = m.AuditEntry.objects.get(action="correct")
    assert (entry.user, entry.why) == (secretary, "Udeladt ved en fejl")
    page = client.get("/organer/direktionen/moeder/2026-12-02/").content.decode()
    assert "rettet" in page and "bemærkning om likviditet" in page
    assert "Godkendt." in page  # the original stays
    with pytest.raises(IntegrityError):
        _run("UPDATE meetings_correction SET text = 'x' WHERE id > %s", [0])


def test_unapproved_corrections_are_refused(secretary: User) -> None:
    meeting = prepared(secretary)
    with pytest.raises(w.WorkflowError):
        w.correct(meeting, secretary, "x", "y")


def test_import_refuses_to_change_approved_minutes(secretary: User) -> None:
    meeting = approved(secretary)
    minutes = meeting_minutes(meeting, True, True)
    with pytest.raises(LockedMinutes, match="er godkendt i dagsorden og låst"):
        store_minutes(minutes, "changed.pdf")


def test_returns_are_placed_on_the_later_agenda(secretary: User) -> None:
    meeting = prepared(secretary)
    point = m.Point.objects.filter(item__meeting=meeting).first()
    w.record_return(point, date(2026, 12, 16), secretary)
    later = w.create_meeting(f.body(), date(2026, 12, 16), secretary)
    carried = later.items.get().points.get()
    assert (carried.title, carried.follows) == (point.title, point)
    # A return to a meeting that exists already goes straight onto its draft.
    w.record_return(point, date(2026, 12, 16), secretary)
    assert later.items.get().points.count() == 1
    other = m.Point.objects.filter(item__meeting=meeting).last()
    w.record_return(other, date(2026, 12, 16), secretary)
    assert later.items.get().points.count() == 2


def test_open_points_offered(secretary: User) -> None:
    meeting = prepared(secretary)
    point = m.Point.objects.filter(item__meeting=meeting).first()
    w.record_return(point, date(2026, 12, 9), secretary)  # no meeting was held that day
    action = m.Action.objects.create(
        item=point.item, point=point, text="Økonomichefen følger op", verb="følger op"
    )
    offer = w.open_points(f.body(), date(2026, 12, 16))
    assert offer["points"] == [point] and offer["actions"] == [action]


def _pdf_text(data: bytes) -> str:
    import pypdfium2

    return "\n".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(data))


def test_public_pdf_withholds_closed_content(secretary: User) -> None:
    meeting = approved(secretary)
    w.advance(meeting, "published", secretary)
    anonymous = _pdf_text(meeting_pdf(meeting, None, True))
    full = _pdf_text(meeting_pdf(meeting, secretary, True))
    assert "Personalesag" in anonymous and "Lukket Sag" in anonymous
    assert "Fortroligt notat" in anonymous  # a closed attachment by title only
    for secret in ("HEMMELIGORD", "3011526", "8726/26"):
        assert secret not in anonymous and secret in full


def test_generated_meeting_round_trips_through_its_pdf(secretary: User) -> None:
    meeting = approved(secretary)
    record = meeting_minutes(meeting, True, True)
    back = parse_bytes(meeting_pdf(meeting, secretary, True), source="x.pdf")
    assert [(i.title, i.access, i.routing) for i in back.items] == [
        (i.title, i.access, i.routing) for i in record.items
    ]
    first, original = back.items[0], record.items[0]
    assert [p.title for p in first.points] == ["Budgetopfølgning.", "Oplæg om klimaplan."]
    assert [p.decision for p in first.points] == ["Godkendt.", "Godkendt."]
    assert "Klimakoordinator Mette Holm deltager i punktet kl. 10." in first.points[1].presentation
    assert first.recommendation == original.recommendation
    assert [
        (a.number, a.document_id, a.access, a.title, a.journal_number) for a in first.attachments
    ] == [
        (1, "3011525", "open", "Budgetnotat", "8725/26"),
        (2, "3011526", "closed", "Fortroligt notat", "8726/26"),
    ]
    assert [(a.name, a.kind, a.title, a.note) for a in back.absent] == [
        ("Lene Mehlsen", "afbud", "Velfærdsdirektør", "formand")
    ]


@pytest.mark.parametrize("seed", sorted(p.name for p in GOLDEN.glob("*.txt")))
def test_seed_meetings_round_trip_through_their_pdf(db, seed: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import a seed, render the meeting's minutes PDF from the database, parse it again: the
    same fields as the golden test expects, and (when ../shared is beside the checkout) the
    shared scorer gives 1.000 against the gold file."""
    from tests.core.test_golden import comparable

    result = import_paths([GOLDEN / seed], progress=False)
    assert result.failed == []
    meeting = m.Meeting.objects.get()
    pred = to_dict(parse_bytes(meeting_pdf(meeting, None, True), source=seed))
    expected = json.loads((GOLDEN / seed.replace(".txt", ".expected.json")).read_text())
    assert comparable(pred) == comparable(expected)
    # the attachments' points too, from the database and from the PDF read again
    parsed = [a.point_index for a in parse_bytes((GOLDEN / seed).read_bytes()).items[0].attachments]
    stored = [a.point_index for a in meeting_minutes(meeting, True, True).items[0].attachments]
    assert stored == parsed == [a["point_index"] for a in pred["items"][0]["attachments"]]
    tool, gold = (
        SHARED / "tools" / "score_minutes.py",
        SHARED / "gold" / seed.replace(".txt", ".json"),
    )
    if tool.exists() and gold.exists():
        out = tmp_path / "pred.json"
        out.write_text(json.dumps(pred, ensure_ascii=False))
        score = subprocess.run(
            [sys.executable, str(tool), str(gold), str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert score.stdout.strip().splitlines()[-1] == "overall 1.000", score.stdout


def test_triggers_come_back_when_a_migration_loses_them(db) -> None:  # type: ignore[no-untyped-def]
    """SQLite drops a table's triggers when a migration rebuilds the table: after every
    migrate, the guard and the search triggers are checked and put back."""
    from django.core.management.sql import emit_post_migrate_signal

    from dagsorden.meetings.guard import existing_triggers, trigger_names

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER guard_point_update")
            cursor.execute("DROP TRIGGER search_public_agendaitem")
        else:
            cursor.execute("DROP TRIGGER guard_point ON meetings_point")
            cursor.execute("DROP TRIGGER search_public_agendaitem ON meetings_agendaitem")
    assert not trigger_names(connection.vendor) <= existing_triggers(connection)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    present = existing_triggers(connection)
    assert trigger_names(connection.vendor) <= present
    assert "search_public_agendaitem" in present


@pytest.mark.django_db(transaction=True)
def test_decisions_enter_public_search_with_the_published_minutes(client: Client) -> None:
    """Real commits: the index follows each change when its transaction commits."""
    from dagsorden.accounts.users import create_user

    secretary = create_user("sekretaer", "Langt-kodeord-42", role="secretary")

    def hits() -> int:
        return client.get("/soeg.json?q=likviditetsreserve").json()["total"]

    meeting = prepared(secretary)
    w.advance(meeting, "agenda_published", secretary)
    w.advance(meeting, "held", secretary)
    for point in m.Point.objects.filter(item__meeting=meeting):
        point.decision = (
            "Godkendt med likviditetsreserve." if point.title == "Budgetopfølgning" else "Drøftet."
        )
        point.save()
    assert hits() == 0  # held: the agenda is public, its decisions are not
    w.advance(meeting, "minutes_approved", secretary)
    assert hits() == 0
    w.advance(meeting, "published", secretary)
    assert hits() == 1
