"""Imported points keep the kind their words give: a head's dialogue meeting, a presentation,
a guest. The årshjul finds a head's dialogue meeting held in an imported meeting; a closed
item's stays unseen by the public; the rendered minutes say what the document said, once."""

from __future__ import annotations

import shutil
from datetime import time
from pathlib import Path

import pytest
from django.test import Client

from dagsorden.accounts.users import create_user
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m
from dagsorden.meetings.export import meeting_minutes

pytestmark = pytest.mark.django_db

JANUARY = "/organer/direktionen/moeder/2022-01-26/"
HEADS = "Økonomichef Bettina Andersen\nChef for Vej og Ejendom Kim T. Jensen\nHR-chef Lise Berg"


@pytest.fixture
def imported(tmp_path: Path, seeds: list[Path]) -> None:
    for seed in seeds:
        shutil.copy(seed, tmp_path / seed.name)
    assert import_paths([tmp_path], progress=False).imported == 3


def test_the_points_are_stored_with_their_kind(imported: None) -> None:
    found = [
        (p.item.meeting.date.isoformat(), p.kind, p.presenter, p.guest, p.guest_time)
        for p in m.Point.objects.select_related("item__meeting").order_by(
            "item__meeting__date", "item__order", "order"
        )
        if p.kind != "ordinary" or p.guest
    ]
    assert found == [
        ("2021-01-20", "ordinary", "", "Arbejdsmarkedschef Erik Holck Hansen", time(10)),
        ("2022-01-26", "dialogue", "Økonomichef Bettina Andersen", "", None),
        (
            "2022-11-30",
            "ordinary",
            "",
            "Konstitueret socialchef Marie-Louise Eskerod Ifversen",
            None,
        ),
        ("2022-11-30", "dialogue", "Vej- og ejendomschef Kim T. Jensen", "", None),
    ]


def test_the_meeting_page_says_the_kind(imported: None, client: Client) -> None:
    html = client.get(JANUARY).content.decode()
    assert '<p class="meta">Dialogmøde: Økonomichef Bettina Andersen</p>' in html
    point = client.get(JANUARY.rstrip("/") + ".json").json()["items"][0]["points"][0]
    assert (point["kind"], point["presenter"]) == ("dialogue", "Økonomichef Bettina Andersen")


def test_the_rendered_minutes_say_it_once(imported: None) -> None:
    meeting = m.Meeting.objects.get(date="2022-01-26")
    stored = meeting.items.get().points.order_by("order").first()
    assert stored is not None
    rendered = meeting_minutes(meeting, member=False, decisions=True).items[0].points[0]
    assert rendered.presentation == stored.presentation  # no 'Dialogmøde med …' added
    assert rendered.presentation.count("Bettina Andersen") == 1


def test_the_annual_plan_finds_the_heads_dialogue_meetings(imported: None, client: Client) -> None:
    m.RecurringTopic.objects.create(
        body=m.Body.objects.get(code="DIR"),
        title="Dialogmøde",
        rule="per_head",
        month=1,
        heads=HEADS,
        public=True,
    )

    def held() -> dict[str, str | None]:
        topics = client.get("/aarshjul.json", {"aar": 2022}).json()["topics"]
        return {t["title"]: t["meeting"] and t["meeting"]["date"] for t in topics}

    assert held() == {
        "Dialogmøde: Økonomichef Bettina Andersen": "2022-01-26",
        # The title changed; the name is the same.
        "Dialogmøde: Chef for Vej og Ejendom Kim T. Jensen": "2022-11-30",
        "Dialogmøde: HR-chef Lise Berg": None,
    }
    html = client.get("/aarshjul/", {"aar": 2022}).content.decode()
    assert '<a href="/organer/direktionen/moeder/2022-01-26/">26-01-2022</a>' in html
    # A dialogue meeting in a closed item is that item's content: members see it held.
    m.AgendaItem.objects.filter(meeting__date="2022-01-26").update(access="closed")
    assert held()["Dialogmøde: Økonomichef Bettina Andersen"] is None
    client.force_login(create_user("direktoer", "Langt-kodeord-42", role="member"))
    assert held()["Dialogmøde: Økonomichef Bettina Andersen"] == "2022-01-26"


def test_the_persons_page_lists_their_dialogue_meetings_and_visits(
    imported: None, client: Client
) -> None:
    html = client.get("/personer/bettina-andersen/").content.decode()
    assert "Dialogmøder, oplæg og gæst i punkter" in html
    assert ">Årligt dialogmøde med økonomichef Bettina Andersen.</a>: Dialogmøde" in html
    data = client.get("/personer/erik-holck-hansen.json").json()
    assert [(a["date"], a["as"], a["time"]) for a in data["appearances"]] == [
        ("2021-01-20", "guest", "10:00")
    ]
    assert data["totals"]["appearances"] == 1
    # In a closed item: the public does not see it; members do.
    m.AgendaItem.objects.filter(meeting__date="2022-01-26").update(access="closed")
    assert "Dialogmøder, oplæg" not in client.get("/personer/bettina-andersen/").content.decode()
    client.force_login(create_user("direktoer", "Langt-kodeord-42", role="member"))
    assert client.get("/personer/bettina-andersen.json").json()["totals"]["appearances"] == 1


def test_a_presentation_by_a_role_is_its_holders(
    imported: None, client: Client, tmp_path: Path, seeds: list[Path]
) -> None:
    # A later meeting whose presentation names the role only: Bettina Andersen was the
    # økonomichef the public saw in January, so it is hers; a role no one was seen in is no
    # one's.
    january = next(s for s in seeds if s.name.startswith("001_")).read_text()
    march = (
        january.replace("26-01-2022", "02-03-2022")
        .replace(
            "Årligt dialogmøde med økonomichef Bettina Andersen.",
            "5 minutters oplæg v. økonomichefen om budget 2023.",
        )
        .replace(
            "Årligt dialogmøde med økonomichef Bettina Andersen,",
            "5 minutters oplæg v. økonomichefen om budget 2023,",
        )
        .replace(
            "Sparring omkring fælles introduktion",
            "5 minutters oplæg v. skolechefen om fælles introduktion",
        )
    )
    assert "Bettina" not in march
    later = tmp_path / "later"
    later.mkdir()
    (later / "marts.txt").write_text(march)
    assert import_paths([later], progress=False).imported == 1
    data = client.get("/personer/bettina-andersen.json").json()
    assert [(a["date"], a["as"], a["as_role"]) for a in data["appearances"]] == [
        ("2022-03-02", "presentation", "økonomichefen"),
        ("2022-01-26", "dialogue", None),
    ]
    html = client.get("/personer/bettina-andersen/").content.decode()
    # The role is said where the point's title does not say it already.
    assert "økonomichefen om budget 2023.</a>: 5 minutters oplæg <span" in html
    m.Point.objects.filter(title__startswith="5 minutters oplæg v. økonomichefen").update(
        title="Budget 2023."
    )
    html = client.get("/personer/bettina-andersen/").content.decode()
    assert ">Budget 2023.</a>: 5 minutters oplæg (som økonomichefen) <span" in html
    # A closed item's presentation stays the members'.
    m.AgendaItem.objects.filter(meeting__date="2022-03-02").update(access="closed")
    data = client.get("/personer/bettina-andersen.json").json()
    assert [a["date"] for a in data["appearances"]] == ["2022-01-26"]


def test_the_secretariat_sets_the_heads_the_archive_shows_met(
    imported: None, client: Client
) -> None:
    client.force_login(create_user("sekretaer", "Langt-kodeord-42", role="secretary"))
    html = client.get("/sekretariat/aarshjul/").content.decode()
    assert "Dialogmøder i arkivet" in html
    # The most recently met first, each with the meetings' dates.
    assert html.index("Vej- og ejendomschef Kim T. Jensen") < html.index(
        "Økonomichef Bettina Andersen"
    )
    assert ">26-01-2022</a>" in html
    body = m.Body.objects.get(code="DIR")
    response = client.post(f"/sekretariat/aarshjul/{body.pk}/chefer/", {"topic": "new"})
    assert response.status_code == 302
    topic = m.RecurringTopic.objects.get(body=body)
    assert (topic.rule, topic.title, topic.public) == ("per_head", "Dialogmøder", False)
    # each in the month the board met them last (26-01-2022, 30-11-2022)
    assert topic.heads.splitlines() == [
        "Økonomichef Bettina Andersen (januar)",
        "Vej- og ejendomschef Kim T. Jensen (november)",
    ]
    # Again, on the topic chosen: its heads replaced, no new topic.
    topic.heads = "HR-chef Lise Berg"
    topic.save()
    client.post(f"/sekretariat/aarshjul/{body.pk}/chefer/", {"topic": str(topic.pk)})
    assert m.RecurringTopic.objects.get().heads.count("\n") == 1
    # The planned months then link to the meetings where they were held.
    m.RecurringTopic.objects.update(public=True)
    client.logout()
    topics = client.get("/aarshjul.json", {"aar": 2022}).json()["topics"]
    assert all(t["meeting"] for t in topics) and len(topics) == 2
    assert sorted((t["month"], t["title"]) for t in topics) == [
        (1, "Dialogmøder: Økonomichef Bettina Andersen"),
        (11, "Dialogmøder: Vej- og ejendomschef Kim T. Jensen"),
    ]


def test_only_the_secretariat_sets_heads(imported: None, client: Client) -> None:
    body = m.Body.objects.get(code="DIR")
    url = f"/sekretariat/aarshjul/{body.pk}/chefer/"
    assert client.post(url, {"topic": "new"}).status_code in (302, 403)
    client.force_login(create_user("direktoer", "Langt-kodeord-42", role="member"))
    assert client.post(url, {"topic": "new"}).status_code == 403
    assert client.get(url).status_code in (403, 405)
    assert not m.RecurringTopic.objects.exists()


def test_a_public_topic_takes_only_the_heads_anyone_may_see_were_met(imported: None) -> None:
    """The demo's årshjul (public): a dialogue meeting in a closed item is that item's
    content, so its head is no name for the public topic."""
    from dagsorden.meetings.planner import heads_onto_topic

    body = m.Body.objects.get(code="DIR")
    m.AgendaItem.objects.filter(meeting__date="2022-11-30").update(access="closed")
    topic, count = heads_onto_topic(body, public=True) or (None, 0)
    assert topic is not None and topic.public
    assert topic.heads.splitlines() == ["Økonomichef Bettina Andersen (januar)"] and count == 1
    m.AgendaItem.objects.update(access="closed")
    assert heads_onto_topic(body, public=True) is None  # nobody to name
