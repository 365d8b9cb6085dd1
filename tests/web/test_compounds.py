"""Search: a query word finds the Danish compounds it is a later part of ('skole' → 'Skovskolen')."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.test import Client

from dagsorden.search.analysis import Term, compound_words, query_terms
from dagsorden.search.indexer import rebuild
from dagsorden.search.models import CompoundWord

from . import factories as f


def term(word: str) -> Term:
    (only,) = query_terms(word)
    return only


@pytest.mark.parametrize(
    ("typed", "compound"),
    [
        ("skole", "skovskolen"),
        ("skole", "folkeskolereformen"),
        ("skolen", "folkeskoler"),  # typed with an ending, found in the compound's other forms
        ("udvalg", "økonomiudvalget"),
        ("leder", "afdelingslederne"),
        ("pleje", "hjemmeplejen"),
        ("budget", "driftsbudgettet"),
        ("plan", "handleplanerne"),
        ("aftale", "samarbejdsaftale"),
        ("bestyrelse", "kommunalbestyrelsen"),
    ],
)
def test_a_word_is_a_later_part_of_its_compounds(typed: str, compound: str) -> None:
    assert term(typed).later_part_of(compound)
    assert term(typed).finds(compound.capitalize())


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("valg", "udvalget"),  # 'ud' is too short to be a part before it
        ("valg", "økonomiudvalget"),  # nor a part before it ends in it
        ("styrelse", "kommunalbestyrelsen"),
        ("råde", "området"),
        ("arbejde", "samarbejdet"),  # a prefix, not a kind of work
        ("mål", "verdensmål"),  # a word of three letters finds no compounds (spørgsmål)
        ("borger", "frederiksborg"),  # the stem 'borg' is no later part of it: 'borger' is
        ("leder", "gadebilledet"),  # 'lede' + 't' is no form of 'leder'
        ("skole", "skolen"),  # no part before it: the word itself, found by its stem
        ("2022", "budget2022"),
    ],
)
def test_what_is_no_later_part(typed: str, word: str) -> None:
    assert not term(typed).later_part_of(word)


def test_the_vocabulary_holds_long_words_only() -> None:
    assert compound_words("Skovskolen og folkeskolen: 2022-budgettet, 8725/21") == {
        "skovskolen",
        "folkeskolen",
        "budgettet",
    }
    assert compound_words("x" * 65) == set()


@pytest.fixture
def schools(db) -> dict:  # type: ignore[no-untyped-def]
    meeting = f.meeting(date(2023, 5, 10))
    items = {
        "skov": f.item(
            meeting, "Ny indskoling på Skovskolen", "open", "flere elever på Skovskolen", order=1
        ),
        "reform": f.item(
            meeting, "Status", "open", "Folkeskolereformen evalueres i hjemmeplejen", order=2
        ),
        "lukket": f.item(
            meeting, "Personalesag", "closed", "leder på Vestskolen fratræder", order=3
        ),
        "udvalg": f.item(meeting, "Sager til Økonomiudvalget", "open", "", order=4),
    }
    rebuild()
    return items


def titles(client: Client, q: str) -> list[str]:
    response = client.get("/soeg.json", {"q": q})
    assert response.status_code == 200
    return [r["title"] for r in response.json()["results"]]


def test_search_finds_a_word_as_a_compounds_later_part(client: Client, schools: dict) -> None:
    found = titles(client, "skole")
    assert "Ny indskoling på Skovskolen" in found
    assert "Status" in found  # Folkeskolereformen
    assert "Personalesag" not in found  # closed: 'Vestskolen' is in the index, not for the public
    assert "Ny indskoling på Skovskolen" in titles(client, "skolen")
    assert titles(client, "udvalg") == ["Sager til Økonomiudvalget"]
    assert titles(client, "valg") == []  # 'udvalg' is no kind of 'valg'
    both = titles(client, "skole pleje")  # every word found, in one entry
    assert "Status" in both and "Ny indskoling på Skovskolen" not in both
    response = client.get("/soeg/", {"q": "skole"})
    assert "<mark>Skovskolen</mark>" in response.content.decode()


def test_a_member_finds_the_closed_compound(client: Client, schools: dict) -> None:
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    assert "Personalesag" in titles(client, "skole")


def test_reindex_starts_the_vocabulary_afresh(client: Client, schools: dict) -> None:
    schools["skov"].delete()
    assert CompoundWord.objects.filter(word="skovskolen").exists()  # only added to
    call_command("migrate", verbosity=0)  # (a no-op, as before reindex)
    rebuild()
    assert not CompoundWord.objects.filter(word="skovskolen").exists()
    assert CompoundWord.objects.filter(word="folkeskolereformen").exists()
    rebuild([schools["reform"].meeting_id])  # its words again: kept once
    assert "Status" in titles(client, "skole")
    if connection.vendor == "sqlite":  # the trigram index holds each word once
        with connection.cursor() as cursor:
            cursor.execute("SELECT word FROM search_compound_fts ORDER BY word")
            indexed = [w for (w,) in cursor.fetchall()]
        assert indexed == sorted(CompoundWord.objects.values_list("word", flat=True))


def test_the_migration_fills_the_vocabulary_from_the_index(schools: dict) -> None:
    from importlib import import_module

    from django.apps import apps

    CompoundWord.objects.all().delete()
    migration = import_module("dagsorden.search.migrations.0005_compound_words")

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection  # type: ignore[attr-defined]
    migration.fill(apps, editor)
    assert CompoundWord.objects.filter(word="skovskolen").exists()
