"""Import: atomic per document, idempotent by content hash, updates in place, failures reported."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from dagsorden.core.text import role_title
from dagsorden.importer.models import ImportedDocument
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m
from dagsorden.meetings.role_holders import holder
from dagsorden.search.models import SearchEntry

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
# Why a document that is no minutes failed, in a folder of minutes with bilag.
NOT_MINUTES_BESIDE = (
    "intet dagsordenspunkt fundet (intet afsnit 'Sagsfremstilling' eller 'Beslutning'); "
    "heller ikke et af referaternes bilag (intet bilag ved siden af hedder sådan eller har "
    "dets dokumentnummer)"
)


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            m.Meeting,
            m.AgendaItem,
            m.Point,
            m.Attachment,
            m.Decision,
            m.Action,
            m.Referral,
            m.Person,
            m.Role,
        )
    }


@pytest.fixture
def archive(tmp_path: Path, seeds: list[Path]) -> Path:
    folder = tmp_path / "arkiv" / "2022"
    folder.mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    (folder / ".skjult.txt").write_text("ignored")
    (folder / "noter.json").write_text("{}")
    return tmp_path / "arkiv"


def test_import_stores_the_structure(archive: Path) -> None:
    summary = import_paths([archive], progress=False)
    assert (summary.imported, summary.unchanged, summary.updated, summary.failed) == (3, 0, 0, [])
    meeting = m.Meeting.objects.get(date="2022-11-30")
    assert meeting.body.code == "DIR" and meeting.state == "published"
    item = meeting.items.get()
    assert [s.body.code for s in item.routing_steps.all()] == ["DIR"]
    assert item.points.count() == 5 and item.attachments.count() == 7
    assert item.attachments.filter(access="closed").count() == 5
    assert item.decisions.get().date.isoformat() == "2022-11-30"
    # follow-ups with their responsible person and source point
    action = m.Action.objects.get(responsible_people__name="Lene Helbo Bachmann")
    assert action.point.number == 3
    # both people named as responsible are linked, in the order written
    assert sorted(action.responsible_people.values_list("name", flat=True)) == [
        "Jeppe Thvilum",
        "Lene Helbo Bachmann",
    ]
    # his as chef for the secretariat on point 4 too: the title he was named with
    jeppe = m.Action.objects.filter(responsible_people__name="Jeppe Thvilum")
    assert sorted(a.point.number for a in jeppe) == [3, 4]
    # referrals and returns
    # (and earlier treatments: point 3's 'genoptages som aftalt på direktionsmødet d. 23.
    # november', point 4's 'Opfølgning på behandlingen i direktionen d. 23. november', point
    # 1's 'MTU besluttede på møde d. 14. november')
    assert sorted((r.body.code, r.date.isoformat(), r.kind) for r in item.referrals.all()) == [
        ("DIR", "2022-11-23", "previous"),
        ("DIR", "2022-11-23", "previous"),
        ("DIR", "2022-12-21", "return"),
        ("KB", "2022-12-13", "referral"),
        ("MTU", "2022-11-14", "previous"),
        ("ØK", "2022-12-06", "referral"),
    ]
    # people, with acting titles noted
    role = m.Role.objects.get(person__name="Lene Mehlsen")
    assert role.acting and role.title == "konstitueret velfærdsdirektør"


def test_an_acting_title_written_short_is_the_same_role(archive: Path, seeds: list[Path]) -> None:
    """'Konst. velfærdsdirektør' at a later meeting is the role 'konstitueret
    velfærdsdirektør' held on: one role, its period widened."""
    seed = next(s for s in seeds if "Lene Mehlsen" in s.read_text(encoding="utf-8"))
    later = seed.read_text(encoding="utf-8").replace("30-11-2022", "07-12-2022")
    later = later.replace(
        "Konstitueret velfærdsdirektør \n\nLene", "Konst. velfærdsdirektør \n\nLene"
    )
    assert "Konst. velfærdsdirektør" in later
    (archive / "2022" / "later.txt").write_text(later, encoding="utf-8")
    import_paths([archive], progress=False)
    role = m.Role.objects.get(person__name="Lene Mehlsen")
    assert role.acting and role.title == "konstitueret velfærdsdirektør"
    assert (role.start.isoformat(), role.end.isoformat()) == ("2022-11-30", "2022-12-07")


def test_attachments_belong_to_the_points_their_titles_name(archive: Path, client: Client) -> None:
    import_paths([archive], progress=False)
    item = m.Meeting.objects.get(date="2022-11-30").items.get()
    linked = {a.number: a.point.number if a.point else None for a in item.attachments.all()}
    assert linked == {1: 1, 2: 2, 3: 3, 4: 4, 5: 4, 6: 5, 7: None}  # '4: …' twice; 'Årshjul'
    page = client.get("/organer/direktionen/moeder/2022-11-30/sager/1/").content.decode()
    assert 'href="#bilag-6">Bilag 6: Kim T - DIR OPLÆG 2022.pdf</a>' in page
    assert 'id="bilag-6"' in page
    data = client.get("/organer/direktionen/moeder/2022-11-30/sager/1.json").json()
    assert [a["point"] for a in data["attachments"]] == [0, 1, 2, 3, 3, 4, None]


def test_a_follow_up_of_two_people_is_each_ones(archive: Path, client: Client) -> None:
    import_paths([archive], progress=False)
    item_url = "/organer/direktionen/moeder/2022-11-30/sager/1/"
    page = client.get(item_url).content.decode()
    # each name a link of its own in the follow-up's sentence, the words between them as
    # written, the sentence once, and the point it is of
    assert (
        '<li>Konstitueret velfærdsdirektør <a href="/personer/lene-mehlsen/">Lene Mehlsen</a> '
        'og konstitueret socialchef <a href="/personer/marie-louise-eskerod-ifversen/">'
        'Marie-Louise Eskerod Ifversen</a> tager videre initiativ. <span class="meta">'
        '(<a href="#punkt-2">punkt 2</a>, åben)</span></li>'
    ) in page
    # a person linked but not named by the party: after it in parentheses
    assert (
        'Chef for Kommunaldirektørens sekretariat (<a href="/personer/jeppe-thvilum/">Jeppe '
        "Thvilum</a>) tager videre initiativ."
    ) in page
    actions = client.get(item_url.rstrip("/") + ".json").json()["actions"]
    joint = next(a for a in actions if a["responsible"].startswith("Chef for"))
    assert [p["name"] for p in joint["people"]] == ["Jeppe Thvilum", "Lene Helbo Bachmann"]
    # the second person's page and the tracker's filter find it as well as the first's
    second = client.get("/personer/lene-helbo-bachmann/").content.decode()
    assert "Chef for Kommunaldirektørens sekretariat Jeppe Thvilum og chefkonsulent" in second
    found = client.get("/opfoelgning.json", {"ansvarlig": "Bachmann"}).json()
    assert found["total"] == 1 and found["actions"][0]["responsible"] == joint["responsible"]
    tracker = client.get("/opfoelgning/").content.decode()
    assert '<a href="/personer/lene-helbo-bachmann/">Lene Helbo Bachmann</a>' in tracker


def test_a_follow_up_whose_sentence_does_not_name_its_party(archive: Path, client: Client) -> None:
    import_paths([archive], progress=False)
    item = m.AgendaItem.objects.get(meeting__date="2022-11-30")
    m.Action.objects.create(
        item=item, responsible_role="Økonomichefen", verb="udarbejder", text="Der laves et notat."
    )
    page = client.get("/organer/direktionen/moeder/2022-11-30/sager/1/").content.decode()
    assert '<li>Økonomichefen: Der laves et notat. <span class="meta">(åben)</span></li>' in page


def test_an_items_course_shows_one_earlier_meeting_once(archive: Path, client: Client) -> None:
    """Two points recalling the same earlier treatment (the seeds' 23 November): one entry
    with both sentences."""
    import_paths([archive], progress=False)
    page = client.get("/organer/direktionen/moeder/2022-11-30/sager/1/").content.decode()
    course = page[page.index('<ol class="timeline">') : page.index("</ol>", page.index("timeline"))]
    assert course.count("23. november 2022") == 1
    assert "Punktet genoptages som aftalt på direktionsmødet d. 23. november." in course
    assert "Opfølgning på behandlingen i direktionen d. 23. november" in course
    # the JSON keeps each as it is
    timeline = client.get("/organer/direktionen/moeder/2022-11-30/sager/1.json").json()["timeline"]
    assert sum(e["date"] == "2022-11-23" for e in timeline) == 2


def test_the_search_names_the_people_its_words_name(archive: Path, client: Client) -> None:
    import_paths([archive], progress=False)
    page = client.get("/soeg/", {"q": "kim jensen"}).content.decode()
    assert '<li><a href="/personer/kim-t-jensen/">Kim T. Jensen</a>, ' in page
    found = client.get("/soeg.json", {"q": "Holck"}).json()["people"]
    assert [p["name"] for p in found] == ["Erik Holck Hansen"]
    assert client.get("/soeg.json", {"q": "budgetopfølgning"}).json()["people"] == []
    # or the post they held
    found = client.get("/soeg.json", {"q": "økonomichef"}).json()["people"]
    assert [(p["name"], p["title"]) for p in found] == [("Bettina Andersen", "økonomichef")]
    # on the first page of results only
    assert client.get("/soeg.json", {"q": "holck", "side": "2"}).json()["people"] == []


def test_a_follow_up_given_to_a_role_is_its_holders(archive: Path) -> None:
    import_paths([archive], progress=False)
    linked = {
        a.responsible_role: [p.name for p in a.responsible_people.all()]
        for a in m.Action.objects.exclude(responsible_role="").exclude(
            responsible_role__contains=" og "
        )
    }
    assert linked == {
        "Økonomichefen": ["Bettina Andersen"],  # 'økonomichef Bettina Andersen', same meeting
        "Chef for Kommunaldirektørens sekretariat": ["Jeppe Thvilum"],
        "Kommunaldirektørens sekretariat": [],  # a unit, not a person's title
        "konstitueret fællesforvaltningsdirektør": [],  # no one seen with that title
    }


def test_a_roles_holder_is_the_one_person_who_held_it_then() -> None:
    d = date.fromisoformat
    held = {
        "økonomichef": [
            (d("2021-01-01"), d("2021-06-30"), 1),
            (d("2022-03-01"), d("2022-12-31"), 2),
        ],
        "chefkonsulent": [
            (d("2022-01-01"), d("2022-12-31"), 3),
            (d("2022-06-01"), d("2022-06-01"), 4),
        ],
    }
    assert holder(held, "Økonomichefen", d("2021-03-01")) == 1  # the definite form
    assert holder(held, "økonomichef", d("2022-05-01")) == 2
    assert holder(held, "Økonomichefen", d("2021-08-01")) == 1  # near the one period only
    assert holder(held, "Økonomichefen", d("2021-11-01")) is None  # near both: not known
    assert holder(held, "Økonomichefen", d("2024-01-01")) is None  # long after
    assert holder(held, "chefkonsulenten", d("2022-06-01")) is None  # two held it that day
    assert holder(held, "chefkonsulenten", d("2022-07-01")) == 3
    assert holder(held, "HR-chefen", d("2022-07-01")) is None
    assert holder(held, "Økonomichef Bettina Andersen", d("2022-05-01")) is None  # a name


def test_an_acting_holder_holds_the_post() -> None:
    d = date.fromisoformat
    held = {
        "velfærdsdirektør": [(d("2020-01-01"), d("2022-03-31"), 1)],
        "konstitueret velfærdsdirektør": [(d("2022-09-01"), d("2022-12-31"), 2)],
    }
    assert holder(held, "Velfærdsdirektøren", d("2021-05-01")) == 1
    assert holder(held, "Velfærdsdirektøren", d("2022-11-30")) == 2
    assert holder(held, "konstitueret velfærdsdirektør", d("2022-11-30")) == 2
    assert holder(held, "konstitueret velfærdsdirektør", d("2021-05-01")) is None
    assert holder(held, "Den konstituerede velfærdsdirektør", d("2022-11-30")) == 2
    assert holder(held, "Kst. velfærdsdirektør", d("2022-11-30")) == 2


def test_a_fungerende_holder_holds_the_post() -> None:
    """'Fg. skolechef' is stored as 'fungerende skolechef', who is 'skolechefen' then."""
    d = date.fromisoformat
    held = {
        "skolechef": [(d("2020-01-01"), d("2022-03-31"), 1)],
        role_title("Fg. skolechef"): [(d("2022-09-01"), d("2022-12-31"), 2)],
    }
    assert holder(held, "Skolechefen", d("2022-11-30")) == 2
    assert holder(held, "Skolechefen", d("2021-05-01")) == 1


def test_a_return_to_the_next_meeting_is_stored_as_such(archive: Path) -> None:
    path = next(archive.rglob("002_*.txt"))
    written = "Punktet behandles i direktionen igen d. 21. december."
    assert written in path.read_text()
    path.write_text(path.read_text().replace(written, "Punktet genoptages på næste møde."))
    import_paths([archive], progress=False)
    item = m.Meeting.objects.get(date="2022-11-30").items.get()
    (again,) = item.referrals.filter(kind="return")
    assert (again.body.code, again.date.isoformat(), again.precision, again.when) == (
        "DIR",
        "2022-11-30",
        "next",
        "næste møde",
    )
    assert again.point.number == 3
    assert again.target_meeting is None  # the archive holds no later meeting of DIR


def test_a_return_in_a_period_is_stored_with_its_last_day(archive: Path) -> None:
    path = next(archive.rglob("002_*.txt"))
    written = "Punktet behandles i direktionen igen d. 21. december."
    path.write_text(path.read_text().replace(written, "Punktet genoptages i 1. kvartal."))
    import_paths([archive], progress=False)
    item = m.Meeting.objects.get(date="2022-11-30").items.get()
    (again,) = item.referrals.filter(kind="return")
    assert (again.date.isoformat(), again.until.isoformat(), again.precision, again.when) == (
        "2023-01-01",
        "2023-03-31",
        "period",
        "januar–marts 2023",
    )


def test_a_committee_no_list_knows_is_named_as_the_minutes_name_it(tmp_path: Path) -> None:
    """A referral to a committee by its own name makes it a body with the code
    municipalities make ('BFU'); one first met by its code alone takes its name when a
    document names it, and stays one body."""
    item = "Punkter\n\n Åben Sag\n\nSagsgang\n\nDIR\n\nBeslutning i Direktionen den {}\n\n{}\n"
    (tmp_path / "a.txt").write_text(
        "Direktionen 01-03-2023\n\n" + item.format("01-03-2023", "Sagen forelægges BFU."),
        encoding="utf-8",
    )
    import_paths([tmp_path], progress=False)
    assert m.Body.objects.get(code="BFU").name == "BFU"
    (tmp_path / "b.txt").write_text(
        "Direktionen 08-03-2023\n\n"
        + item.format(
            "08-03-2023", "Strategien forelægges Børne- og familieudvalget d. 15. marts."
        ),
        encoding="utf-8",
    )
    import_paths([tmp_path], progress=False)
    body = m.Body.objects.get(code="BFU")
    assert body.name == "Børne- og familieudvalget"
    assert [r.body for r in m.Referral.objects.order_by("date")] == [body, body]
    # a decision of that committee, named in full: the same body
    (tmp_path / "c.txt").write_text(
        "Børne- og familieudvalget 15-03-2023\n\nStrategi\n\n Åben Sag\n\nSagsgang\n\n"
        "DIR, BFU\n\nBeslutning i Børne- og familieudvalget den 15-03-2023\n\nGodkendt.\n",
        encoding="utf-8",
    )
    import_paths([tmp_path], progress=False)
    assert m.Body.objects.filter(name__icontains="familieudvalget").count() == 1
    assert m.Meeting.objects.get(date="2023-03-15").body == body


def test_a_council_heard_on_a_case_is_an_advisory_body(tmp_path: Path) -> None:
    """'Sagen forelægges Ældrerådet': a body 'ÆR' that advises; its own minutes (a header
    naming it) go to the same body; a committee named so stays political."""
    item = "Punkter\n\n Åben Sag\n\nSagsgang\n\nDIR\n\nBeslutning i Direktionen den {}\n\n{}\n"
    (tmp_path / "a.txt").write_text(
        "Direktionen 01-03-2023\n\n"
        + item.format(
            "01-03-2023",
            "Ældrerådet behandler sagen d. 8. marts. Sagen forelægges Beskæftigelsesudvalget "
            "d. 15. marts.",
        ),
        encoding="utf-8",
    )
    import_paths([tmp_path], progress=False)
    council = m.Body.objects.get(code="ÆR")
    assert (council.name, council.kind) == ("Ældrerådet", m.Body.Kind.ADVISORY)
    assert m.Body.objects.get(code="BU").kind == m.Body.Kind.POLITICAL
    assert [(r.body.code, r.date.isoformat()) for r in m.Referral.objects.order_by("date")] == [
        ("ÆR", "2023-03-08"),
        ("BU", "2023-03-15"),
    ]
    (tmp_path / "b.txt").write_text(
        "Ældrerådet 08-03-2023\n\nHøring\n\n Åben Sag\n\nSagsgang\n\nÆR\n\n"
        "Beslutning i Ældrerådet den 08-03-2023\n\nAnbefalet.\n",
        encoding="utf-8",
    )
    import_paths([tmp_path], progress=False)
    assert m.Meeting.objects.get(date="2023-03-08").body == council


def test_a_council_met_by_its_code_first_advises_once_named(tmp_path: Path) -> None:
    """'ÆR' alone in a routing makes a body of that code, a committee for all it says; a later
    document naming 'Ældrerådet' names it and makes it a body that advises."""
    (tmp_path / "a.txt").write_text(
        "Direktionen 01-03-2023\n\nHøring\n\n Åben Sag\n\nSagsgang\n\nDIR, ÆR\n\n"
        "Beslutning i Direktionen den 01-03-2023\n\nGodkendt.\n",
        encoding="utf-8",
    )
    import_paths([tmp_path], progress=False)
    assert (m.Body.objects.get(code="ÆR").name, m.Body.objects.get(code="ÆR").kind) == (
        "ÆR",
        m.Body.Kind.POLITICAL,
    )
    (tmp_path / "b.txt").write_text(
        "Direktionen 08-03-2023\n\nHøring\n\n Åben Sag\n\nSagsgang\n\nDIR\n\n"
        "Beslutning i Direktionen den 08-03-2023\n\nSagen forelægges Ældrerådet d. 15. marts.\n",
        encoding="utf-8",
    )
    import_paths([tmp_path], progress=False)
    council = m.Body.objects.get(code="ÆR")
    assert (council.name, council.kind) == ("Ældrerådet", m.Body.Kind.ADVISORY)
    assert m.Body.objects.filter(name="Ældrerådet").count() == 1


def test_a_case_number_under_the_heading_is_the_items(tmp_path: Path) -> None:
    (tmp_path / "mtu.txt").write_text(
        "Miljø- og Teknikudvalget 06-12-2022\n\n4. Lokalplan 12\n\nSagsnr.: 01.02.05-P16-3-21\n\n"
        " Åben Sag\n\nSagsgang\n\nMTU, ØK, KB\n\nSagsfremstilling\n\nForslag.\n\n"
        "Beslutning i Miljø- og Teknikudvalget den 06-12-2022\n\nAnbefales.\n",
        encoding="utf-8",
    )
    assert import_paths([tmp_path], progress=False).imported == 1
    item = m.AgendaItem.objects.get()
    assert (item.title, item.case_number) == ("Lokalplan 12", "01.02.05-P16-3-21")


def test_reimporting_unchanged_files_changes_nothing(archive: Path) -> None:
    import_paths([archive], progress=False)
    before = counts()
    ids = sorted(m.AgendaItem.objects.values_list("id", flat=True))
    summary = import_paths([archive], progress=False)
    assert (summary.imported, summary.unchanged, summary.updated) == (0, 3, 0)
    assert counts() == before
    assert sorted(m.AgendaItem.objects.values_list("id", flat=True)) == ids


def test_changed_file_updates_its_meeting_in_place(archive: Path) -> None:
    import_paths([archive], progress=False)
    path = next(archive.rglob("002_*.txt"))
    meeting_id = m.Meeting.objects.get(date="2022-11-30").id
    path.write_text(path.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    summary = import_paths([archive], progress=False)
    assert (summary.imported, summary.unchanged, summary.updated) == (0, 2, 1)
    meeting = m.Meeting.objects.get(date="2022-11-30")
    assert meeting.id == meeting_id
    assert meeting.items.count() == 1
    assert meeting.items.get().points.filter(title="Lederevaluering.").exists()
    assert ImportedDocument.objects.count() == 3


def _read_by_an_older_parser(day: str) -> None:
    """The meeting of that day as a parser that read a point's title otherwise stored it."""
    point = m.Point.objects.get(item__meeting__date=day, title="Ledelsesevaluering.")
    m.Point.objects.filter(pk=point.pk).update(title="Ledelsesevaluering. Opfølgning på")
    ImportedDocument.objects.filter(meeting__date=day).update(reading="")


@pytest.mark.parametrize("chunked", [False, True])
def test_reread_updates_the_meetings_a_newer_parser_reads_otherwise(
    archive: Path, chunked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dagsorden.importer import run

    if chunked:  # the files read in the second process, stored a chunk at a time
        monkeypatch.setattr(run, "PARALLEL_FROM", 1)
    import_paths([archive], progress=False)
    _read_by_an_older_parser("2022-11-30")
    item_ids = sorted(m.AgendaItem.objects.exclude(meeting__date="2022-11-30").values_list("id"))
    summary = import_paths([archive], progress=False)  # unchanged files are not read again
    assert (summary.imported, summary.unchanged, summary.updated) == (0, 3, 0)
    summary = import_paths([archive], progress=False, reread=True)
    assert (summary.imported, summary.unchanged, summary.updated) == (0, 2, 1)
    assert m.Point.objects.filter(title="Ledelsesevaluering.").exists()
    assert not m.Point.objects.filter(title__startswith="Ledelsesevaluering. Opf").exists()
    # those read alike were left as they were
    assert sorted(m.AgendaItem.objects.exclude(meeting__date="2022-11-30").values_list("id")) == (
        item_ids
    )
    summary = import_paths([archive], progress=False, reread=True)
    assert (summary.imported, summary.unchanged, summary.updated) == (0, 3, 0)


def test_reread_leaves_minutes_approved_in_dagsorden(archive: Path) -> None:
    from django.utils import timezone

    import_paths([archive], progress=False)
    _read_by_an_older_parser("2022-11-30")
    m.Meeting.objects.filter(date="2022-11-30").update(locked_at=timezone.now())
    summary = import_paths([archive], progress=False, reread=True)
    assert (summary.imported, summary.unchanged, summary.updated, summary.failed) == (0, 3, 0, [])
    assert m.Point.objects.filter(title="Ledelsesevaluering. Opfølgning på").exists()


def test_a_changed_file_keeps_the_secretariats_work_on_what_it_holds_alike(
    archive: Path,
) -> None:
    # Follow-ups closed or given a deadline and goals confirmed since the first import are
    # kept where the corrected document holds them alike; the point it renamed loses them.
    import_paths([archive], progress=False)
    item = m.AgendaItem.objects.get(meeting__date="2022-11-30")
    later = m.Decision.objects.exclude(item=item).first()
    assert later is not None
    done_at = timezone.now()
    item.actions.update(
        status="done", due_date=date(2023, 1, 31), closed_at=done_at, closed_by=later
    )
    goal = m.SDGGoal.objects.get(number=8)
    m.SDGTag.objects.filter(item=item).delete()
    for point in item.points.filter(
        title__in=["Plan- og udviklingsstrategi.", "Ledelsesevaluering."]
    ):
        m.SDGTag.objects.create(goal=goal, item=item, point=point, confirmed=True)
    m.SDGTag.objects.create(goal=goal, item=item, confirmed=True)
    # and follow-ups the secretariat noted by hand, one on the point the correction renames
    someone = m.Person.objects.first()
    for title in ["Plan- og udviklingsstrategi.", "Ledelsesevaluering."]:
        noted = m.Action.objects.create(
            item=item,
            point=item.points.get(title=title),
            verb="følger op",
            text=f"Tjek op på {title}",
            added_by_hand=True,
        )
        noted.responsible_people.set([someone])
    path = next(archive.rglob("002_*.txt"))
    path.write_text(path.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    import_paths([archive], progress=False)
    item = m.AgendaItem.objects.get(meeting__date="2022-11-30")
    state = {
        a.point.title: (a.status, a.due_date, a.closed_by_id, a.closed_at)
        for a in item.actions.filter(added_by_hand=False).select_related("point")
    }
    kept = ("done", date(2023, 1, 31), later.pk, done_at)
    assert state == {
        "Plan- og udviklingsstrategi.": kept,
        "Afrapportering vedr. udviklingsprocessen på socialområdet.": kept,
        next(t for t in state if t.startswith("Kommissorium")): kept,
        "Lederevaluering.": ("open", None, None, None),  # no longer the same follow-up
    }
    by_hand = item.actions.filter(added_by_hand=True).select_related("point")
    assert sorted((a.text, a.point.title if a.point else None) for a in by_hand) == [
        ("Tjek op på Ledelsesevaluering.", None),  # its point renamed: the item's
        ("Tjek op på Plan- og udviklingsstrategi.", "Plan- og udviklingsstrategi."),
    ]
    assert {p for a in by_hand for p in a.responsible_people.all()} == {someone}
    confirmed = m.SDGTag.objects.filter(confirmed=True, item=item, goal=goal)
    assert sorted((t.point.title if t.point else "") for t in confirmed) == [
        "",
        "Plan- og udviklingsstrategi.",
    ]


def test_a_follow_up_read_otherwise_keeps_the_secretariats_work(archive: Path) -> None:
    """A follow-up whose sentence a new reading changes (a corrected word, a newer parser's
    sentence) keeps its state: in the same point, of the same party, most words alike."""
    import_paths([archive], progress=False)
    item = m.AgendaItem.objects.get(meeting__date="2022-11-30")
    done_at = timezone.now()
    item.actions.update(status="done", due_date=date(2023, 1, 31), closed_at=done_at)
    path = next(archive.rglob("002_*.txt"))
    text = path.read_text()
    assert "fællesforvaltningsdirektøren omkring" in text
    path.write_text(
        text.replace("fællesforvaltningsdirektøren omkring", "velfærdsdirektøren omkring")
    )
    import_paths([archive], progress=False)
    action = m.Action.objects.get(text__contains="koordinerer med velfærdsdirektøren")
    assert (action.status, action.due_date, action.closed_at) == (
        "done",
        date(2023, 1, 31),
        done_at,
    )
    assert set(
        m.Action.objects.filter(item__meeting__date="2022-11-30").values_list("status", flat=True)
    ) == {"done"}


def _agenda(minutes: str) -> str:
    """The agenda the minutes were written from: the same items, no decision."""
    start = minutes.index("Beslutning i Direktionen")
    return minutes[:start] + minutes[minutes.index("Bilag:", start) :]


@pytest.mark.parametrize("agenda_first", [True, False])
def test_the_minutes_supersede_their_meetings_agenda(tmp_path: Path, agenda_first: bool) -> None:
    """An archive holds a meeting's agenda and its minutes: the meeting keeps the minutes'
    items, once, whichever came first (in one run, or the agenda in a later one)."""
    seed = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    (tmp_path / "dagsorden.txt").write_text(_agenda(seed), encoding="utf-8")
    (tmp_path / "referat.txt").write_text(seed, encoding="utf-8")
    if agenda_first:
        summary = import_paths([tmp_path], progress=False)
        assert summary.imported == 2
    else:
        import_paths([tmp_path / "referat.txt"], progress=False)
        import_paths([tmp_path / "dagsorden.txt"], progress=False)
    meeting = m.Meeting.objects.get(date="2021-01-20")
    item = meeting.items.get()
    assert item.origin.endswith("referat.txt")
    assert item.decisions.get().text.startswith("Direktionens årsplan.")
    assert ImportedDocument.objects.filter(meeting=meeting).count() == 2
    # the agenda's points and attachments went with its item; the search finds them once
    assert m.Point.objects.count() == 3 and m.Attachment.objects.count() == 6
    assert SearchEntry.objects.filter(kind="item").count() == 1


def test_the_minutes_supersede_the_agenda_in_a_bulk_import(tmp_path: Path) -> None:
    """Imported in chunks, whose search entries are written at the chunk's end: the dropped
    items' entries must not be (they would name items no longer there)."""
    from bench.generate import generate
    from dagsorden.importer import run

    generate(tmp_path / "arkiv", run.PARALLEL_FROM)
    seed = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    (tmp_path / "arkiv" / "dagsorden.txt").write_text(_agenda(seed), encoding="utf-8")
    (tmp_path / "arkiv" / "referat.txt").write_text(seed, encoding="utf-8")
    summary = import_paths([tmp_path / "arkiv"], progress=False)
    assert (summary.imported, summary.failed) == (run.PARALLEL_FROM + 2, [])
    assert m.Meeting.objects.get(date="2021-01-20").items.count() == 1
    items = set(m.AgendaItem.objects.values_list("pk", flat=True))
    assert set(SearchEntry.objects.values_list("item_id", flat=True)) == items


def test_the_same_minutes_twice_give_their_items_once(tmp_path: Path) -> None:
    """The minutes saved twice (as PDF and as Word: other bytes, the same items) are one
    set of items; a corrected version, its decision changed, is kept beside the first: which
    one stands is not for the importer to guess."""
    seed = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    (tmp_path / "referat.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "referat-kopi.txt").write_text(seed.replace(" \n", "\n"), encoding="utf-8")
    twice = import_paths([tmp_path], progress=False)
    assert (twice.imported, twice.warnings) == (2, [])  # the same items: nothing to say
    meeting = m.Meeting.objects.get(date="2021-01-20")
    assert meeting.items.count() == 1
    first = meeting.items.get().origin
    (tmp_path / "rettet.txt").write_text(seed.replace("Drøftet.", "Godkendt."), encoding="utf-8")
    summary = import_paths([tmp_path], progress=False)
    assert meeting.items.count() == 2 and meeting.items.filter(origin=first).exists()
    # said, so that someone deletes the wrong one
    assert summary.warnings == [
        "mødet Direktionen 20-01-2021 har nu 2 udgaver af punktet »Punkter til behandling« med "
        f"forskelligt indhold, fra {first} og {(tmp_path / 'rettet.txt').resolve()}; slet den "
        "forkerte på mødets side i sekretariatet"
    ]


def test_another_document_of_the_same_meeting_keeps_its_own_items(tmp_path: Path) -> None:
    """A meeting's closed part published apart: other items, kept beside the first's."""
    seed = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    closed = "Direktionen 20-01-2021\n\nPersonalesag\n\n Lukket Sag\n\nSagsgang\n\nDIR\n"
    (tmp_path / "referat.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "lukket.txt").write_text(closed, encoding="utf-8")
    import_paths([tmp_path], progress=False)
    meeting = m.Meeting.objects.get(date="2021-01-20")
    assert sorted(meeting.items.values_list("title", flat=True)) == [
        "Personalesag",
        "Punkter til behandling",
    ]


def test_failures_are_reported_and_the_rest_imported(archive: Path, tmp_path: Path) -> None:
    bad = archive / "2022" / "ødelagt.pdf"
    bad.write_bytes(b"%PDF-1.7\nnot really\n")
    summary = import_paths([archive], progress=False)
    assert summary.imported == 3
    assert summary.failed == [(str(bad), "PDF-filen er afkortet (den har ingen slutmarkering)")]
    assert not ImportedDocument.objects.filter(source__endswith="ødelagt.pdf").exists()


def test_what_cannot_be_read_in_a_folder_is_reported_not_passed_over(archive: Path) -> None:
    folder = archive / "2022"
    (folder / "flyttet.pdf").symlink_to(folder / "findes-ikke.pdf")
    os.mkfifo(folder / "rør.txt")  # reading it would wait for ever
    (folder / "undermappe.pdf").mkdir()  # a folder named like a document is searched
    summary = import_paths([archive], progress=False)
    assert summary.imported == 3
    assert sorted(summary.failed) == [
        (str(folder / "flyttet.pdf"), "et link til en fil, der ikke findes"),
        (str(folder / "rør.txt"), "ikke en almindelig fil"),
    ]


def test_a_file_name_that_is_not_utf8_is_imported_and_shown_escaped(
    tmp_path: Path, seeds: list[Path]
) -> None:
    # An archive copied from an old Windows share keeps its Latin-1 names: 'møde' as m\xf8de.
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"m\xf8de.txt"), "wb") as f:
        f.write(seeds[0].read_bytes())
    with open(os.path.join(folder, b"m\xf8de-ikke.txt"), "wb") as f:
        f.write(b"ikke et referat")
    summary = import_paths([tmp_path], progress=False)
    assert summary.imported == 1
    assert summary.failed == [
        (
            f"{tmp_path}/m\\xf8de-ikke.txt",
            NOT_MINUTES_BESIDE,
        )
    ]
    assert ImportedDocument.objects.get().source == f"{tmp_path.resolve()}/m\\xf8de.txt"
    again = import_paths([tmp_path], progress=False)
    assert (again.imported, again.unchanged) == (0, 1)


def test_a_meeting_made_by_another_import_meanwhile_is_read_again(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two imports at once (a command and the web): the other one creates the meeting after
    this one found it missing; the insert then breaks the unique constraint, and the document
    is stored on a second try with what the database now holds."""
    from dagsorden.importer import store

    real, calls = store.Cache.look_up_meetings, []

    def racing(self, wanted):  # type: ignore[no-untyped-def]
        wanted = list(wanted)
        calls.append(1)
        if len(calls) > 1:
            return real(self, wanted)
        for body, when in wanted:
            m.Meeting.objects.create(body=body, date=when, state="published")  # the other's
            m.Meeting.objects.create(body=body, date=when, state="published")  # this one's

    monkeypatch.setattr(store.Cache, "look_up_meetings", racing)
    summary = import_paths([next(archive.rglob("000_*.txt"))], progress=False)
    assert (summary.imported, summary.failed) == (1, [])
    assert m.Meeting.objects.get().items.count() == 1


@pytest.mark.parametrize("extra", [0, 25], ids=["one by one", "in chunks"])
def test_a_dry_run_reports_what_an_import_would_and_stores_nothing(
    archive: Path, tmp_path: Path, extra: int
) -> None:
    from bench.generate import generate

    generate(archive / "mange", extra)
    (archive / "2022" / "ødelagt.pdf").write_bytes(b"%PDF-1.7\nnot really\n")
    dry = import_paths([archive], progress=False, dry_run=True)
    assert set(counts().values()) == {0}
    assert not ImportedDocument.objects.exists() and not SearchEntry.objects.exists()
    real = import_paths([archive], progress=False)
    assert (dry.imported, dry.unchanged, dry.updated, dry.failed) == (
        real.imported,
        real.unchanged,
        real.updated,
        real.failed,
    )
    assert real.imported == 3 + extra and len(real.failed) == 1


def test_a_document_whose_meeting_was_deleted_is_imported_again(archive: Path) -> None:
    from dagsorden.importer.run import import_upload

    seed = next(archive.rglob("000_*.txt"))
    assert import_paths([seed], progress=False).imported == 1
    m.Meeting.objects.all().delete()  # in the admin, say: the document's record stays
    again = import_paths([seed], progress=False)
    assert (again.imported, again.unchanged, again.updated) == (1, 0, 0)
    assert m.Meeting.objects.get().items.count() == 1
    assert ImportedDocument.objects.get().meeting == m.Meeting.objects.get()
    # the same through the web
    uploaded = import_upload("Referat.txt", seed.read_bytes())
    assert uploaded.status == "unchanged"
    m.Meeting.objects.all().delete()
    uploaded = import_upload("Referat.txt", seed.read_bytes())
    assert uploaded.status == "imported" and uploaded.meeting == m.Meeting.objects.get()


@pytest.mark.parametrize("depth", [2, 6], ids=["over 300 characters", "over 1000"])
def test_a_document_deep_in_folders_is_imported_and_known_again(
    tmp_path: Path, seeds: list[Path], depth: int
) -> None:
    folder = tmp_path.joinpath(*[f"{'mappe-med-et-langt-navn-' * 8}{i}" for i in range(depth)])
    folder.mkdir(parents=True)
    seed = (folder / "referat.txt").resolve()
    seed.write_bytes(seeds[0].read_bytes())
    assert len(str(seed)) > (300 if depth == 2 else 1000)
    assert import_paths([tmp_path], progress=False).imported == 1
    seed.write_text(seed.read_text(encoding="utf-8").replace("Drøftet.", "Godkendt."))
    changed = import_paths([tmp_path], progress=False)
    assert (changed.imported, changed.updated, changed.failed) == (0, 1, [])
    assert m.AgendaItem.objects.count() == 1  # replaced in place: the key found again


def test_a_document_is_stored_whole_or_not_at_all(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dagsorden.importer import store

    real = store.insert_values

    def broken(model, columns, rows):  # type: ignore[no-untyped-def]
        if model is store.m.Attachment:  # after the items and points were written
            raise store.m.Attachment.DoesNotExist  # stand-in for any failure half-way
        return real(model, columns, rows)

    monkeypatch.setattr(store, "insert_values", broken)
    summary = import_paths([next(archive.rglob("000_*.txt"))], progress=False)
    assert summary.failed and "intern fejl: DoesNotExist" in summary.failed[0][1]
    monkeypatch.setattr(store, "insert_values", real)
    assert counts()["AgendaItem"] == 0 and counts()["Meeting"] == 0
    assert ImportedDocument.objects.count() == 0


def test_bulk_import_in_parallel_keeps_order_and_reports_failures(tmp_path: Path) -> None:
    from bench.generate import generate
    from dagsorden.importer import run

    paths = generate(tmp_path / "bulk", run.PARALLEL_FROM + 5)
    paths[3].write_text("ikke et referat")  # fails in the parsing process
    (tmp_path / "bulk" / "kopi.txt").write_bytes(paths[0].read_bytes())  # same content twice
    summary = import_paths([tmp_path / "bulk"], progress=False)
    assert (summary.imported, summary.unchanged) == (len(paths) - 1, 1)
    assert summary.failed == [
        (
            str(paths[3]),
            NOT_MINUTES_BESIDE,
        )
    ]
    assert ImportedDocument.objects.count() == len(paths) - 1


@pytest.mark.parametrize("documents", [5, 80], ids=["one by one", "in chunks"])
def test_ctrl_c_keeps_what_was_stored_whole_and_counts_only_that(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, documents: int
) -> None:
    from bench.generate import generate
    from dagsorden.importer import run

    generate(tmp_path / "bulk", documents)
    real, calls = run._store_many, []

    def interrupted_on_the_third_call(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            real(*args)  # written, then Ctrl-C before the commit: rolled back
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(run, "_store_many", interrupted_on_the_third_call)
    summary = import_paths([tmp_path / "bulk"], progress=False)
    assert summary.interrupted and not summary.ok
    stored = ImportedDocument.objects.count()
    assert summary.imported == stored == (2 if documents < run.PARALLEL_FROM else 2 * run.CHUNK)
    assert m.AgendaItem.objects.filter(meeting__documents__isnull=True).count() == 0

    monkeypatch.setattr(run, "_store_many", real)
    again = import_paths([tmp_path / "bulk"], progress=False)
    assert (again.imported, again.unchanged, again.interrupted) == (
        documents - stored,
        stored,
        False,
    )


def test_the_command_says_ctrl_c_stopped_it_and_how_to_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.generate import generate
    from dagsorden import cli
    from dagsorden.importer import run

    generate(tmp_path / "bulk", 3)

    def interrupted(*args):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(run, "_store_many", interrupted)
    assert cli.main(["import", str(tmp_path / "bulk")]) == 130
    out, err = capsys.readouterr()
    assert out == "0 importeret, 0 uændret, 0 opdateret, 0 fejlet\n"
    assert err == (
        "dagsorden import: afbrudt; importér igen for at fortsætte "
        "(det, der er importeret, springes over)\n"
    )


def test_a_document_that_fails_in_a_chunk_fails_alone(tmp_path: Path) -> None:
    """Documents are stored a chunk at a time, all their items in one INSERT a table; when one
    cannot be stored, the chunk is stored again document by document."""
    from django.utils import timezone

    from bench.generate import generate
    from dagsorden.core import parse_text
    from dagsorden.importer import run
    from dagsorden.importer.store import Cache

    paths = generate(tmp_path / "bulk", run.PARALLEL_FROM + 5)
    parsed = {p: parse_text(p.read_text()) for p in paths}
    target = parsed[paths[5]]
    cache = Cache()
    locked = cache.meeting(cache.body(target.body_code, target.body), target.date)
    m.Meeting.objects.filter(pk=locked.pk).update(locked_at=timezone.now())
    key = (target.body_code, target.date)
    failing = [p for p, doc in parsed.items() if (doc.body_code, doc.date) == key]

    summary = import_paths([tmp_path / "bulk"], progress=False)

    assert sorted(path for path, _ in summary.failed) == sorted(map(str, failing))
    assert all("er godkendt i dagsorden og låst" in reason for _, reason in summary.failed)
    assert not any("intern fejl" in reason for _, reason in summary.failed)
    assert summary.imported == len(paths) - len(failing)
    stored = [doc for p, doc in parsed.items() if p not in failing]
    assert m.AgendaItem.objects.count() == sum(len(doc.items) for doc in stored)
    assert m.Point.objects.count() == sum(len(i.points) for doc in stored for i in doc.items)
    assert not m.AgendaItem.objects.filter(meeting=locked).exists()
    assert ImportedDocument.objects.count() == len(paths) - len(failing)
    orders = list(m.AgendaItem.objects.values_list("meeting_id", "order"))
    assert len(orders) == len(set(orders))  # no two items of a meeting in one place


def test_an_import_from_a_script_without_the_main_guard_says_so(tmp_path: Path) -> None:
    """multiprocessing runs the script again in the parsing process; unguarded, that run
    dies, and the import must say why rather than fail with BrokenProcessPool."""
    from bench.generate import generate
    from dagsorden.importer import run

    generate(tmp_path / "bulk", run.PARALLEL_FROM + 5)
    script = tmp_path / "importer_alt.py"
    script.write_text(
        "import django\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
        "from dagsorden.importer.run import import_paths\n"
        f"print(import_paths([{str(tmp_path / 'bulk')!r}]).line())\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dagsorden.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PYTHONPATH": str(Path(__file__).parents[2]),
    }
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "dagsorden.core.errors.ReaderUnavailable: dokumentlæseren kunne ikke starte"
    )
    assert f"{script} køres igen i hver ny proces" in last, done.stderr


def test_a_title_too_long_to_keep_is_cut_alike_in_the_search_index(archive: Path) -> None:
    path = next(archive.rglob("000_*.txt"))
    heading = " ".join(["Meget lang overskrift"] * 40)  # 879 characters, one line
    path.write_text(path.read_text().replace("Punkter til behandling", heading, 1))
    import_paths([archive], progress=False)
    item = m.Meeting.objects.get(date="2021-01-20").items.get()
    assert len(item.title) == 500 and heading.startswith(item.title)
    assert SearchEntry.objects.get(kind="item", item_id=item.pk).title == item.title


def test_a_scan_fails_without_ocr_and_is_imported_with_it(
    tmp_path: Path, seeds: list[Path]
) -> None:
    from dagsorden.core import ocr
    from tests.pdfmaker import scanned, text_to_pdf
    from tests.required import require

    require(f"Tesseract with Danish ({ocr.INSTALL})", ocr.tesseract() is not None)
    folder = tmp_path / "arkiv"
    folder.mkdir()
    (folder / "skannet.pdf").write_bytes(scanned(text_to_pdf(seeds[1].read_text())))
    without = import_paths([folder], progress=False)
    assert without.failed == [
        (str(folder / "skannet.pdf"), "PDF-filen har ingen tekst at læse (et indscannet dokument?)")
    ]
    summary = import_paths([folder], progress=False, ocr=True)
    assert (summary.imported, summary.failed) == (1, [])
    meeting = m.Meeting.objects.get()
    assert meeting.date == date(2022, 1, 26) and meeting.items.get().points.count() == 3


def test_a_follow_ups_deadline_is_stored_and_tracked(
    tmp_path: Path, seeds: list[Path], client: Client
) -> None:
    # The seed of 30 November 2022, its follow-ups given deadlines as decisions give them:
    # in the sentence, and as a field on a line of its own.
    seed = next(p for p in seeds if "30-11-2022" in p.read_text())
    text = seed.read_text()
    said = "Chef for Kommunaldirektørens sekretariat tager videre initiativ."
    thanked = "med chef for Vej og Ejendom Kim T. Jensen."
    assert said in text and thanked in text
    text = text.replace(said, said[:-1] + " inden 1. marts.").replace(
        thanked, thanked + " \n\nAnsvarlig: Økonomichefen, senest d. 15. januar."
    )
    (tmp_path / seed.name).write_text(text)
    import_paths([tmp_path], progress=False)
    due = {a.responsible_role: a.due_date for a in m.Action.objects.exclude(due_date=None)}
    assert due == {
        "Chef for Kommunaldirektørens sekretariat": date(2023, 3, 1),
        "Økonomichefen": date(2023, 1, 15),
    }
    tracker = client.get("/opfoelgning/").content.decode()
    assert "01-03-2023" in tracker and "15-01-2023" in tracker
    page = client.get("/organer/direktionen/moeder/2022-11-30/sager/1/").content.decode()
    assert "frist 01-03-2023, åben)" in page


def test_a_follow_up_due_at_a_next_meeting_is_stored_with_its_body(
    tmp_path: Path, seeds: list[Path], client: Client
) -> None:
    # '… følger op på næste møde i ØK': due at ØK's first meeting after this one, dated once
    # an ØK meeting after it is in the archive; '… tager videre initiativ til næste møde':
    # the meeting's own body's.
    seed = next(p for p in seeds if "30-11-2022" in p.read_text())
    text = seed.read_text()
    coordinates = "sekretariat følger op og koordinerer med"
    said = "Chef for Kommunaldirektørens sekretariat tager videre initiativ."
    assert coordinates in text and said in text
    text = text.replace(said, said[:-1] + " til næste møde.").replace(
        coordinates, "sekretariat følger op på næste møde i ØK og koordinerer med"
    )
    (tmp_path / seed.name).write_text(text)
    import_paths([tmp_path], progress=False)
    due_next = {
        a.responsible_role: a.due_next_body.code
        for a in m.Action.objects.exclude(due_next_body=None)
    }
    assert due_next == {
        "Kommunaldirektørens sekretariat": "ØK",
        "Chef for Kommunaldirektørens sekretariat": "DIR",
    }
    page = client.get("/organer/direktionen/moeder/2022-11-30/sager/1/").content.decode()
    assert "frist næste møde i ØK, åben)" in page and "frist næste møde, åben)" in page
    m.Meeting.objects.create(
        body=m.Body.objects.get(code="ØK"), date=date(2022, 12, 6), state="published"
    )
    page = client.get("/organer/direktionen/moeder/2022-11-30/sager/1/").content.decode()
    assert "frist næste møde i ØK 06-12-2022, åben)" in page
