"""The public portal: search, JSON twins, feeds, calendars, files, language."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dagsorden.meetings import models as m
from dagsorden.search.analysis import query_terms, snippet
from dagsorden.search.backends import Query, backend
from dagsorden.search.indexer import rebuild

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive() -> dict[str, m.AgendaItem]:
    dir1 = f.meeting(date(2021, 3, 3))
    dir2 = f.meeting(date(2023, 5, 10))
    ok = f.meeting(date(2023, 6, 1), code="ØK", name="Økonomiudvalget")
    items = {
        "klynge": f.item(
            dir1, "Samarbejde i sundhedsklynger", "open", "regionens sundhedsklynger mødes"
        ),
        "budget": f.item(
            dir2,
            "Budgetanalyse for ældreområdet",
            "open",
            "en budgetanalyse af hjemmeplejen",
            order=1,
        ),
        "lukket": f.item(
            dir2,
            "Personalesag om sundhedsklynger",
            "closed",
            "fortroligt om sundhedsklynger",
            order=2,
        ),
        "ok": f.item(ok, "Sundhedsklyngernes økonomi", "open", "økonomi i sundhedsklynger"),
    }
    rebuild()
    return items


def search(client: Client, **params: str) -> dict:
    response = client.get("/soeg.json", params)
    assert response.status_code == 200
    return response.json()


def titles(result: dict) -> list[str]:
    return [r["title"] for r in result["results"]]


def test_danish_stemming_finds_other_inflections(client: Client, archive: dict) -> None:
    assert "Samarbejde i sundhedsklynger" in titles(search(client, q="sundhedsklyngen"))
    assert "Budgetanalyse for ældreområdet" in titles(search(client, q="budgetanalyserne"))


def test_a_word_finds_the_compounds_it_begins(client: Client, archive: dict) -> None:
    """Danish writes compounds as one word: 'budget' finds 'Budgetanalyse', 'sundhed' finds
    'sundhedsklynger', and the snippet marks them; a stem does not reach further ('borger',
    stemmed 'borg', begins no 'borgmester'), nor a short word ('ok' no 'oktober')."""
    budget = search(client, q="budget")
    assert "Budgetanalyse for ældreområdet" in titles(budget)
    assert "<mark>budgetanalyse</mark>" in budget["results"][0]["snippet"]
    assert "Samarbejde i sundhedsklynger" in titles(search(client, q="sundhed"))
    item = archive["budget"]
    item.points.update(decision="Borgmesteren orienterede i oktober.")
    rebuild()
    assert search(client, q="borgmester")["total"] == 1
    assert search(client, q="borger")["total"] == 0
    assert search(client, q="ok")["total"] == 0
    # every word must be found, each as itself or as a compound's start
    assert search(client, q="budget sundhed")["total"] == 0
    assert search(client, q="budget hjemmepleje")["total"] >= 1


def test_quoted_words_are_found_in_a_row_and_a_minus_leaves_out(
    client: Client, archive: dict
) -> None:
    """As search boxes read them: "…" (also »…« and „…“) a phrase, -word not wanted."""
    item = archive["budget"]
    item.points.update(
        presentation="Plan og udvikling i Norddjurs. En udvikling af planen for skolerne."
    )
    rebuild()
    both = titles(search(client, q="plan udvikling"))
    assert "Punkt en budgetanalyse af hjemmeplejen" in both
    for quoted in ['"plan og udvikling"', "»plan og udvikling«", "„plan og udvikling“"]:
        assert titles(search(client, q=quoted)) == ["Punkt en budgetanalyse af hjemmeplejen"]
    assert search(client, q='"skolerne for planen"')["total"] == 0  # not in that order
    assert search(client, q='"plan udvikling"')["total"] == 0  # 'og' between them
    assert search(client, q='"udvikling af planen" norddjurs')["total"] == 1
    assert search(client, q='"plan og udvikling')["total"] == 1  # an unclosed quote
    # a quoted word is that word: no compounds of it
    assert search(client, q="budget")["total"] > search(client, q='"budget"')["total"] == 0
    # '-' leaves out what the word would find, compounds too
    sundhed = search(client, q="sundhedsklynger")["total"]
    assert search(client, q="sundhedsklynger -økonomi")["total"] == sundhed - 2  # ØK's item
    assert search(client, q="sundhedsklynger -regionens")["total"] == sundhed - 2
    assert search(client, q="-sundhedsklynger")["total"] == 0  # nothing wanted, nothing found
    assert search(client, q="ældreområdet -budget")["total"] == 0  # Budgetanalyse left out
    # the snippet marks the phrase's words
    snippet_html = search(client, q='"plan og udvikling"')["results"][0]["snippet"]
    assert "<mark>Plan</mark> og <mark>udvikling</mark>" in snippet_html


_QUERY_CHARS = st.sampled_from(
    list("abø æ1_-\"'»«„“*():&|!<>^.,/\\%") + ["og", "NOT", "AND", "OR", "NEAR", "budget", " -"]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_QUERY_CHARS, max_size=20).map("".join))
def test_any_query_is_answered(archive: dict, text: str) -> None:
    """Whatever is typed, either backend's syntax (FTS5, tsquery) never sees it raw."""
    found = backend().search(Query(text), member=True)
    assert found.total >= len(found.ids) >= 0


def test_stop_words_are_left_out_of_a_query(client: Client, archive: dict) -> None:
    assert (
        search(client, q="og i sundhedsklynger")["total"]
        == search(client, q="sundhedsklynger")["total"]
        > 0
    )
    assert search(client, q="og i")["total"] == 0


def test_a_journal_number_and_a_date_are_found(client: Client, archive: dict) -> None:
    item = archive["budget"]
    m.Attachment.objects.create(
        item=item, number=1, title="Notat", journal_number="8725/21", access="open"
    )
    item.points.update(decision="Behandles igen 30-11-2023.")
    rebuild()
    assert titles(search(client, q="8725/21")) == ["Notat (8725/21)"]
    assert search(client, q="30-11-2023")["total"] == 1


def test_results_show_title_meeting_date_and_highlighted_snippet(
    client: Client, archive: dict
) -> None:
    page = client.get("/soeg/", {"q": "hjemmeplejen"}).content.decode()
    assert "<mark>hjemmeplejen</mark>" in page
    assert 'Direktionen, <time datetime="2023-05-10">10. maj 2023</time>' in page


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["budget", "Budgettet", "sag", "og", "drøftet", "plan"]), max_size=400)
)
def test_a_snippet_shows_the_densest_run_of_hits(words: list[str]) -> None:
    """The window with the most hits, the first of equals, as counting them at each hit
    would find it (the snippet of a bilag's long text counts them in one pass)."""
    text = " ".join(words)
    wanted = query_terms("budget")
    hits = [i for i, w in enumerate(words) if any(t.finds(w) for t in wanted)]
    best = max(hits, key=lambda h: sum(1 for x in hits if h <= x < h + 30)) if hits else 0
    start = max(0, best - 5)
    expected = words[start : start + 30]
    shown = re.sub(r"</?mark>", "", snippet(text, wanted)).strip(" …")
    assert shown.split() == expected


def test_filters_sort_and_pages(client: Client, archive: dict) -> None:
    everything = search(client, q="sundhedsklynger")
    assert everything["total"] >= 4
    only_ok = search(client, q="sundhedsklynger", organ="ØK")
    assert {r["meeting"]["body_code"] for r in only_ok["results"]} == {"ØK"}
    old = search(client, q="sundhedsklynger", til="2022")
    assert {r["date"][:4] for r in old["results"]} == {"2021"}
    by_date = search(client, q="sundhedsklynger", sortering="dato")
    dates = [r["date"] for r in by_date["results"]]
    assert dates == sorted(dates, reverse=True)
    assert search(client, q="sundhedsklynger", side="99")["results"] == []


def test_the_body_filter_offers_the_bodies_that_meet(client: Client, archive: dict) -> None:
    """A council only a referral named has no meetings to find: not among the choices."""
    f.body("ÆR", "Ældrerådet")
    page = client.get("/soeg/", {"q": "sundhedsklynger"}).content.decode()
    assert '<option value="ØK">Økonomiudvalget</option>' in page
    assert "Ældrerådet" not in page


def test_closed_content_is_never_found_by_the_public(client: Client, archive: dict) -> None:
    result = search(client, q="fortroligt")
    assert result == {
        "query": "fortroligt",
        "total": 0,
        "page": 1,
        "pages": 1,
        "people": [],
        "results": [],
    }
    assert "Personalesag" not in json.dumps(search(client, q="personalesag"))


def test_an_items_case_number_is_shown_where_the_item_is_open(
    client: Client, archive: dict
) -> None:
    from dagsorden.portal.data import item_url

    for key, number in (("budget", "00.30.00-S00-1-23"), ("lukket", "81.03.00-G01-9-23")):
        archive[key].case_number = number
        archive[key].save()
    assert "Sagsnr. 00.30.00-S00-1-23" in client.get(item_url(archive["budget"])).content.decode()
    closed = client.get(item_url(archive["lukket"]))
    assert closed.status_code == 404 and "81.03.00" not in closed.content.decode()
    meeting = client.get(item_url(archive["lukket"]).split("sager/")[0]).content.decode()
    assert "Personalesag om sundhedsklynger" in meeting and "81.03.00" not in meeting
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    assert "Sagsnr. 81.03.00-G01-9-23" in client.get(item_url(archive["lukket"])).content.decode()


def test_members_find_closed_content_and_can_filter_on_access(
    client: Client, archive: dict
) -> None:
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    assert search(client, q="fortroligt")["total"] >= 1
    closed = search(client, q="sundhedsklynger", adgang="closed")
    assert closed["total"] >= 1 and all("Personalesag" in r["item"] for r in closed["results"])


def test_an_item_closed_after_publication_leaves_public_search_at_once(
    client: Client, archive: dict
) -> None:
    assert search(client, q="hjemmeplejen")["total"] > 0
    m.AgendaItem.objects.filter(pk=archive["budget"].pk).update(
        access="closed"
    )  # no signals, no re-index
    assert search(client, q="hjemmeplejen")["total"] == 0


def test_unpublishing_a_meeting_or_closing_an_attachment_leaves_search_at_once(
    client: Client, archive: dict
) -> None:
    item = archive["klynge"]
    m.Attachment.objects.create(item=item, number=1, title="Klyngeaftale", access="open")
    rebuild()
    assert search(client, q="klyngeaftale")["total"] == 1
    m.Attachment.objects.filter(item=item).update(
        access="closed"
    )  # a raw update: the database follows
    assert search(client, q="klyngeaftale")["total"] == 0
    before = search(client, q="regionens")["total"]
    assert before > 0
    m.Meeting.objects.filter(pk=item.meeting_id).update(state="draft")
    assert search(client, q="regionens")["total"] == 0
    m.Meeting.objects.filter(pk=item.meeting_id).update(state="published")
    assert search(client, q="regionens")["total"] == before


def test_a_bodys_year_lists_each_meetings_items_and_points(client: Client, archive: dict) -> None:
    page = client.get("/organer/direktionen/?aar=2023").content.decode()
    # the open item linked, with its points, each to its place on the item's page
    assert '<a href="/organer/direktionen/moeder/2023-05-10/sager/1/">Budgetanalyse' in page
    assert (
        '<a href="/organer/direktionen/moeder/2023-05-10/sager/1/#punkt-1">Punkt en '
        "budgetanalyse af hjemmeplejen</a>"
    ) in page
    # the closed one by its heading only
    assert 'Personalesag om sundhedsklynger <span class="access closed">(lukket)</span>' in page
    assert "fortroligt" not in page and "sager/2/" not in page
    # members read the closed item's points too
    member = User.objects.create_user("direktoer", password="x" * 12)
    member.groups.add(Group.objects.get_or_create(name="members")[0])
    client.force_login(member)
    assert (
        "Punkt fortroligt om sundhedsklynger"
        in client.get("/organer/direktionen/").content.decode()
    )


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/organer/direktionen/",
        "/organer/direktionen/moeder/2023-05-10/",
        "/organer/direktionen/moeder/2023-05-10/sager/1/",
        "/soeg/?q=budget",
    ],
)
def test_every_page_has_a_json_twin(client: Client, archive: dict, url: str) -> None:
    path, _, query = url.partition("?")
    twin = (path.rstrip("/") or "/index") + ".json" + ("?" + query if query else "")
    by_suffix = client.get(twin)
    by_header = client.get(url, HTTP_ACCEPT="application/json")
    assert by_suffix.status_code == by_header.status_code == 200
    assert by_suffix["Content-Type"] == "application/json"
    assert by_suffix.json() == by_header.json()


def test_closed_item_in_json_is_heading_only(client: Client, archive: dict) -> None:
    meeting = client.get("/organer/direktionen/moeder/2023-05-10.json").json()
    closed = [i for i in meeting["items"] if i["access"] == "closed"]
    assert closed == [
        {
            "number": None,
            "title": "Personalesag om sundhedsklynger",
            "access": "closed",
            "url": None,
        }
    ]
    assert client.get("/organer/direktionen/moeder/2023-05-10/sager/2/").status_code == 404


def test_feeds_calendar_and_sitemap(client: Client, archive: dict) -> None:
    feed = client.get("/referater.atom")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    assert "Direktionen 10-05-2023" in feed.content.decode()
    assert "Personalesag" not in feed.content.decode()
    body_feed = client.get("/organer/oekonomiudvalget/referater.atom").content.decode()
    assert (
        "Økonomiudvalget 01-06-2023" in body_feed
        and "Direktionen" not in body_feed.split("<entry>", 1)[-1]
    )
    soon = f.meeting(date.today() + timedelta(days=7))
    ics = client.get("/organer/direktionen/moeder.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    assert f"DTSTART;VALUE=DATE:{soon.date:%Y%m%d}".encode() in ics.content
    assert b"20230510" not in ics.content  # more than a year ago
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>https?://[^/]+(/[^<]+)</loc>", index)
    assert "/sitemap-sager.xml" in sections
    sitemap = "".join(client.get(url).content.decode() for url in sections)
    assert "/organer/direktionen/moeder/2023-05-10/sager/1/" in sitemap
    assert "/organer/direktionen/moeder/2023-05-10/sager/2/" not in sitemap  # the closed item


def test_a_search_can_be_followed_as_a_feed(client: Client, archive: dict) -> None:
    """The newest public results first, the form's body and years kept, for anyone: a
    member's feed reader does not sign in, and a feed may be shared."""
    page = client.get("/soeg/", {"q": "sundhedsklynger", "organ": "DIR"}).content.decode()
    link = '/soeg.atom?q=sundhedsklynger&amp;organ=DIR"'
    assert 'rel="alternate" type="application/atom+xml"' in page and link in page
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    feed = client.get("/soeg.atom", {"q": "sundhedsklynger"})
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    text = feed.content.decode()
    assert "søgning efter »sundhedsklynger«" in text
    assert "Personalesag" not in text and "fortroligt" not in text  # closed, member or not
    published = re.findall(r"<published>(\d{4}-\d\d-\d\d)", text)
    assert published == sorted(published, reverse=True) and "2023-06-01" in published
    ids = re.findall(r"<id>([^<]+)</id>", text.split("<entry>", 1)[1])
    assert len(ids) == len(set(ids)) == len(published) and all(
        i.startswith("http://testserver/") for i in ids
    )
    assert "&lt;mark&gt;sundhedsklynger&lt;/mark&gt;" in text
    only_dir = client.get("/soeg.atom", {"q": "sundhedsklynger", "organ": "DIR"}).content
    assert b"2023-06-01" not in only_dir and b"2021-03-03" in only_dir
    assert b'rel="self"' in only_dir and b"/soeg.atom?q=sundhedsklynger&amp;organ=DIR" in only_dir
    assert client.get("/soeg.atom").status_code == 404  # no search, no feed


def test_attachment_files_go_through_the_access_check(client: Client, archive: dict) -> None:
    item = archive["budget"]
    open_att = m.Attachment(item=item, number=1, title="Budgetnotat.pdf", access="open")
    open_att.file.save("x", ContentFile(b"%PDF-1.4 budget"), save=True)
    closed_att = m.Attachment(item=item, number=2, title="Fortroligt notat", access="closed")
    closed_att.file.save("y", ContentFile(b"hemmelig tekst"), save=True)
    response = client.get(f"/bilag/{open_att.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 budget"
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    missing = client.get("/bilag/999999/")
    closed = client.get(f"/bilag/{closed_att.pk}/")
    assert closed.status_code == missing.status_code == 404
    assert f.page_shape(closed.content, f"/bilag/{closed_att.pk}/") == f.page_shape(
        missing.content, "/bilag/999999/"
    )
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    member = client.get(f"/bilag/{closed_att.pk}/")
    assert member.status_code == 200 and member["Cache-Control"] == "private, no-store"
    assert member["Content-Disposition"].startswith("attachment")


def test_language_is_danish_first_and_english_on_request(client: Client, archive: dict) -> None:
    assert "Dagsordener og referater" in client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/").content.decode()
    assert '<html lang="en">' in page and "Agendas and minutes" in page
    meeting = client.get("/organer/direktionen/moeder/2023-05-10/").content.decode()
    assert "Ordinary meeting · Minutes published" in meeting  # data labels too


def test_security_headers(client: Client, archive: dict) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_check_deploy_is_clean_under_production_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {
        "DAGSORDEN_DATA": str(tmp_path),
        "DAGSORDEN_HTTPS": "true",
        "DAGSORDEN_DEBUG": "false",
        "DAGSORDEN_ALLOWED_HOSTS": "dagsorden.example.dk",
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "dagsorden.cli",
            "manage",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.django_db(transaction=True)
def test_saving_in_the_admin_reindexes_the_meeting_once_committed(client: Client) -> None:
    meeting = f.meeting(date(2023, 9, 6))
    item = f.item(meeting, "Trafiksikkerhedsplan", "open", "cykelstier")
    assert search(client, q="cykelstier")["total"] > 0  # indexed on commit by the signals
    point = item.points.get()
    point.decision = "Godkendt med vejbump."
    point.save()
    assert search(client, q="vejbump")["total"] == 1
    with pytest.raises(RuntimeError), transaction.atomic():  # a change that is rolled back…
        point.decision = "Udsat."
        point.save()
        raise RuntimeError
    point.decision = "Godkendt med rundkørsel."  # …does not keep the next one from the index
    point.save()
    assert search(client, q="rundkørsel")["total"] == 1
    item.delete()
    assert search(client, q="cykelstier")["total"] == 0


def test_ids_on_a_meeting_page_are_unique(client: Client, db) -> None:  # type: ignore[no-untyped-def]
    """Each item's points and attachments are anchored, and on the meeting's page, where
    several items stand, no two anchors share an id."""
    meeting = f.meeting(date(2026, 3, 4))
    for order in (1, 2):
        item = f.item(meeting, f"Sag {order}", "open", f"tekst {order}", order=order)
        m.Attachment.objects.create(
            item=item, point=item.points.get(), number=1, title=f"Bilag {order}", access="open"
        )
    page = client.get("/organer/direktionen/moeder/2026-03-04/").content.decode()
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert 'id="sag-2-bilag-1"' in page and 'href="#sag-2-bilag-1"' in page
    one = client.get("/organer/direktionen/moeder/2026-03-04/sager/2/").content.decode()
    assert 'id="punkt-1"' in one and 'href="#bilag-1">Bilag 1: Bilag 2</a>' in one
    client.cookies["django_language"] = "en"
    english = client.get("/organer/direktionen/moeder/2026-03-04/sager/2/").content.decode()
    assert 'href="#bilag-1">Attachment 1: Bilag 2</a>' in english


def test_dates_put_the_day_first_in_english_too(client: Client, db) -> None:  # type: ignore[no-untyped-def]
    """'4 March 2026' beside the Danish '4. marts 2026', not Django's American 'March 4'."""
    f.item(f.meeting(date(2026, 3, 4)), "Sag", "open", "tekst", order=1)
    assert "onsdag 4. marts 2026" in client.get("/organer/direktionen/").content.decode()
    client.cookies["django_language"] = "en"
    assert "Wednesday 4 March 2026" in client.get("/organer/direktionen/").content.decode()
    english = client.get("/organer/direktionen/moeder/2026-03-04/sager/1/").content.decode()
    assert "4 March 2026" in english and "March 4" not in english


def test_latest_decisions_do_not_repeat_the_points_title(client: Client, archive: dict) -> None:
    point = archive["budget"].points.get()
    point.title = "Plan- og udviklingsstrategi."
    point.decision = "Plan- og udviklingsstrategi. Status på proces og organisering."
    point.save()
    page = client.get("/").content.decode()
    assert "<p>Status på proces og organisering.</p>" in page
    assert "Plan- og udviklingsstrategi.</a>" in page  # the title, as the link
