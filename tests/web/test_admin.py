"""The admin, used as the secretariat would: create a body, a meeting with attendance, and an
item with points, attachments, routing and a decision."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from dagsorden.meetings import models as m

pytestmark = pytest.mark.django_db


def post_add(
    client: Client,
    url: str,
    fields: dict[str, Any],
    inlines: dict[str, list[dict[str, Any]]] | None = None,
) -> Any:
    """Post an admin add form, filling every inline's management form."""
    page = client.get(url).content.decode()
    data: dict[str, Any] = dict(fields)
    for prefix in re.findall(r'name="([\w-]+)-TOTAL_FORMS"', page):
        rows = (inlines or {}).get(prefix, [])
        data[f"{prefix}-TOTAL_FORMS"] = len(rows)
        data[f"{prefix}-INITIAL_FORMS"] = 0
        for i, row in enumerate(rows):
            for key, value in row.items():
                data[f"{prefix}-{i}-{key}"] = value
    return client.post(url, data)


def test_admin_builds_a_meeting(admin_client: Client) -> None:
    org = m.Organisation.objects.create(name="Norddjurs Kommune", slug="norddjurs")
    r = post_add(
        admin_client,
        "/admin/meetings/body/add/",
        {
            "organisation": org.id,
            "name": "Direktionen",
            "code": "DIR",
            "kind": "administrative",
            "slug": "direktionen",
        },
    )
    assert r.status_code == 302, r.content[:2000]
    body = m.Body.objects.get(code="DIR")
    person = m.Person.objects.create(name="Lene Mehlsen", slug="lene-mehlsen")

    r = post_add(
        admin_client,
        "/admin/meetings/meeting/add/",
        {
            "body": body.id,
            "date": "2023-03-01",
            "kind": "ordinary",
            "state": "draft",
            "place": "Rådhuset",
        },
        {
            "attendance": [
                {
                    "person": person.id,
                    "status": "afbud",
                    "title": "Velfærdsdirektør",
                    "remark": "formand",
                }
            ]
        },
    )
    assert r.status_code == 302, r.content[:3000]
    meeting = m.Meeting.objects.get()
    assert meeting.attendance.get().remark == "formand"

    upload = SimpleUploadedFile("årshjul.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    r = post_add(
        admin_client,
        "/admin/meetings/agendaitem/add/",
        {
            "meeting": meeting.id,
            "order": 1,
            "title": "Punkter til behandling",
            "access": "open",
            "presentation": "Direktionen har følgende punkter",
            "recommendation": "Kommunaldirektøren indstiller.",
        },
        {
            "routing_steps": [{"body": body.id, "order": 0}],
            "points": [
                {
                    "order": 0,
                    "number": 1,
                    "title": "Budget.",
                    "kind": "ordinary",
                    "presentation": "Budget.",
                    "decision": "Drøftet.",
                }
            ],
            "decisions": [{"body": body.id, "date": "2023-03-01", "text": "Drøftet."}],
            "attachments": [
                {
                    "number": 1,
                    "title": "Årshjul 2023",
                    "access": "open",
                    "journal_number": "1/23",
                    "file": upload,
                }
            ],
        },
    )
    assert r.status_code == 302, r.content[:3000]
    item = m.AgendaItem.objects.get()
    assert item.points.get().decision == "Drøftet."
    attachment = item.attachments.get()
    assert attachment.journal_number == "1/23"
    assert attachment.media_type == "application/pdf"
    assert attachment.sha256 == hashlib.sha256(b"%PDF-1.4 test").hexdigest()
    assert "årshjul" not in attachment.file.name  # stored under a name of the server's making
    assert [s.body.code for s in item.routing_steps.all()] == ["DIR"]


def test_admin_pages_are_danish(admin_client: Client) -> None:
    page = admin_client.get("/admin/").content.decode()
    for word in ("Møder", "Dagsordenspunkter", "Bilag", "Opfølgninger", "Revisionslog"):
        assert word in page


def test_audit_log_cannot_be_edited() -> None:
    entry = m.AuditEntry.objects.create(
        action="approve", object_type="meeting", object_id="1", why="test"
    )
    entry.why = "changed"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
