"""The OParl 1.1 API: every object valid against the specification's schemas, every URL it
gives followed, lists paged and filtered, and nothing closed in any of it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from django.core.files.base import ContentFile
from django.test import Client

from dagsorden.meetings import models as m

from . import factories as f
from .test_access import CLOSED_NAMING, MARKERS
from .test_access import archive as archive  # noqa: F401  (the fixture, used below)

SCHEMAS = {
    p.stem: json.loads(p.read_text()) for p in (Path(__file__).parents[1] / "oparl").glob("*.json")
}
ROOT = "/oparl/v1.1/"
HOST = "http://testserver"


def validate(obj: dict[str, Any], kind: str | None = None) -> str:
    """Check obj against its type's schema and its embedded objects against theirs; returns
    the type."""
    kind = kind or obj["type"].rsplit("/", 1)[-1]
    schema = SCHEMAS[kind]
    jsonschema.validate(obj, schema)
    assert obj["type"] == f"https://schema.oparl.org/1.1/{kind}"
    for key, spec in schema["properties"].items():
        if key not in obj:
            continue
        if "schema" in spec:
            validate(obj[key], spec["schema"].removesuffix(".json"))
        elif spec.get("type") == "array" and "schema" in spec.get("items", {}):
            for embedded in obj[key]:
                validate(embedded, spec["items"]["schema"].removesuffix(".json"))
    return kind


def urls_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.startswith(HOST + ROOT) else []
    if isinstance(value, dict):
        return [u for v in value.values() for u in urls_in(v)]
    if isinstance(value, list):
        return [u for v in value for u in urls_in(v)]
    return []


def crawl(client: Client) -> tuple[dict[str, Any], dict[str, int]]:
    """Every API URL reachable from the system object; each object validated, each list's
    every page followed. Returns the answers by URL and how many objects of each type."""
    seen: dict[str, Any] = {}
    kinds: dict[str, int] = {}
    queue = [HOST + ROOT]
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url.removeprefix(HOST))
        assert response.status_code == 200, url
        assert response["Access-Control-Allow-Origin"] == "*"
        data = response.json()
        seen[url] = data
        if "data" in data:  # a list: its objects, and its other pages
            assert set(data) == {"data", "pagination", "links"}
            for obj in data["data"]:
                kind = validate(obj)
                kinds[kind] = kinds.get(kind, 0) + 1
                queue.extend(urls_in(obj))
            queue.extend(data["links"].values())
        else:
            kind = validate(data)
            kinds[kind] = kinds.get(kind, 0) + 1
            queue.extend(urls_in(data))
    return seen, kinds


@pytest.fixture
def with_files(archive: None, tmp_path: Path, settings: Any) -> None:  # noqa: F811
    """The access test's archive, with an open and a closed file on the open item and a
    person with a public title. (Files go where the archive put its own.)"""
    item = m.AgendaItem.objects.get(title="Åben sag om budget")
    for number, access in ((1, "open"), (2, "closed")):
        a = m.Attachment(
            item=item,
            number=number,
            title=f"Bilag {access}",
            access=access,
            media_type="application/pdf",
        )
        a.file.save(f"b{number}.pdf", ContentFile(b"%PDF-1.4 " + access.encode()), save=True)
    m.Role.objects.create(
        person=m.Person.objects.create(name="Bettina Andersen", slug="bettina-andersen"),
        title="økonomichef",
        body=item.meeting.body,
        start=date(2023, 3, 1),
        end=date(2023, 3, 1),
        public_start=date(2023, 3, 1),
        public_end=date(2023, 3, 1),
    )


def test_every_object_is_valid_oparl_and_every_url_answers(
    client: Client, with_files: None
) -> None:
    seen, kinds = crawl(client)
    every = (
        "System",
        "Body",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "AgendaItem",
        "Paper",
        "Consultation",
    )
    assert all(kinds.get(kind) for kind in (*every, "File")), kinds
    everything = json.dumps(seen, ensure_ascii=False)
    assert "Besluttet offentligtekst" in everything  # an open item's decision
    assert "Dagsordenspunkt om veje" in everything  # a published agenda's item
    assert "Bilag open" in everything and "Bilag closed" not in everything
    assert '"name": "Personalesag"' in everything  # a closed item's heading…
    assert '"public": false' in everything  # … marked so, and nothing more
    for marker in MARKERS:
        assert marker not in everything, marker
    # the agenda and minutes PDFs the meeting gives as files are there
    meeting = next(v for v in seen.values() if v.get("name") == "Direktionen 1. marts 2023")
    pdf = client.get(meeting["resultsProtocol"]["accessUrl"].removeprefix(HOST))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_who_a_closed_item_names_is_not_in_the_api(
    client: Client, tmp_path: Path, db: None
) -> None:
    from dagsorden.importer.run import import_paths

    (tmp_path / "referat.txt").write_text(CLOSED_NAMING)
    import_paths([tmp_path], progress=False)
    seen, _ = crawl(client)
    everything = json.dumps(seen, ensure_ascii=False)
    people = client.get(f"{ROOT}body/{m.Organisation.objects.get().pk}/person/").json()
    assert [p["name"] for p in people["data"]] == ["Bettina Andersen"]
    assert "Hansensen" not in everything and "personalechef" not in everything


def test_lists_are_paged_and_filtered(
    client: Client, db: None, django_assert_max_num_queries: Any
) -> None:
    for day in range(1, 6):
        meeting = f.meeting(date(2023, 3, day))
        f.item(meeting, "Åben", "open", order=1)
        f.item(meeting, "Lukket", "closed", order=2)
    f.meeting(date(2023, 3, 9), state="draft")
    url = f"{ROOT}body/{m.Organisation.objects.get().pk}/meeting/"
    page = client.get(url, {"limit": 2}).json()
    assert page["pagination"] == {
        "totalElements": 5,
        "elementsPerPage": 2,
        "currentPage": 1,
        "totalPages": 3,
    }
    names, links = [], page["links"]
    while True:
        names += [x["name"] for x in page["data"]]
        if "next" not in page["links"]:
            break
        page = client.get(page["links"]["next"].removeprefix(HOST)).json()
    assert len(names) == 5 and names[0] == "Direktionen 1. marts 2023"
    assert "prev" not in links and page["links"]["prev"].endswith("page=2")
    with django_assert_max_num_queries(8):  # a page's meetings and their items read at once
        assert len(client.get(url).json()["data"]) == 5
    assert client.get(url, {"page": 9}).status_code == 404
    assert client.get(url, {"page": "x"}).status_code == 400
    # changed since a moment: the meeting's own times
    later = m.Meeting.objects.get(date=date(2023, 3, 5))
    m.Meeting.objects.filter(pk=later.pk).update(updated="2030-01-01T12:00:00+01:00")
    since = client.get(url, {"modified_since": "2029-12-31T00:00:00+01:00"}).json()
    assert [x["name"] for x in since["data"]] == ["Direktionen 5. marts 2023"]
    until = client.get(url, {"created_until": "2000-01-01T00:00:00"}).json()
    assert until["data"] == [] and until["pagination"]["totalElements"] == 0
    bad = client.get(url, {"modified_since": "i går"})
    assert bad.status_code == 400 and "modified_since" in bad.json()["error"]


def test_hidden_and_missing_objects_answer_alike(client: Client, archive: None) -> None:  # noqa: F811
    draft = m.Meeting.objects.get(state="draft")
    closed_item = m.AgendaItem.objects.get(title="Personalesag")
    for url in (
        f"{ROOT}meeting/{draft.pk}/",
        f"{ROOT}meeting/999999/",
        f"{ROOT}agendaItem/{draft.items.get().pk}/",
        f"{ROOT}meeting/{m.Meeting.objects.get(state='held').pk}/referat/",
        f"{ROOT}file/999999/",
        f"{ROOT}person/999999/",
    ):
        response = client.get(url)
        assert (response.status_code, response.json()) == (404, {"error": "not found"}), url
    # a closed item is its heading and public: false, without its decision
    item = client.get(f"{ROOT}agendaItem/{closed_item.pk}/").json()
    assert item["public"] is False and "resolutionText" not in item
    assert client.post(ROOT).status_code == 405


def _routed(
    meeting: m.Meeting, title: str, codes: tuple[str, ...], access: str = "open"
) -> m.AgendaItem:
    item = f.item(meeting, title, access)
    for order, code in enumerate(codes):
        m.RoutingStep.objects.create(item=item, body=f.body(code, code), order=order)
    return item


def test_an_open_item_is_a_paper_its_route_the_consultations(
    client: Client, db: None, tmp_path: Path, settings: Any, django_assert_max_num_queries: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    route = ("ØK", "KB")
    ok = _routed(f.meeting(date(2022, 12, 6), code="ØK", name="Økonomiudvalget"), "Budget", route)
    kb = _routed(
        f.meeting(date(2022, 12, 13), code="KB", name="Kommunalbestyrelsen"), "Budget", route
    )
    # the same heading in KB more than a year on: another case
    _routed(f.meeting(date(2024, 1, 30), code="KB", name="Kommunalbestyrelsen"), "Budget", route)
    closed = _routed(ok.meeting, "Køb af ejendom", route, access="closed")
    draft = _routed(f.meeting(date(2022, 12, 20), state="draft"), "Kladde", ("DIR",))
    ok.case_number = "00.30.00-S00-1-22"
    ok.save()
    main = m.Attachment(item=ok, number=1, title="Budget 2023", access="open", main_document=True)
    main.file.save("budget.pdf", ContentFile(b"%PDF-1.4 budget"), save=True)

    paper = client.get(f"{ROOT}paper/{ok.pk}/").json()
    assert validate(paper) == "Paper"
    assert (paper["name"], paper["date"], paper["reference"]) == (
        "Budget",
        "2022-12-06",
        "00.30.00-S00-1-22",
    )
    assert paper["mainFile"]["name"] == "Budget 2023" and "auxiliaryFile" not in paper
    steps = paper["consultation"]
    assert [(c["organization"], c["authoritative"], c["role"]) for c in steps] == [
        ([f"{HOST}{ROOT}organization/{f.body('ØK').pk}/"], False, "Indstilling"),
        ([f"{HOST}{ROOT}organization/{f.body('KB').pk}/"], True, "Beslutning"),
    ]
    assert [c["agendaItem"] for c in steps] == [
        f"{HOST}{ROOT}agendaItem/{ok.pk}/",
        f"{HOST}{ROOT}agendaItem/{kb.pk}/",  # KB a week later, not the year after
    ]
    assert steps[1]["meeting"] == f"{HOST}{ROOT}meeting/{kb.meeting_id}/"
    # KB's item is the case ØK took up a week before: a consultation of ØK's paper, not a
    # paper of its own; each item names its own consultation in the one paper
    ok_item = client.get(f"{ROOT}agendaItem/{ok.pk}/").json()
    assert ok_item["consultation"] == f"{HOST}{ROOT}consultation/{ok.pk}/1/"
    item = client.get(f"{ROOT}agendaItem/{kb.pk}/").json()
    assert item["consultation"] == f"{HOST}{ROOT}consultation/{ok.pk}/2/"
    assert client.get(item["consultation"].removeprefix(HOST)).json() == steps[1]
    # a continued case, a closed item, a draft's item, a step beyond the route: no such object
    for url in (
        f"{ROOT}paper/{kb.pk}/",
        f"{ROOT}consultation/{kb.pk}/2/",
        f"{ROOT}paper/{closed.pk}/",
        f"{ROOT}paper/{draft.pk}/",
        f"{ROOT}consultation/{ok.pk}/3/",
        f"{ROOT}consultation/{closed.pk}/1/",
    ):
        assert client.get(url).status_code == 404, url
    assert "consultation" not in client.get(f"{ROOT}agendaItem/{closed.pk}/").json()
    listed = f"{ROOT}body/{m.Organisation.objects.get().pk}/paper/"
    with django_assert_max_num_queries(9):  # a page's papers and their routes read at once
        papers = client.get(listed).json()
    # ØK's case, and KB's more than a year on (a case of its own)
    assert [p["date"] for p in papers["data"]] == ["2022-12-06", "2024-01-30"]
    assert papers["pagination"]["totalElements"] == 2


def test_a_case_is_one_paper_only_where_an_open_item_began_it(client: Client, db: None) -> None:
    route = ("MTU", "ØK", "KB")
    mtu = f.meeting(date(2023, 3, 1), code="MTU", name="Miljø- og Teknikudvalget")
    ok = f.meeting(date(2023, 3, 8), code="ØK", name="Økonomiudvalget")
    kb = f.meeting(date(2023, 3, 29), code="KB", name="Kommunalbestyrelsen")
    # closed in MTU, open in ØK and KB: the paper is ØK's, the first open step
    _routed(mtu, "Salg af grund", route, access="closed")
    sale_ok, sale_kb = (_routed(x, "Salg af grund", route) for x in (ok, kb))
    # the same heading in KB, but routed without ØK: KB's own case
    own = _routed(kb, "Temadrøftelse", ("KB",))
    _routed(ok, "Temadrøftelse", ("ØK",))
    # KB's item without the earlier step in the archive: a paper of its own
    alone = _routed(kb, "Lokalplan 12", route)
    listed = f"{ROOT}body/{m.Organisation.objects.get().pk}/paper/"
    ids = {p["id"] for p in client.get(listed).json()["data"]}
    assert ids == {
        f"{HOST}{ROOT}paper/{x.pk}/"
        for x in (sale_ok, own, alone, m.AgendaItem.objects.get(title="Temadrøftelse", meeting=ok))
    }
    steps = client.get(f"{ROOT}paper/{sale_ok.pk}/").json()["consultation"]
    assert [c.get("agendaItem") for c in steps] == [
        f"{HOST}{ROOT}agendaItem/{m.AgendaItem.objects.get(meeting=mtu).pk}/",
        f"{HOST}{ROOT}agendaItem/{sale_ok.pk}/",
        f"{HOST}{ROOT}agendaItem/{sale_kb.pk}/",
    ]
    item = client.get(f"{ROOT}agendaItem/{sale_kb.pk}/").json()
    assert item["consultation"] == f"{HOST}{ROOT}consultation/{sale_ok.pk}/3/"
    # KB's minutes write the whole route, ØK's only from ØK on: KB's step as ØK's paper counts
    budget_ok = _routed(ok, "Budget 2024", ("ØK", "KB"))
    budget_kb = _routed(kb, "Budget 2024", route)
    item = client.get(f"{ROOT}agendaItem/{budget_kb.pk}/").json()
    assert item["consultation"] == f"{HOST}{ROOT}consultation/{budget_ok.pk}/2/"
    step = client.get(item["consultation"].removeprefix(HOST)).json()
    assert step["agendaItem"] == f"{HOST}{ROOT}agendaItem/{budget_kb.pk}/"


def test_case_numbers_tell_cases_apart_and_join_a_reworded_heading(
    client: Client, db: None
) -> None:
    route = ("ØK", "KB")
    ok = f.meeting(date(2023, 3, 8), code="ØK", name="Økonomiudvalget")
    kb = f.meeting(date(2023, 3, 29), code="KB", name="Kommunalbestyrelsen")
    later = f.meeting(date(2023, 9, 27), code="KB", name="Kommunalbestyrelsen")

    def numbered(meeting: m.Meeting, title: str, number: str) -> m.AgendaItem:
        item = _routed(meeting, title, route)
        item.case_number = number
        item.save()
        return item

    # two cases of one heading within the year, told apart by their numbers
    spring_ok = numbered(ok, "Anlægsbevilling", "82.02.00-G01-1-23")
    spring_kb = numbered(kb, "Anlægsbevilling", "82.02.00-G01-1-23")
    autumn_kb = numbered(later, "Anlægsbevilling", "82.02.00-G01-7-23")
    # one case whose heading KB wrote otherwise
    plan_ok = numbered(ok, "Lokalplan 12 for Grenaa Havn", "01.02.05-P16-3-23")
    plan_kb = numbered(kb, "Endelig vedtagelse af lokalplan 12", "01.02.05-P16-3-23")
    # an item without a number goes by its heading
    plain_kb = _routed(kb, "Lokalplan 12 for Grenaa Havn", route)

    listed = f"{ROOT}body/{m.Organisation.objects.get().pk}/paper/"
    ids = {p["id"] for p in client.get(listed).json()["data"]}
    assert ids == {f"{HOST}{ROOT}paper/{x.pk}/" for x in (spring_ok, autumn_kb, plan_ok)}
    for first, second in ((spring_ok, spring_kb), (plan_ok, plan_kb)):
        steps = client.get(f"{ROOT}paper/{first.pk}/").json()["consultation"]
        assert [c.get("agendaItem") for c in steps] == [
            f"{HOST}{ROOT}agendaItem/{first.pk}/",
            f"{HOST}{ROOT}agendaItem/{second.pk}/",
        ]
        item = client.get(f"{ROOT}agendaItem/{second.pk}/").json()
        assert item["consultation"] == f"{HOST}{ROOT}consultation/{first.pk}/2/"
    item = client.get(f"{ROOT}agendaItem/{plain_kb.pk}/").json()
    assert item["consultation"] == f"{HOST}{ROOT}consultation/{plan_ok.pk}/2/"
    steps = client.get(f"{ROOT}paper/{autumn_kb.pk}/").json()["consultation"]
    assert [c.get("agendaItem") for c in steps] == [None, f"{HOST}{ROOT}agendaItem/{autumn_kb.pk}/"]


def test_an_item_of_a_body_outside_its_route_prepares_the_case(client: Client, db: None) -> None:
    # A Direktionen item routed to the political bodies: the board prepares it for them.
    item = _routed(f.meeting(date(2022, 11, 30)), "Plan- og udviklingsstrategi", ("MTU", "ØK"))
    steps = client.get(f"{ROOT}paper/{item.pk}/").json()["consultation"]
    assert [(c.get("agendaItem"), c["authoritative"]) for c in steps] == [
        (f"{HOST}{ROOT}agendaItem/{item.pk}/", False),
        (None, False),
        (None, True),
    ]


def test_a_heading_every_meeting_has_joins_no_case(client: Client, db: None) -> None:
    route = ("ØK", "KB")
    ok = f.meeting(date(2023, 3, 8), code="ØK", name="Økonomiudvalget")
    kb = f.meeting(date(2023, 3, 29), code="KB", name="Kommunalbestyrelsen")
    items = [_routed(x, title, route) for x in (ok, kb) for title in ("Eventuelt", "Budget 2024")]
    listed = f"{ROOT}body/{m.Organisation.objects.get().pk}/paper/"
    papers = {p["id"] for p in client.get(listed).json()["data"]}
    # Each 'Eventuelt' its own paper; 'Budget 2024' one case through ØK and KB.
    assert papers == {f"{HOST}{ROOT}paper/{x.pk}/" for x in items[:3]}
