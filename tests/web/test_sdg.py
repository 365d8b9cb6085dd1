"""Verdensmål: suggestions from keywords, confirmed by the secretariat, shown per goal and in a
yearly report, with closed content kept out."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m
from dagsorden.meetings import sdg_keywords
from dagsorden.meetings.sdg_keywords import suggest_goals

from . import factories as f


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        ("Sundhedsklyngen og samarbejdet med regionen", [3, 17]),  # a compound: sundhed + klynge
        ("Klimaplan og energirenovering", [7, 13]),
        ("Rekruttering af ny skolechef", [4, 8]),
        ("Ligestillingsredegørelse", [5]),
        ("Budgetopfølgning pr. 31. marts", []),
        ("Havnen i Grenaa", []),  # 'hav' only as a whole word
    ],
)
def test_suggest_goals(text: str, goals: list[int]) -> None:
    assert suggest_goals(text) == goals


def _scanned_goals(text: str) -> list[int]:
    """suggest_goals as a scan of the stems with one pattern a way of matching, each keyword
    an alternative: what the word-by-word reading replaced."""
    k = sdg_keywords

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    joined = " ".join(k._stems(text))
    patterns = (
        rf"(?<!\S)({alternatives(k._COMPOUND)})",
        rf"({alternatives(k._COMPOUND)})(?!\S)",
        rf"(?<!\S)({alternatives(k._WHOLE)})(?!\S)",
    )
    return sorted({k._GOAL_OF[m.group(1)] for p in patterns for m in re.finditer(p, joined)})


# Keywords, their words, compounds made of them, and other words, in any case and order.
_KEYWORD_WORDS = sorted(
    {w for words in sdg_keywords.KEYWORDS.values() for k in words for w in k.split()}
)
_PIECES = st.sampled_from(
    [*_KEYWORD_WORDS, "plan", "klynge", "en", "erne", "s", "havn", "budget", "og", "i", "trafik"]
)
_WORDS = st.lists(_PIECES, min_size=1, max_size=3).map("".join)
_CASED = st.tuples(_WORDS, st.booleans()).map(lambda w: w[0].capitalize() if w[1] else w[0])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_CASED, st.sampled_from([" ", "  ", ", ", ". ", "\n", "-"])), max_size=12)
)
def test_suggest_goals_reads_words_as_the_patterns_scanned(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert suggest_goals(text) == _scanned_goals(text)
    assert suggest_goals(text) == _scanned_goals(text)  # again, from the words kept


@pytest.mark.django_db
def test_import_suggests_and_the_public_sees_only_confirmed(client: Client, seeds) -> None:  # type: ignore[no-untyped-def]
    import_paths(seeds, progress=False)
    suggested = m.SDGTag.objects.filter(confirmed=False)
    assert suggested.exists() and not m.SDGTag.objects.filter(confirmed=True).exists()
    rekruttering = suggested.filter(
        point__title__startswith="Status på chef- og direktøransættelser", goal__number=8
    )
    assert rekruttering.exists()  # 'Rekruttering blev drøftet' in its decision
    assert "Status på chef" not in client.get("/verdensmaal/8/").content.decode()
    rekruttering.update(confirmed=True)
    page = client.get("/verdensmaal/8/").content.decode()
    assert "Status på chef- og direktøransættelser samt HRs rolle." in page
    goals = client.get("/verdensmaal.json").json()["goals"]
    assert len(goals) == 17 and goals[7]["count"] == 1


@pytest.mark.django_db
def test_closed_items_never_show_and_members_see_suggestions(client: Client) -> None:
    meeting = f.meeting(date(2024, 2, 7))
    open_item = f.item(meeting, "Klimaplan", "open", "klima", order=1)
    closed_item = f.item(meeting, "Personalesag HEMMELIG", "closed", "klima", order=2)
    closed_item.points.update(title="Fortroligt punkt HEMMELIG")
    goal = m.SDGGoal.objects.get(number=13)
    m.SDGTag.objects.create(
        goal=goal, item=closed_item, point=closed_item.points.get(), confirmed=True
    )
    m.SDGTag.objects.create(goal=goal, item=open_item, confirmed=False)
    # with nothing confirmed, the page says why it is empty; then not
    assert "Ingen punkter er mærket endnu" in client.get("/verdensmaal/").content.decode()
    m.SDGTag.objects.create(goal=goal, item=open_item, point=open_item.points.get(), confirmed=True)
    assert "Ingen punkter er mærket endnu" not in client.get("/verdensmaal/").content.decode()
    for url in (
        "/verdensmaal/",
        "/verdensmaal/13/",
        "/verdensmaal.json",
        "/verdensmaal/13.json",
        "/verdensmaal/rapport/direktionen/2024/",
        "/verdensmaal/rapport/direktionen/2024.csv",
    ):
        assert "HEMMELIG" not in client.get(url).content.decode(), url
    rows = list(
        csv.reader(
            io.StringIO(client.get("/verdensmaal/rapport/direktionen/2024.csv").content.decode())
        )
    )
    assert (
        rows[0][0] == "verdensmål"
        and len(rows) == 2
        and rows[1][:3] == ["13", "Klimaindsats", "2024-02-07"]
    )
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    page = client.get("/verdensmaal/13/").content.decode()
    assert "HEMMELIG" in page and "forslag, ikke bekræftet" in page


@pytest.mark.django_db
def test_the_admin_confirms_suggestions(admin_client: Client) -> None:
    meeting = f.meeting(date(2024, 2, 7))
    item = f.item(meeting, "Klimaplan", "open", "klima")
    tag = m.SDGTag.objects.create(goal=m.SDGGoal.objects.get(number=13), item=item)
    response = admin_client.post(
        "/admin/meetings/sdgtag/", {"action": "confirm", "_selected_action": [tag.pk]}
    )
    assert response.status_code == 302
    tag.refresh_from_db()
    assert tag.confirmed


@pytest.mark.django_db
def test_a_bulk_import_suggests_as_the_words_of_each_point_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A bulk import works the suggestions out in its parsing process: the same as from the
    parsed documents' own words."""
    from bench.generate import generate
    from dagsorden.core import parse_text
    from dagsorden.importer import run

    paths = generate(tmp_path / "bulk", run.PARALLEL_FROM + 5)
    summary = import_paths([tmp_path / "bulk"], progress=False)
    assert summary.imported == len(paths)
    expected = set()
    for path in paths:
        for item in parse_text(path.read_text()).items:
            for order, p in enumerate(item.points):
                text = f"{p.title} {p.presentation} {p.decision}"
                expected |= {(p.title, order, n) for n in suggest_goals(text)}
    stored = set(m.SDGTag.objects.values_list("point__title", "point__order", "goal__number"))
    assert expected and stored == expected
