"""Migrations that move data keep it: run on a database holding rows of the older shape."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("meetings", "0010_attachment_point")]
AFTER = [("meetings", "0011_action_responsible_people")]


def migrate(targets: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def latest_after(transactional_db: None):  # type: ignore[no-untyped-def]
    """Whatever the test does to the schema, the next test finds it migrated to the end."""
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@pytest.mark.usefixtures("latest_after")
def test_an_actions_one_responsible_person_becomes_the_first_of_its_people() -> None:
    old = migrate(BEFORE)
    Person = old.get_model("meetings", "Person")
    org = old.get_model("meetings", "Organisation").objects.create(name="Norddjurs Kommune")
    body = old.get_model("meetings", "Body").objects.create(
        organisation=org, name="Direktionen", code="DIR", slug="direktionen"
    )
    meeting = old.get_model("meetings", "Meeting").objects.create(
        body=body, date=date(2022, 11, 30)
    )
    item = old.get_model("meetings", "AgendaItem").objects.create(
        meeting=meeting, order=1, title="Punkter til behandling"
    )
    person = Person.objects.create(name="Jeppe Thvilum", slug="jeppe-thvilum")
    Action = old.get_model("meetings", "Action")
    Action.objects.create(item=item, responsible_person=person, text="… tager videre initiativ.")
    Action.objects.create(item=item, text="Der følges op.")

    new = migrate(AFTER)
    actions = new.get_model("meetings", "Action").objects.order_by("pk")
    assert [list(a.responsible_people.values_list("name", flat=True)) for a in actions] == [
        ["Jeppe Thvilum"],
        [],
    ]

    back = migrate(BEFORE)  # and back again, the first person kept
    assert [
        a.responsible_person_id for a in back.get_model("meetings", "Action").objects.order_by("pk")
    ] == [person.pk, None]


@pytest.mark.usefixtures("latest_after")
def test_a_public_roles_period_becomes_its_public_period() -> None:
    flagged = [("meetings", "0012_role_public")]
    old = migrate(flagged)
    Person, Role = old.get_model("meetings", "Person"), old.get_model("meetings", "Role")
    person = Person.objects.create(name="Bettina Andersen", slug="bettina-andersen")
    start, end = date(2021, 1, 20), date(2022, 11, 30)
    Role.objects.create(person=person, title="økonomichef", start=start, end=end, public=True)
    Role.objects.create(person=person, title="budgetchef", start=start, end=end, public=False)
    Role.objects.create(person=person, title="konsulent", end=end, public=True)  # by hand

    new = migrate([("meetings", "0013_role_public_period")])
    periods = (
        new.get_model("meetings", "Role")
        .objects.order_by("title")
        .values_list("title", "public_start", "public_end")
    )
    assert list(periods) == [
        ("budgetchef", None, None),
        ("konsulent", end, end),
        ("økonomichef", start, end),
    ]

    back = migrate(flagged)
    flags = back.get_model("meetings", "Role").objects.order_by("title")
    assert list(flags.values_list("title", "public")) == [
        ("budgetchef", False),
        ("konsulent", True),
        ("økonomichef", True),
    ]


@pytest.mark.usefixtures("latest_after")
def test_councils_imported_as_political_bodies_become_advisory() -> None:
    old = migrate([("meetings", "0024_heads_with_their_month")])
    org = old.get_model("meetings", "Organisation").objects.create(name="Norddjurs Kommune")
    Body = old.get_model("meetings", "Body")
    for name, code in [("Ældrerådet", "Æ"), ("Byrådet", "BR"), ("Økonomiudvalget", "ØK")]:
        Body.objects.create(organisation=org, name=name, code=code, slug=code, kind="political")
    new = migrate([("meetings", "0025_councils_advise")])
    kinds = dict(new.get_model("meetings", "Body").objects.values_list("name", "kind"))
    assert kinds == {
        "Ældrerådet": "advisory",
        "Byrådet": "political",
        "Økonomiudvalget": "political",
    }
