"""Attachments, attendance and follow-ups, table-driven."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dagsorden.core.attachments import parse_attachments
from dagsorden.core.attendance import list_end, parse_absences
from dagsorden.core.danish import committee_code
from dagsorden.core.dates import find_dates
from dagsorden.core.followups import earlier_treatments, find_actions, find_referrals
from dagsorden.core.headings import heading
from dagsorden.core.lines import Line, clean_lines
from dagsorden.core.parse import parse_text


def attachments(text: str) -> list[tuple]:
    return [
        (a.number, a.document_id, a.access, a.title, a.journal_number, a.main_document)
        for a in parse_attachments(clean_lines(text))
    ]


def test_attachment_with_document_id_and_wrapped_title() -> None:
    text = "1 - \n\n2984868 \n\nÅben Orientering om Erhvervsklimamåling \n\n2020 \n\n(176809/20) (H) \n"
    assert attachments(text) == [
        (1, "2984868", "open", "Orientering om Erhvervsklimamåling 2020", "176809/20", True)
    ]


def test_closed_attachment_without_id_and_parentheses_in_title() -> None:
    text = "4 -  Lukket 4: Indstilling - ledelsesudvikling 4. \n\nudgave (002).pdf \n\n() () \n"
    assert attachments(text) == [
        (4, None, "closed", "4: Indstilling - ledelsesudvikling 4. udgave (002).pdf", None, False)
    ]


def test_a_titles_own_words_in_parentheses_before_the_journal_or_the_flag() -> None:
    text = (
        "1 - 3011527 Åben Notat om proces (udkast) (8727/21)\n"
        "2 - 3011528 Åben Notat (udkast) (H)\n"
        "3 - 3011529 Åben Tidsplan (endelig)\n"
    )
    assert attachments(text) == [
        (1, "3011527", "open", "Notat om proces (udkast)", "8727/21", False),
        (2, "3011528", "open", "Notat (udkast)", None, True),
        (3, "3011529", "open", "Tidsplan (endelig)", None, False),
    ]


def test_entries_counted_in_sequence() -> None:
    # '2021 - plan' inside a title is not entry 2021.
    text = "1 - \n123 \nÅben Budget \n2021 - plan (1/21) (H)\n 2 - \n124 \nLukket Notat () ()"
    got = attachments(text)
    assert [a[0] for a in got] == [1, 2]
    assert got[0][3] == "Budget 2021 - plan"


def test_entries_numbered_with_a_period() -> None:
    text = "1. 3011525 Åben Årshjul 2021 (8725/21) (H)\n2.\nLukket Notat om\n2. udgave () ()\n"
    assert attachments(text) == [
        (1, "3011525", "open", "Årshjul 2021", "8725/21", True),
        (2, None, "closed", "Notat om 2. udgave", None, False),
    ]


def test_missing_access_word_is_closed() -> None:
    assert attachments("1 - 555 Referat (1/22)")[0][2] == "closed"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Fællesforvaltningsdirektør Lene Mehlsen (formand)",
            [("Lene Mehlsen", "Fællesforvaltningsdirektør", "formand")],
        ),
        ("Vej- og ejendomschef Kim T. Jensen", [("Kim T. Jensen", "Vej- og ejendomschef", None)]),
        # a word the margin broke, joined with a space where it was written so
        ("HR- konsulent Anne Marie Sørensen", [("Anne Marie Sørensen", "HR- konsulent", None)]),
        (  # 'og' inside the unit a title names, then between two people
            "Direktør for Job og Velfærd Lene Mehlsen (ferie) og chef for Kultur og Fritid "
            "Lars Meier",
            [
                ("Lene Mehlsen", "Direktør for Job og Velfærd", "ferie"),
                ("Lars Meier", "chef for Kultur og Fritid", None),
            ],
        ),
        (
            "Direktør for Teknik, Miljø og Erhverv Ole Hansen, Kommunaldirektør Christian Roslev",
            [
                ("Ole Hansen", "Direktør for Teknik, Miljø og Erhverv", None),
                ("Christian Roslev", "Kommunaldirektør", None),
            ],
        ),
        (
            "Chef for HR og Digitalisering Anne Hansen og kommunaldirektør Christian Roslev",
            [
                ("Anne Hansen", "Chef for HR og Digitalisering", None),
                ("Christian Roslev", "kommunaldirektør", None),
            ],
        ),
        (  # wrapped inside a title's unit, and before a name's last word
            "Konstitueret direktør for Børn og\nKultur Søren Vind\nSkolechef Morten Skov\nNielsen",
            [
                ("Søren Vind", "Konstitueret direktør for Børn og Kultur", None),
                ("Morten Skov Nielsen", "Skolechef", None),
            ],
        ),
        (  # a unit of two words around 'og': 'Syd' is no name (a name has two words)
            "Leder af Team Syd og Nord Ida Holm og chef for Løn Per Nielsen",
            [
                ("Ida Holm", "Leder af Team Syd og Nord", None),
                ("Per Nielsen", "chef for Løn", None),
            ],
        ),
        (
            "Kommunaldirektør Christian Roslev, velfærdsdirektør Zenia Olsen",
            [
                ("Christian Roslev", "Kommunaldirektør", None),
                ("Zenia Olsen", "velfærdsdirektør", None),
            ],
        ),
        ("Lene Mehlsen", [("Lene Mehlsen", None, None)]),
        ("Ingen", []),
        # A remark after a comma, and a list with ', og' before its last person.
        ("Kommunaldirektør Tine Curtis, formand", [("Tine Curtis", "Kommunaldirektør", "formand")]),
        (
            "Kommunaldirektør Tine Curtis, formand, og velfærdsdirektør Lene Mehlsen",
            [
                ("Tine Curtis", "Kommunaldirektør", "formand"),
                ("Lene Mehlsen", "velfærdsdirektør", None),
            ],
        ),
        ("Lene Mehlsen, syg", [("Lene Mehlsen", None, "syg")]),
        # a sentence's period after the last person's remark
        (
            "Kommunaldirektør Lars Møller og teknisk direktør Ole Bang (formand).",
            [
                ("Lars Møller", "Kommunaldirektør", None),
                ("Ole Bang", "teknisk direktør", "formand"),
            ],
        ),
        (
            "Kommunaldirektør Jan Jensen, deltog fra kl. 10.30",
            [("Jan Jensen", "Kommunaldirektør", "deltog fra kl. 10.30")],
        ),
        # the reason after the name without a comma is its remark; a sentence names nobody
        (
            "Velfærdsdirektør Lene Mehlsen pga. sygdom",
            [("Lene Mehlsen", "Velfærdsdirektør", "pga. sygdom")],
        ),
        ("Lene Mehlsen på ferie", [("Lene Mehlsen", None, "på ferie")]),
        # a remark, then when the person was away: both the remark
        (
            "Jens Hansen (A) fra kl. 18.40, punkt 5-12",
            [("Jens Hansen", None, "A, fra kl. 18.40, punkt 5-12")],
        ),
        (
            "Velfærdsdirektør Lene Mehlsen pga. sygdom (formand)",
            [("Lene Mehlsen", "Velfærdsdirektør", "pga. sygdom, formand")],
        ),
        ("Ole Kristensen (A) orienterede om sagen.", []),
        # people after each other's remarks, without a comma
        (
            "Jens Hansen (A) Karen Holm (V)",
            [("Jens Hansen", None, "A"), ("Karen Holm", None, "V")],
        ),
        (
            "Direktør (konstitueret) Lene Mehlsen",
            [("Lene Mehlsen", "Direktør (konstitueret)", None)],
        ),
        ("Ole Kristensen orienterede om henvendelse fra Vestermose Skole.", []),
        (
            "Velfærdsdirektør Lene Mehlsen, deltog under punkt 2, og kommunaldirektør Jan Jensen",
            [
                ("Lene Mehlsen", "Velfærdsdirektør", "deltog under punkt 2"),
                ("Jan Jensen", "kommunaldirektør", None),
            ],
        ),
        # the title after the name; a remark after a dash
        ("Lene Mehlsen, velfærdsdirektør", [("Lene Mehlsen", "velfærdsdirektør", None)]),
        ("Tine Curtis, formand", [("Tine Curtis", None, "formand")]),
        # … or the unit, as a remark
        (
            "Lene Mehlsen, Velfærd\nJens Andersen, Teknik og Miljø",
            [("Lene Mehlsen", None, "Velfærd"), ("Jens Andersen", None, "Teknik og Miljø")],
        ),
        (
            "Lene Mehlsen, Jens Andersen",
            [("Lene Mehlsen", None, None), ("Jens Andersen", None, None)],
        ),
        (
            "Kommunaldirektør Christian Roslev – ferie",
            [("Christian Roslev", "Kommunaldirektør", "ferie")],
        ),
        (
            "Økonomichef Bettina Andersen - deltog fra kl. 10.",
            [("Bettina Andersen", "Økonomichef", "deltog fra kl. 10")],
        ),
        # One word alone, after the list (a table of contents, the meeting's place) is no one.
        (
            "Økonomichef Bettina Andersen\n\nIndholdsfortegnelse",
            [("Bettina Andersen", "Økonomichef", None)],
        ),
        (
            "Konstitueret\n\nfællesforvaltningsdirektør Lene Mehlsen\n\n(formand)\n\nØkonomichef Bettina Andersen",
            [
                ("Lene Mehlsen", "Konstitueret fællesforvaltningsdirektør", "formand"),
                ("Bettina Andersen", "Økonomichef", None),
            ],
        ),
        # A name cut off after its first word, a title whose name went to the next line; a
        # person without a title after a complete entry is a person of their own.
        (
            "Velfærdsdirektør Lene\n\nMehlsen\n\nKommunaldirektør\n\nJan Jensen (formand)\n\nKaren Bach",
            [
                ("Lene Mehlsen", "Velfærdsdirektør", None),
                ("Jan Jensen", "Kommunaldirektør", "formand"),
                ("Karen Bach", None, None),
            ],
        ),
        (
            "Skolechef Ole Bang Nielsen\n\nKaren Bach",
            [("Ole Bang Nielsen", "Skolechef", None), ("Karen Bach", None, None)],
        ),
        # A line in capitals: title, name and remark as they would be written, a body's code kept.
        (
            "SKOLECHEF OLE BANG NIELSEN (FORMAND FOR HU)\n\nSkolechef Karen Bach (MED)",
            [
                ("Ole Bang Nielsen", "Skolechef", "formand for HU"),
                ("Karen Bach", "Skolechef", "MED"),
            ],
        ),
    ],
)
def test_absences(line: str, expected: list[tuple]) -> None:
    got = parse_absences(clean_lines(line), "afbud")
    assert [(a.name, a.title, a.note) for a in got] == expected
    assert all(a.kind == "afbud" for a in got)


@pytest.mark.parametrize(
    ("text", "responsible", "verb"),
    [
        (
            "Konstitueret velfærdsdirektør tager videre initiativ.",
            "Konstitueret velfærdsdirektør",
            "tager videre initiativ",
        ),
        ("Økonomichefen foranlediger revideret materiale.", "Økonomichefen", "foranlediger"),
        # the subject starts after the clause boundary
        (
            "Rekruttering blev drøftet, og konstitueret fællesforvaltningsdirektør foranlediger forløbet.",
            "konstitueret fællesforvaltningsdirektør",
            "foranlediger",
        ),
        (
            "Kommunaldirektørens sekretariat følger op og koordinerer.",
            "Kommunaldirektørens sekretariat",
            "følger op",
        ),
        # the verb shares its subject with a verb before it
        (
            "Budget- og analysechef Anne Marie Jensen deltog under punktet og følger op.",
            "Budget- og analysechef Anne Marie Jensen",
            "følger op",
        ),
        (
            "Økonomichefen udarbejder et notat til mødet og følger op.",
            "Økonomichefen",
            "følger op",
        ),
        (
            "Konstitueret socialchef Marie-Louise Eskerod Ifversen deltog og tager videre initiativ.",
            "Konstitueret socialchef Marie-Louise Eskerod Ifversen",
            "tager videre initiativ",
        ),
        # a clause opened by 'at': the subject without it
        ("Det blev aftalt, at økonomichefen følger op.", "økonomichefen", "følger op"),
        # after an adverbial the verb comes first, the subject before its particle
        ("Herefter følger kommunaldirektøren op.", "kommunaldirektøren", "følger op"),
        (
            "Drøftet, og på den baggrund tager HR-chef Pia Kirstine Dahl videre initiativ.",
            "HR-chef Pia Kirstine Dahl",
            "tager videre initiativ",
        ),
        (
            "Som opfølgning tager sekretariatet initiativ til et møde.",
            "sekretariatet",
            "tager initiativ",
        ),
        # passive: nobody named
        ("Der følges op på sagen i marts.", None, "følger op"),
        (
            "Der arbejdes videre, og der tages videre initiativ i sagen.",
            None,
            "tager videre initiativ",
        ),
        # ... unless the agent is named: 'af <X>'; 'af hensyn til' names nobody
        ("Sagen følges op af økonomichefen i marts.", "økonomichefen", "følger op"),
        (
            "Der tages videre initiativ af HR-chef Pia Kirstine Dahl.",
            "HR-chef Pia Kirstine Dahl",
            "tager videre initiativ",
        ),
        ("Der følges op af hensyn til budgettet.", None, "følger op"),
        # ... also after what is followed up, if the agent can answer for it
        ("Der følges op på punktet af velfærdsdirektøren.", "velfærdsdirektøren", "følger op"),
        ("Sagen følges op på baggrund af henvendelsen fra KL.", None, "følger op"),
    ],
)
def test_actions(text: str, responsible: str | None, verb: str) -> None:
    (action,) = find_actions(text)
    assert (action.responsible, action.verb) == (responsible, verb)


@pytest.mark.parametrize(
    ("text", "responsible", "verb"),
    [
        ("Økonomichefen udarbejder et notat til næste møde.", "Økonomichefen", "udarbejder"),
        ("Det blev aftalt, at HR udarbejder et oplæg.", "HR", "udarbejder"),
        (
            "Chef for Kommunaldirektørens sekretariat Jeppe Thvilum vender tilbage med en plan.",
            "Chef for Kommunaldirektørens sekretariat Jeppe Thvilum",
            "vender tilbage",
        ),
        (
            "Kommunaldirektørens sekretariat indkalder til møde i januar.",
            "Kommunaldirektørens sekretariat",
            "indkalder",
        ),
        (
            "Sagen blev drøftet, og konstitueret velfærdsdirektør orienterer fagudvalget.",
            "konstitueret velfærdsdirektør",
            "orienterer",
        ),
        ("Herefter udarbejder økonomichefen et notat.", "økonomichefen", "udarbejder"),
        (
            "Konstitueret velfærdsdirektør Lene Mehlsen tager kontakt til KL.",
            "Konstitueret velfærdsdirektør Lene Mehlsen",
            "tager kontakt",
        ),
        ("Økonomichefen giver en status på næste møde.", "Økonomichefen", "giver en status"),
        ("HR fremlægger et oplæg i januar.", "HR", "fremlægger"),
        ("Direktionen kvitterede, og lederne arbejder videre.", "lederne", "arbejder videre"),
        # a task to come, or asked of someone
        ("Økonomichefen skal udarbejde et notat.", "Økonomichefen", "udarbejder"),
        ("HR vil følge op på sagen.", "HR", "følger op"),
        ("Økonomichefen skal efterfølgende fremlægge et oplæg.", "Økonomichefen", "fremlægger"),
        ("Direktionen bad økonomichefen om at udarbejde et notat.", "økonomichefen", "udarbejder"),
        ("HR-chefen blev bedt om at tage videre initiativ.", "HR-chefen", "tager videre initiativ"),
        ("Direktionen beder økonomichefen udarbejde et notat.", "økonomichefen", "udarbejder"),
        ("Direktionen anmoder HR om at udarbejde en tidsplan.", "HR", "udarbejder"),
        ("Direktionen pålagde økonomichefen at følge op.", "økonomichefen", "følger op"),
        ("Personalechefen kommer med et oplæg på næste møde.", "Personalechefen", "kommer med"),
        ("Økonomichefen sender materialet ud inden mødet.", "Økonomichefen", "sender ud"),
        ("Økonomichefen sender materialet til ØK.", "Økonomichefen", "sender til"),
        # … or put in charge
        ("Økonomichefen har ansvaret for den videre proces.", "Økonomichefen", "følger op"),
        ("Kommunaldirektøren er tovholder på processen.", "Kommunaldirektøren", "følger op"),
        # a title in the plural, without its article
        ("Fagchefer melder tilbage inden d. 20. oktober.", "Fagchefer", "melder tilbage"),
        ("Direktører og chefer udarbejder et oplæg.", "Direktører og chefer", "udarbejder"),
        ("Økonomichefen tilretter materialet.", "Økonomichefen", "tilretter"),
        ("HR igangsætter rekrutteringen.", "HR", "igangsætter"),
        ("Kommunaldirektøren inviterer KL til et møde.", "Kommunaldirektøren", "inviterer"),
        ("Sekretariatet kontakter Region Midtjylland.", "Sekretariatet", "kontakter"),
        ("Økonomiafdelingen indhenter tilbud.", "Økonomiafdelingen", "indhenter"),
        ("HR-chefen reviderer politikken.", "HR-chefen", "reviderer"),
        (
            "Fællesforvaltningsdirektøren opdaterer årshjulet.",
            "Fællesforvaltningsdirektøren",
            "opdaterer",
        ),
        # one of the verbs in the same sentence is the action
        (
            "Økonomichefen udarbejder et notat og følger op.",
            "Økonomichefen",
            "følger op",
        ),
    ],
)
def test_tasks_given_to_someone(text: str, responsible: str, verb: str) -> None:
    (action,) = find_actions(text)
    assert (action.responsible, action.verb) == (responsible, verb)


@pytest.mark.parametrize(
    "text",
    [
        "Sagen vender tilbage til direktionen.",  # a thing, not someone
        "Der udarbejdes materiale til hvert udvalg.",  # a passive: no one
        "Materialet orienterer om status.",
        "Planen sikrer, at borgerne får hjælp.",
        "Økonomichefen udarbejdede et notat.",  # the past: done, not to do
        "Det er vigtigt, at vi sikrer fremdriften.",
        "Der igangsættes en proces.",
        "Strategien opdaterer målene.",
        "Direktionen igangsatte processen.",
        "Planen giver status over året.",
        "Der gives en status i januar.",
        "Der skal udarbejdes et notat.",  # a passive to come: no one
        "Vi skal sikre fremdriften.",
        "Planen skal sikre, at borgerne får hjælp.",
        "Direktionen bad om at få et notat.",
        "Kommunen har ansvaret for borgerne.",
    ],
)
def test_no_task_without_someone_to_answer_for_it(text: str) -> None:
    assert find_actions(text) == []


@pytest.mark.parametrize(
    ("text", "responsible", "verb", "said"),
    [
        (
            "Godkendt. Opfølgning v/ kommunaldirektøren.",
            "kommunaldirektøren",
            "følger op",
            "Opfølgning v/ kommunaldirektøren.",
        ),
        # on a line of its own after a decision without a period: the lines are joined
        (
            "Godkendt Ansvarlig: Økonomichefen",
            "Økonomichefen",
            "følger op",
            "Ansvarlig: Økonomichefen",
        ),
        # the next line's words (a capital) are not the field's
        (
            "Ansvarlig: HR-chefen Sagen genoptages i marts.",
            "HR-chefen",
            "følger op",
            "Ansvarlig: HR-chefen",
        ),
        ("Ansvarlig: HR Frist: 1. marts", "HR", "følger op", "Ansvarlig: HR Frist: 1. marts"),
        (
            "Tovholder: økonomichef Jens Hansen.",
            "økonomichef Jens Hansen",
            "følger op",
            "Tovholder: økonomichef Jens Hansen.",
        ),
        (
            "Videre initiativ: Kommunaldirektøren.",
            "Kommunaldirektøren",
            "tager videre initiativ",
            "Videre initiativ: Kommunaldirektøren.",
        ),
        # a form's what-next ('Videre behandling: ØK d. 6. december' is a referral)
        ("Drøftet. Videre: Økonomichefen.", "Økonomichefen", "følger op", "Videre: Økonomichefen."),
        (
            "Godkendt Videre forløb: HR-chefen og økonomichefen",
            "HR-chefen og økonomichefen",
            "følger op",
            "Videre forløb: HR-chefen og økonomichefen",
        ),
        (
            "Ansvarlig for opfølgning: Chef for Kommunaldirektørens sekretariat Jeppe Thvilum",
            "Chef for Kommunaldirektørens sekretariat Jeppe Thvilum",
            "følger op",
            "Ansvarlig for opfølgning: Chef for Kommunaldirektørens sekretariat Jeppe Thvilum",
        ),
        # the party ends at a time, a clause or a parenthesis; the field speaks for the
        # sentence ('der følges op' would be a passive with no one)
        (
            "OPFØLGNING: HR og økonomichefen i fællesskab.",
            "HR og økonomichefen",
            "følger op",
            "OPFØLGNING: HR og økonomichefen i fællesskab.",
        ),
        (
            "Ansvarlig: Økonomichefen, der følger op i marts.",
            "Økonomichefen",
            "følger op",
            "Ansvarlig: Økonomichefen, der følger op i marts.",
        ),
        (
            "Opfølgning v/ konstitueret fællesforvaltningsdirektør senest 1. marts.",
            "konstitueret fællesforvaltningsdirektør",
            "følger op",
            "Opfølgning v/ konstitueret fællesforvaltningsdirektør senest 1. marts.",
        ),
        # a value that is a clause is read as one: the task its verb gives
        (
            "Opfølgning: Økonomichefen udarbejder et notat.",
            "Økonomichefen",
            "udarbejder",
            "Opfølgning: Økonomichefen udarbejder et notat.",
        ),
    ],
)
def test_follow_ups_written_as_fields(text: str, responsible: str, verb: str, said: str) -> None:
    (action,) = find_actions(text)
    assert (action.responsible, action.verb, action.text) == (responsible, verb, said)


def test_fields_one_after_another_are_each_read() -> None:
    # Lines of their own, joined into one sentence: each field reads to the next.
    text = (
        "Anbefales Ansvarlig: Økonomichefen, senest 1. april Ansvarlig: HR "
        "Opfølgning: Økonomichefen udarbejder et notat Tovholder: økonomichef Jens Hansen"
    )
    got = [(a.responsible, a.verb, a.text) for a in find_actions(text, None, date(2020, 3, 12))]
    assert got == [
        ("Økonomichefen", "følger op", "Ansvarlig: Økonomichefen, senest 1. april"),
        ("HR", "følger op", "Ansvarlig: HR"),
        ("Økonomichefen", "udarbejder", "Opfølgning: Økonomichefen udarbejder et notat"),
        ("økonomichef Jens Hansen", "følger op", "Tovholder: økonomichef Jens Hansen"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's entries, joined without periods: each follow-up is one
        (
            "Følgende blev aftalt: HR følger op Økonomichefen udarbejder et notat",
            [
                ("HR", "HR følger op"),
                ("Økonomichefen", "Økonomichefen udarbejder et notat"),
            ],
        ),
        (
            "Kommunaldirektøren tager videre initiativ Sekretariatet følger op i marts.",
            [
                ("Kommunaldirektøren", "Kommunaldirektøren tager videre initiativ"),
                ("Sekretariatet", "Sekretariatet følger op i marts."),
            ],
        ),
        # numbered entries, without their numbers
        (
            "Der blev aftalt: 1) HR følger op 2) Økonomichefen udarbejder et notat",
            [
                ("HR", "Der blev aftalt: 1) HR følger op"),
                ("Økonomichefen", "2) Økonomichefen udarbejder et notat"),
            ],
        ),
        (
            "Der blev aftalt: 1. HR følger op 2. Økonomichefen udarbejder et notat "
            "3. Kommunaldirektøren orienterer KB.",
            [
                ("HR", "Der blev aftalt: 1. HR følger op"),
                ("Økonomichefen", "2. Økonomichefen udarbejder et notat"),
                ("Kommunaldirektøren", "3. Kommunaldirektøren orienterer KB."),
            ],
        ),
        (
            "1. HR følger op 2. Økonomichefen udarbejder et notat",
            [("HR", "1. HR følger op"), ("Økonomichefen", "2. Økonomichefen udarbejder et notat")],
        ),
        # what follows in lower case or in capitals is the same clause's
        ("HR følger op med KL i marts.", [("HR", "HR følger op med KL i marts.")]),
    ],
)
def test_a_follow_up_running_on_into_the_next_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.responsible, a.text) for a in find_actions(text)] == expected


def test_a_sentence_before_a_field_is_read_too() -> None:
    # 'HR følger op' / 'Ansvarlig: Økonomichefen': two lines, joined with no period between
    got = [(a.responsible, a.text) for a in find_actions("HR følger op Ansvarlig: Økonomichefen")]
    assert got == [("HR", "HR følger op"), ("Økonomichefen", "Ansvarlig: Økonomichefen")]


@pytest.mark.parametrize(
    "text",
    [
        "Opfølgning på APV: Drøftet.",  # a title, not a field
        "Opfølgning ved næste møde.",  # a meeting, not someone
        "Opfølgning: Ingen.",
        "Opfølgning: Direktionen godkendte planen.",  # a clause: its verb is no task
        "Initiativ: Direktionen ønsker en plan.",
        "Ansvar: Det er direktionens ansvar.",
        "Direktionen er ansvarlig: HR orienteres.",  # no field: not at a line's start
        "Videre: Sagen sendes til ØK.",
        "Videre: Ingen.",
        "Videre ved næste møde.",  # no colon: no field
    ],
)
def test_no_follow_up_from_a_field_without_someone_to_answer(text: str) -> None:
    assert find_actions(text) == []


@settings(max_examples=300, deadline=None)
@given(
    before=st.sampled_from(["", "Godkendt. ", "Godkendt ", "Taget til efterretning.\n"]),
    label=st.sampled_from(
        [
            "Ansvarlig: ",
            "Opfølgning v/ ",
            "Opfølgning: ",
            "Tovholder: ",
            "ANSVARLIG:",
            "Ansvar:\n",
            "Videre: ",
        ]
    ),
    party=st.sampled_from(
        [
            "Økonomichefen",
            "HR",
            "kommunaldirektøren",
            "konstitueret velfærdsdirektør",
            "økonomichef Jens Hansen",
            "Kommunaldirektørens sekretariat",
            "HR-chefen og økonomichefen",
        ]
    ),
    after=st.sampled_from(
        ["", ".", ", senest 1. marts.", " i marts.", " (frist 1. marts)", "\nSagen genoptages."]
    ),
)
def test_a_field_names_its_party_whatever_surrounds_it(
    before: str, label: str, party: str, after: str
) -> None:
    (action,) = find_actions(before + label + party + after)
    assert (action.responsible, action.verb) == (party, "følger op")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Økonomichefen følger op inden 1. marts.", date(2023, 3, 1)),
        ("Ansvarlig: HR, senest d. 15. januar.", date(2023, 1, 15)),
        ("Ansvarlig: HR Frist: 1. marts", date(2023, 3, 1)),  # a field on the next line
        ("Opfølgning: HR / 1. marts", date(2023, 3, 1)),  # the party and the day apart
        ("Godkendt. Økonomichefen tager videre initiativ. Frist: uge 12.", date(2023, 3, 26)),
        ("HR vender tilbage med en tidsplan i marts.", date(2023, 3, 31)),  # the month's end
        ("HR vender tilbage primo marts.", date(2023, 3, 10)),
        ("Der følges op inden udgangen af januar.", date(2023, 1, 31)),
        ("Økonomichefen følger op inden sommerferien.", date(2023, 6, 30)),
        ("Økonomichefen følger op inden jul.", date(2022, 12, 23)),
        ("Økonomichefen følger op i 1. kvartal.", date(2023, 3, 31)),
        ("Økonomichefen følger op med en status på mødet d. 4. januar.", date(2023, 1, 4)),
        # the date is another clause's, before the party, or before the meeting: none
        ("Økonomichefen følger op, og sagen behandles i ØK d. 6. december.", None),
        ("Det blev d. 3. december aftalt, at HR følger op.", None),
        ("Økonomichefen følger op på drøftelsen d. 3. marts 2022.", None),
        ("Økonomichefen følger op på næste møde.", None),
        ("Ansvarlig: HR Sagen genoptages d. 4. januar.", None),  # the next line's sentence
    ],
)
def test_a_follow_ups_deadline(text: str, due: date | None) -> None:
    (action,) = find_actions(text, None, date(2022, 11, 30))
    assert action.due == due


@pytest.mark.parametrize(
    ("text", "due_next"),
    [
        ("Økonomichefen følger op på næste møde.", "DIR"),
        ("HR vender tilbage med en status til førstkommende møde.", "DIR"),
        ("Ansvarlig: Økonomichefen. Frist: næste direktionsmøde.", "DIR"),
        ("Kommunaldirektøren følger op inden næste møde i ØK.", "ØK"),
        ("Kommunaldirektøren følger op til ØKs næste møde.", "ØK"),
        ("HR vender tilbage til økonomiudvalget på næste møde.", "ØK"),
        ("Økonomichefen følger op på næste møde i fagudvalget.", None),  # a body not known
        # the next meeting in another clause, or a day written, is no next-meeting deadline
        ("Økonomichefen følger op, og sagen genoptages på næste møde.", None),
        ("Økonomichefen følger op på næste møde d. 4. januar.", None),
        ("Økonomichefen følger op inden 1. marts.", None),
    ],
)
def test_a_follow_up_due_at_the_next_meeting(text: str, due_next: str | None) -> None:
    (action,) = find_actions(text, None, date(2022, 11, 30), "DIR")
    assert action.due_next == due_next


def test_a_next_meeting_of_a_body_not_named_is_the_meetings_own() -> None:
    # without the meeting's body (a document that does not say it), '' tells the store so
    (action,) = find_actions("Økonomichefen følger op på næste møde.", None, date(2022, 11, 30))
    assert action.due_next == ""


def test_a_deadline_without_its_year_is_never_behind_the_meeting() -> None:
    # In May, 'inden 1. marts' is next March (the year nearest the meeting would be past);
    # a year written stands, and a date before the meeting is then none.
    may = date(2023, 5, 10)
    (ahead,) = find_actions("Økonomichefen følger op inden 1. marts.", None, may)
    (written,) = find_actions("Økonomichefen følger op inden 1. marts 2023.", None, may)
    assert (ahead.due, written.due) == (date(2024, 3, 1), None)


def test_no_deadline_without_the_meetings_date() -> None:
    (action,) = find_actions("Økonomichefen følger op inden 1. marts.")
    assert action.due is None


def test_no_action_without_a_subject_before_the_particle() -> None:
    # The verb first only after an adverbial: here 'sagen' is the object, not the subject.
    assert find_actions("Tidsplanen følger den plan op, som er aftalt.") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Følgende blev aftalt: Økonomichefen udarbejder et notat til ØK.",
            "Økonomichefen udarbejder et notat til ØK.",
        ),
        (
            "Budget 2025: Direktionen drøftede sagen, og kommunaldirektøren følger op.",
            "Direktionen drøftede sagen, og kommunaldirektøren følger op.",
        ),
        ("Aftalt: Sagen følges op af HR.", "Sagen følges op af HR."),
        # no sentence after the colon, or the party before it: the sentence whole
        (
            "Økonomichefen følger op på følgende: budget og anlæg.",
            "Økonomichefen følger op på følgende: budget og anlæg.",
        ),
        ("Aftalt: økonomichefen følger op.", "Aftalt: økonomichefen følger op."),
    ],
)
def test_a_follow_ups_text_begins_after_a_lead_in(text: str, said: str) -> None:
    """A capital after a colon opens a sentence in Danish: a follow-up's text is its own
    sentence, not the lead-in to it ('Følgende blev aftalt:', a part's heading)."""
    (action,) = find_actions(text)
    assert action.text == said


def test_action_people() -> None:
    (action,) = find_actions(
        "Chef for sekretariatet Jeppe Thvilum og chefkonsulent Lene Helbo Bachmann tager videre initiativ."
    )
    assert action.people == ("Jeppe Thvilum", "Lene Helbo Bachmann")


def test_referrals() -> None:
    text = (
        "MTU besluttede på møde d. 14. november at tiltræde. Sagen behandles endelig på møde i ØK d. 6. "
        "december og i KB d. 13. december. Punktet behandles i direktionen igen d. 21. december. "
        "Punktet genoptages som aftalt på direktionsmødet d. 23. november."
    )
    got = [(r.body, r.date, r.kind) for r in find_referrals(text, date(2022, 11, 30), "DIR")]
    assert got == [
        ("ØK", date(2022, 12, 6), "referral"),
        ("KB", date(2022, 12, 13), "referral"),
        ("DIR", date(2022, 12, 21), "return"),
        ("DIR", date(2022, 11, 23), "previous"),
    ]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (["Møde med KL d. 6.", "december om budget"], "Møde med KL d. 6. december om budget"),
        (["Status på 1)", "Marie-Louises projekt"], "Status på 1) Marie-Louises projekt"),
        (["Orientering om DI-måling", "2020"], "Orientering om DI-måling 2020"),
        # A line ending ')' may end the text before a heading, but not at the document's top.
        (["Status (bilag vedlagt)", "HR-strategien"], "Status (bilag vedlagt) HR-strategien"),
    ],
)
def test_wrapped_headings(heading: list[str], expected: str) -> None:
    text = "\n".join(["Direktionen 04-11-2026", *heading, " Åben Sag ", "Sagsgang", "DIR"])
    assert parse_text(text).items[0].title == expected


def test_a_heading_never_takes_the_last_attachment_of_the_item_before() -> None:
    text = (
        "Direktionen 04-11-2026\n1. Budget\n Åben Sag \nSagsgang\nDIR\nBilag:\n1 - \n123\n"
        "Åben Budgetnotat (1/26) (H)\n2. Personalesag\n Lukket Sag \nSagsgang\nDIR\n"
    )
    assert [i.title for i in parse_text(text).items] == ["Budget", "Personalesag"]


@pytest.mark.parametrize("page", ["Side 2 af 3", "Side 2", "2/3", "side 12 af 14"])
def test_a_page_number_in_running_text_is_dropped(page: str) -> None:
    text = f"Direktionen drøftede\n{page}\nsagen.\n2\nMøde i uge\n45\n"
    assert [line.text for line in clean_lines(text) if not line.blank] == [
        "Direktionen drøftede",
        "sagen.",
        "2",
        "Møde i uge",
        "45",
    ]


def test_a_page_number_alone_between_pages_is_dropped() -> None:
    """A bare '2' counts as a page's number only after a page of text, counting up from the
    document's start; numbers alone elsewhere (a short list of them, a count) are text."""
    page = [f"Linje {k} af teksten" for k in range(12)]
    text = "\n".join([*page, "2", *page, "- 3 -", *page[:5], "7", "8", *page, "4"])
    got = [line.text for line in clean_lines(text)]
    assert "2" not in got and "- 3 -" not in got and "4" not in got
    assert [t for t in got if t.isdigit()] == ["7", "8"]
    # '1' alone, or numbers too close together, or not from the start: text
    for numbers in (["1"], ["2", "3"], ["3", "4"]):
        lines = [*page, numbers[0], *page[:3], *numbers[1:]]
        kept = [line.text for line in clean_lines("\n".join(lines))]
        assert [t for t in kept if t.isdigit()] == (numbers if numbers != ["2", "3"] else ["3"])


@pytest.mark.parametrize("furniture", [["Direktionen 05-09-2023 "], ["2"], ["Side 2 af 2"]])
def test_a_page_break_inside_an_items_heading(furniture: list[str]) -> None:
    """Every other line empty (pypdfium2's text), a page's header or number between a
    heading's lines: the heading reads on over it, as it would without the break."""
    first = [
        "Direktionen 05-09-2023 ",
        "Budgetopfølgning ",
        " Åben Sag ",
        "Sagsgang ",
        "DIR ",
        "Sagsfremstilling ",
        *(f"Økonomiafdelingen har udarbejdet opfølgning, linje {k}. " for k in range(10)),
        "Beslutning i Direktionen den 05-09-2023 ",
        "Drøftet. ",
        "Orientering om ny organisering af ",
    ]
    second = [
        "Teknik og Miljø ",
        " Åben Sag ",
        "Sagsgang ",
        "DIR ",
        "Beslutning i Direktionen den 05-09-2023 ",
        "Taget til efterretning. ",
    ]
    text = "\n\n".join(first + furniture + second) + "\n"
    minutes = parse_text(text)
    assert [item.title for item in minutes.items] == [
        "Budgetopfølgning",
        "Orientering om ny organisering af Teknik og Miljø",
    ]
    assert minutes.items[0].decisions[0].text == "Drøftet."


def test_ligatures_and_non_breaking_hyphens_are_plain_letters() -> None:
    """Some PDFs' text keeps the typesetter's characters: read as the letters they are, a
    name with Word's non-breaking hyphen is a name and a title's words match the decision's."""
    text = (
        "Direktionen 30-11-2022\n\nPunkter til behandling\n\nÅben Sag\n\nSagsgang\n\nDIR\n\n"
        "Sagsfremstilling\n\nDirektionen har følgende punkter til behandling:\n"
        "1. Fi\u2011nansiering og \ufb01nanslov. Socialchef Marie\u2011Louise Eskerod deltager.\n"
        "2. Årshjul.\n\nBeslutning i Direktionen den 30-11-2022\n\n"
        "1. Drøftet.\n\n2. Godkendt.\n"
    )
    minutes = parse_text(text)
    assert minutes.items[0].points[0].title == "Fi-nansiering og finanslov."
    assert [(p.name, p.title) for p in minutes.people] == [("Marie-Louise Eskerod", "socialchef")]


def test_a_word_broken_after_its_hyphen_is_one_word_again() -> None:
    """Text from another extractor keeps the hyphen and the line break (and empty lines):
    'Marie-' / 'Louise' is one name, 'Vej-' / 'og ejendomschef' two words, '2021-' / '2022'
    and 'Budget -' / 'Status' stay apart."""
    text = "chef Marie-\n\nLouise Eskerod, HR- \nchef, Vej-\nog ejendomschef, 2021-\n2022, Budget -\nStatus"
    assert [line.text for line in clean_lines(text) if not line.blank] == [
        "chef Marie-Louise Eskerod, HR-chef, Vej-",
        "og ejendomschef, 2021-",
        "2022, Budget -",
        "Status",
    ]


def test_the_municipalitys_name_beside_a_page_number_is_dropped() -> None:
    """Text read from a PDF by another tool keeps each page's furniture between the pages:
    the name beside the page number goes, the same name in the text stays."""
    text = (
        "strategi for\n\nNorddjurs Kommune\n\nog borgerne.\n\nSide 1 af 2\n\nNorddjurs Kommune\n\n"
        "Direktionen 30-11-2022\n\nNorddjurs Kommune\n\nsamt fokus.\nSide 2 af 2\nNorddjurs Kommune\n"
    )
    assert [line.text for line in clean_lines(text) if not line.blank] == [
        "strategi for",
        "Norddjurs Kommune",
        "og borgerne.",
        "Direktionen 30-11-2022",
        "samt fokus.",
    ]


def test_a_day_and_month_alone_on_a_line_after_d_is_a_date_not_a_page() -> None:
    """'2/5' alone is page 2 of 5, but after a line ending in 'd.' or 'den' it is the date the
    line break parted from them (as 'd.' / '14. november' is)."""
    text = "Status gives d. \n\n7/12 \n\nog følges op den\n3/1\nigen.\nslut.\n2/5\n31/13\n"
    assert [line.text for line in clean_lines(text) if not line.blank] == [
        "Status gives d.",
        "7/12",
        "og følges op den",
        "3/1",
        "igen.",
        "slut.",
    ]
    minutes = parse_text(
        "Direktionen 30-11-2022\n\nPunkter til behandling\n\n Åben Sag \n\nSagsfremstilling\n\n"
        "Status gives d. \n\n7/12 \n\nog følges op. \n\nBeslutning i Direktionen den 30-11-2022\n\n"
        "Godkendt.\n"
    )
    assert minutes.items[0].presentation == "Status gives d. 7/12 og følges op."
    assert minutes.dates == (date(2022, 12, 7),)


def test_a_bullet_alone_in_an_absence_list() -> None:
    lines = clean_lines("\uf0b7 \nVelfærdsdirektør Lene Mehlsen\n\uf0b7\nDrøftet.\n")
    assert [line.text for line in lines[: list_end(lines)]] == [
        "\uf0b7",
        "Velfærdsdirektør Lene Mehlsen",
        "\uf0b7",
    ]


def test_a_word_that_ends_a_sentence_ends_an_absence_list() -> None:
    lines = clean_lines("Velfærdsdirektør Lene Mehlsen\nDrøftet.\n")
    assert [line.text for line in lines[: list_end(lines)]] == ["Velfærdsdirektør Lene Mehlsen"]


def test_nobody_ends_an_absence_list() -> None:
    # A front page: 'Fraværende: Ingen', then the municipality's name and the contents.
    lines = clean_lines("Ingen\nNorddjurs Kommune\n\nIndholdsfortegnelse\nSide\n")
    assert [line.text for line in lines[: list_end(lines)]] == ["Ingen"]
    assert parse_absences(lines[: list_end(lines)], "fravaerende") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norddjurs Kommune", []),  # a place, not a title and a name
        ("Norddjurs Kommune Indholdsfortegnelse Side", []),
        ("Teknik og Miljø", []),
        ("Karen Bach", [("Karen Bach", None)]),  # a name alone: a known first name
        ("Sagsbehandler Hans Hansen", [("Hans Hansen", "Sagsbehandler")]),  # a title unknown
        (
            "Direktør for Job og Velfærd Lene Mehlsen",
            [("Lene Mehlsen", "Direktør for Job og Velfærd")],
        ),
        ("Borgmester Zaid Qaderi", [("Zaid Qaderi", "Borgmester")]),  # a name unknown
    ],
)
def test_what_is_no_one_in_an_absence_list(text: str, expected: list[tuple]) -> None:
    got = parse_absences(clean_lines(text), "afbud")
    assert [(a.name, a.title) for a in got] == expected


def test_another_label_ends_an_absence_list() -> None:
    lines = clean_lines("Økonomidirektør Ulla Kjær\nReferent: Sekretær Mette Holm\n")
    assert [line.text for line in lines[: list_end(lines)]] == ["Økonomidirektør Ulla Kjær"]
    assert [a.name for a in parse_absences(lines, "afbud")] == ["Ulla Kjær"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velfærdsdirektør Lene Mehlsen deltog ikke under punkt 2.",
            [("Lene Mehlsen", "Velfærdsdirektør", "deltog ikke under punkt 2")],
        ),
        # The sentence is about every name before it.
        (
            "Økonomichef Bettina Andersen og HR-chef Pia Dahl forlod mødet efter punkt 3.",
            [
                ("Bettina Andersen", "Økonomichef", "forlod mødet efter punkt 3"),
                ("Pia Dahl", "HR-chef", "forlod mødet efter punkt 3"),
            ],
        ),
        (
            "Kommunaldirektør Christian Roslev\nSkolechef Karen Bach deltog fra kl. 10.30.",
            [
                ("Christian Roslev", "Kommunaldirektør", None),
                ("Karen Bach", "Skolechef", "deltog fra kl. 10.30"),
            ],
        ),
    ],
)
def test_a_sentence_on_who_was_away_is_the_remark(text: str, expected: list[tuple]) -> None:
    lines = clean_lines(text)
    assert list_end(lines) == len(lines)
    got = parse_absences(lines, "fraværende")
    assert [(a.name, a.title, a.note) for a in got] == expected


def test_a_sentence_on_who_was_there_ends_an_absence_list() -> None:
    # 'deltog i punktet' is the decision's, after the list: the person was there.
    lines = clean_lines(
        "Kommunaldirektør Christian Roslev\nØkonomichef Ulla Kjær deltog i punktet."
    )
    assert list_end(lines) == 1


def test_text_after_the_last_attachment_is_not_its_title() -> None:
    text = (
        "1 - \n3011525 \nÅben Årshjul (udkast) (rev.) \n(8725/21) (H)\n"
        "2 - \nLukket Notat () ()\nMødet hævet kl. 11.30.\n"
    )
    assert attachments(text) == [
        (1, "3011525", "open", "Årshjul (udkast) (rev.)", "8725/21", True),
        (2, None, "closed", "Notat", None, False),
    ]


def test_an_entry_that_lost_its_dash_after_a_complete_one() -> None:
    text = "1 - \n3011525 \nÅben Årshjul (8725/21) (H)\n2 3011527 Åben Notat (8727/21) (H)\n3\nLukket Sag () ()\n"
    assert [(a[0], a[1], a[3]) for a in attachments(text)] == [
        (1, "3011525", "Årshjul"),
        (2, "3011527", "Notat"),
        (3, None, "Sag"),
    ]


def test_entries_joined_on_one_line() -> None:
    text = (
        "1 - 3011525 Åben Årshjul 2021 (8725/21) (H) 2 - 3011526 Åben Notat (8726/21) (H) "
        "3 - Lukket Sag () ()\n"
    )
    assert [(a[0], a[1], a[2], a[3], a[4]) for a in attachments(text)] == [
        (1, "3011525", "open", "Årshjul 2021", "8725/21"),
        (2, "3011526", "open", "Notat", "8726/21"),
        (3, None, "closed", "Sag", None),
    ]


def test_a_first_entry_that_lost_its_dash() -> None:
    # A number alone opens the list only before a document id or the access word.
    text = "1\n3011525\nÅben Årshjul (8725/21) (H)\n2\nLukket Sag () ()\n"
    assert [(a[0], a[1], a[3]) for a in attachments(text)] == [
        (1, "3011525", "Årshjul"),
        (2, None, "Sag"),
    ]
    assert attachments("1\nMødet hævet kl. 11.30.\n") == []
    # … also after a page of text: no page's number
    page = "".join(f"Linje {k} af teksten.\n" for k in range(12))
    text = f"{page}Bilag:\n1 - \n3011525\nÅben Årshjul (8725/21) (H)\n2\nLukket Sag () ()\n"
    minutes = parse_text(f"Direktionen 20-01-2021\nSag\n Åben Sag\nSagsfremstilling\n{text}")
    assert [(a.number, a.title) for a in minutes.items[0].attachments] == [
        (1, "Årshjul"),
        (2, "Sag"),
    ]
    # the page's number after the list, before the next item: the page's
    text = text.replace(
        "2\nLukket Sag () ()\n", "2 - \nLukket Notat () ()\n2\nPersonalesag\n Lukket Sag\n"
    )
    minutes = parse_text(f"Direktionen 20-01-2021\nSag\n Åben Sag\nSagsfremstilling\n{text}")
    assert [(a.number, a.title) for a in minutes.items[0].attachments] == [
        (1, "Årshjul"),
        (2, "Notat"),
    ]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Børne- og familieudvalget", "BFU"),
        ("Miljø- og Teknikudvalget", "MTU"),  # as the list knows it
        ("Kultur- og udviklingsudvalget", "KUU"),
        ("Social-, Sundheds- og Ældreudvalget", "SSÆU"),
        ("Beskæftigelsesudvalget", "BU"),
        # a council, a board, a group: their own letter as a committee's U
        ("Ældrerådet", "ÆR"),
        ("Handicaprådet", "HR"),
        ("Styregruppen", "SG"),
        ("Råd", "R"),  # no compound: the word's letter alone
    ],
)
def test_a_code_for_a_body_no_list_knows(name: str, code: str) -> None:
    assert committee_code(name) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sagen oversendes til ØK d. 6. december.", [("ØK", date(2022, 12, 6), "referral")]),
        (
            "Sagen fremsendes til politisk behandling i MTU den 5. december 2022.",
            [("MTU", date(2022, 12, 5), "referral")],
        ),
        (
            "Sagen sendes videre til behandling i MTU d. 5. december.",
            [("MTU", date(2022, 12, 5), "referral")],
        ),
        ("Materialet fremlægges for KB d. 13. december.", [("KB", date(2022, 12, 13), "referral")]),
        (
            "Punktet tages op igen på direktionsmødet d. 3. februar.",
            [("DIR", date(2023, 2, 3), "return")],
        ),
        (
            "Punktet sættes på dagsordenen igen d. 21. december.",
            [("DIR", date(2022, 12, 21), "return")],
        ),
        ("Sagen udsættes til mødet d. 7. december.", [("DIR", date(2022, 12, 7), "return")]),
        (
            "Direktionen vender tilbage til sagen d. 14. december.",
            [("DIR", date(2022, 12, 14), "return")],
        ),
        (
            "Sagen forventes at blive behandlet i KB d. 13. december.",
            [("KB", date(2022, 12, 13), "referral")],
        ),
        ("Oplægget præsenteres for HU d. 9. december.", [("HU", date(2022, 12, 9), "referral")]),
        (
            "Sagen går videre til Økonomiudvalget d. 6. december og KB d. 13. december.",
            [("ØK", date(2022, 12, 6), "referral"), ("KB", date(2022, 12, 13), "referral")],
        ),
        # a discussion continued is a return; other work continued is none
        (
            "På mødet d. 14. december fortsættes drøftelsen. Arbejdet fortsættes til d. 1. marts.",
            [("DIR", date(2022, 12, 14), "return")],
        ),
        # in the past or the future tense
        ("Punktet er udsat til mødet d. 7. december.", [("DIR", date(2022, 12, 7), "return")]),
        (
            "Sagen vil blive forelagt Kommunalbestyrelsen d. 13. december.",
            [("KB", date(2022, 12, 13), "referral")],
        ),
        (
            "Sagen blev sendt videre til ØK d. 6. december.",
            [("ØK", date(2022, 12, 6), "referral")],
        ),
        # a status given at a meeting, but not a status of something on a day
        (
            "HR-chefen følger op med en status på direktionsmødet d. 15. marts.",
            [("DIR", date(2023, 3, 15), "return")],
        ),
        ("Der er status på budgettet d. 3. december.", []),
        # a follow-up at a meeting of the body, but not at a meeting with someone
        (
            "Der følges op på sagen på mødet d. 4. januar.",
            [("DIR", date(2023, 1, 4), "return")],
        ),
        ("Økonomichefen følger op på mødet med KL d. 4. januar.", []),
        ("Økonomichefen følger op inden d. 4. januar.", []),
        # sent, but to no meeting: no referral
        ("Sagen sendes til høring d. 3. marts. Lene sendes på kursus d. 3. marts.", []),
        ("Sagen går videre til høring d. 3. januar.", []),
        # a committee by its full name, its hyphen optional
        (
            "Sagen behandles i Miljø- og Teknikudvalget d. 5. december og i Børne og "
            "Ungdomsudvalget d. 7. december.",
            [("MTU", date(2022, 12, 5), "referral"), ("BUU", date(2022, 12, 7), "referral")],
        ),
        # a committee, council or group not known is no return to the meeting's own body
        ("Sagen behandles i fagudvalget d. 5. december.", []),
        # (a council by its own name is one: 'ÆR')
        (
            "Sagen drøftes i ældrerådet d. 5. december og på udvalgsmødet d. 8. december.",
            [],
        ),
        (
            "Sagen drøftes i Ældrerådet d. 5. december og på udvalgsmødet d. 8. december.",
            [("ÆR", date(2022, 12, 5), "referral")],
        ),
        (
            "Sagen behandles i styregruppen d. 5. december og i ØK d. 6. december.",
            [("ØK", date(2022, 12, 6), "referral")],
        ),
        # the body named right after the date, and each date's own
        (
            "Sagen behandles d. 6. december i ØK og d. 13. december i KB.",
            [("ØK", date(2022, 12, 6), "referral"), ("KB", date(2022, 12, 13), "referral")],
        ),
        # a short date's next word is no month: 'og KB' is the next date's
        (
            "Planen forelægges MTU d. 5/12 og KB d. 13/12.",
            [("MTU", date(2022, 12, 5), "referral"), ("KB", date(2022, 12, 13), "referral")],
        ),
        (
            "Sagen forelægges den 6. december for økonomiudvalget.",
            [("ØK", date(2022, 12, 6), "referral")],
        ),
        ("Sagen behandles d. 6. december på ØKs møde.", [("ØK", date(2022, 12, 6), "referral")]),
        # … but not past a clause, nor after other words, nor a committee not known
        (
            "Punktet behandles igen d. 21. december, hvor KB også drøfter oplægget.",
            [("DIR", date(2022, 12, 21), "return")],
        ),
        (
            "Sagen genoptages d. 4. januar i forlængelse af KB's beslutning.",
            [("DIR", date(2023, 1, 4), "return")],
        ),
        ("Sagen behandles d. 6. december i fagudvalget.", []),
        # a committee's code not known: its own body, never the meeting's ('behandles igen')
        ("Sagen behandles i SOU d. 15. december.", [("SOU", date(2022, 12, 15), "referral")]),
        # … or by its own name, capitalised, with the code municipalities make of it
        (
            "Sagen forelægges Børne- og familieudvalget d. 15. december.",
            [("BFU", date(2022, 12, 15), "referral")],
        ),
        (
            "Sagen behandles i Beskæftigelsesudvalget d. 15. december.",
            [("BU", date(2022, 12, 15), "referral")],
        ),
        # … a council's too; a name opening the sentence unless it could be any committee's
        (
            "Sagen forelægges Ældrerådet d. 15. december.",
            [("ÆR", date(2022, 12, 15), "referral")],
        ),
        (
            "Beskæftigelsesudvalget behandler sagen d. 15. december.",
            [("BU", date(2022, 12, 15), "referral")],
        ),
        ("Fagudvalget behandler sagen d. 15. december.", []),
        ("Underudvalget behandler sagen d. 15. december.", []),
        # a body the subject of the verb in the active voice, before or after it
        (
            "Økonomiudvalget behandler sagen d. 6. december og KB d. 13. december.",
            [("ØK", date(2022, 12, 6), "referral"), ("KB", date(2022, 12, 13), "referral")],
        ),
        ("Herefter behandler KB sagen d. 13. december.", [("KB", date(2022, 12, 13), "referral")]),
        ("Direktionen drøfter punktet igen d. 4. januar.", [("DIR", date(2023, 1, 4), "return")]),
        # the future in the active voice, put on the agenda, recommended for a decision
        (
            "Direktionen vil drøfte sagen igen på mødet den 13. december.",
            [("DIR", date(2022, 12, 13), "return")],
        ),
        (
            "Sagen er sat på dagsordenen til ØK's møde den 6. december.",
            [("ØK", date(2022, 12, 6), "referral")],
        ),
        (
            "Sagen indstilles til godkendelse i ØK den 6. december og KB den 13. december.",
            [("ØK", date(2022, 12, 6), "referral"), ("KB", date(2022, 12, 13), "referral")],
        ),
        # a status asked for, or to be given
        ("Direktionen ønsker en status d. 4. januar.", [("DIR", date(2023, 1, 4), "return")]),
        ("Der gives en status til ØK d. 6. december.", [("ØK", date(2022, 12, 6), "referral")]),
        # the meeting's own body on the meeting's own day: this meeting, no return
        ("Sagen behandles på direktionsmødet d. 30. november.", []),
        ("Sagen behandles i ØK d. 30. november.", [("ØK", date(2022, 11, 30), "referral")]),
        # a month for a list of bodies: each
        (
            "Forslaget sendes videre til behandling i ØK og KB i januar.",
            [("ØK", date(2023, 1, 1), "referral"), ("KB", date(2023, 1, 1), "referral")],
        ),
        (
            "Sagen forelægges ØK efter drøftelse i KB i januar.",
            [("KB", date(2023, 1, 1), "referral")],
        ),
        # a time counted from the meeting
        ("Punktet drøftes igen om 14 dage.", [("DIR", date(2022, 12, 14), "return")]),
        ("Punktet behandles igen om en måned.", [("DIR", date(2022, 12, 1), "return")]),
        # … not a thing, nor a body mid-sentence, nor with no time (a body named after such a
        # verb is no referral: what is discussed, not where to)
        ("Direktionen drøfter ØK's forslag.", []),
        ("Direktionen får en status på ØK's arbejde.", []),
        ("Direktionen vil drøfte KB's forslag.", []),
        ("Notatet behandler ændringerne fra d. 1. januar.", []),
        ("Sagen, som ØK behandler, træder i kraft d. 1. januar.", []),
        ("Direktionen drøfter punktet og godkender indstillingen.", []),
        # … also right after the verb that puts the case before it
        ("Strategien forelægges BFU d. 15. december.", [("BFU", date(2022, 12, 15), "referral")]),
        ("Sagen fremlægges BFU.", [("BFU", date(2022, 11, 30), "referral")]),
        (
            "Sagen forelægges ØK, KFU og KB d. 13. december.",
            [("KB", date(2022, 12, 13), "referral")],
        ),
        (
            "Sagen behandles i SOU d. 15. december og i KFU d. 16. december.",
            [("SOU", date(2022, 12, 15), "referral"), ("KFU", date(2022, 12, 16), "referral")],
        ),
        # another organisation's code: no body of the municipality, not the meeting's own
        ("Sagen behandles i KKR d. 15. december.", []),
        ("Sagen drøftes på KL's bestyrelsesmøde d. 15. december.", []),
        (
            "Sagen behandles igen d. 15. december efter drøftelse i HR.",
            [("DIR", date(2022, 12, 15), "return")],
        ),
        # … but not the EU, nor a code inside a word
        (
            "Sagen behandles i KB d. 15. december efter høring i EU og SOU-gruppen.",
            [("KB", date(2022, 12, 15), "referral")],
        ),
        # a committee's recommendation to the body that decides
        (
            "Direktionen anbefaler indstillingen over for ØK d. 6. december.",
            [("ØK", date(2022, 12, 6), "referral")],
        ),
        # the treatment to come by the noun, as a form's field; the participle alone
        (
            "Videre behandling: ØK d. 6. december og KB d. 13. december.",
            [("ØK", date(2022, 12, 6), "referral"), ("KB", date(2022, 12, 13), "referral")],
        ),
        (
            "Næste behandling: Direktionen d. 4. januar.",
            [("DIR", date(2023, 1, 4), "return")],
        ),
        ("Ny behandling d. 4. januar.", [("DIR", date(2023, 1, 4), "return")]),
        ("Punktet genbehandles d. 4. januar.", [("DIR", date(2023, 1, 4), "return")]),
        # … in other verbs, active, put off
        ("Direktionen genoptager drøftelsen d. 4. januar.", [("DIR", date(2023, 1, 4), "return")]),
        ("Punktet sættes på igen d. 11. januar.", [("DIR", date(2023, 1, 11), "return")]),
        ("Punktet blev udskudt til d. 4. januar.", [("DIR", date(2023, 1, 4), "return")]),
        ("Punktet udskydes til januar.", [("DIR", date(2023, 1, 1), "return")]),
        (
            "Der følges op på punktet på et kommende møde.",
            [("DIR", date(2022, 11, 30), "return")],
        ),
        (
            "Godkendt og sendt videre til ØK 6. december.",
            [("ØK", date(2022, 12, 6), "referral")],
        ),
        ("Videre behandling i ØK.", [("ØK", date(2022, 11, 30), "referral")]),
        ("Sagen er klar til endelig behandling.", []),
        ("Punkterne blev sat til behandling d. 4. januar.", []),
    ],
)
def test_referrals_in_other_words(text: str, expected: list[tuple]) -> None:
    got = [(r.body, r.date, r.kind) for r in find_referrals(text, date(2022, 11, 30), "DIR")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opfølgning på behandlingen i direktionen d. 23. november med fokus på valg.",
            [("DIR", date(2022, 11, 23))],
        ),
        ("MTU besluttede på møde d. 14. november at tiltræde.", [("MTU", date(2022, 11, 14))]),
        ("ØK har behandlet sagen d. 6. oktober.", [("ØK", date(2022, 10, 6))]),
        ("Sagen er blevet drøftet i KB d. 6. oktober.", [("KB", date(2022, 10, 6))]),
        # a participle without its auxiliary is no report ('Drøftet d. …' heads a note)
        ("Sagen drøftet i KB d. 6. oktober.", []),
        (
            "Budgettet blev godkendt i KB d. 13. september, og ØK drøftede det d. 6. oktober.",
            [("KB", date(2022, 9, 13)), ("ØK", date(2022, 10, 6))],
        ),
        # the date too far from the verb, or after another date, or in the next sentence
        ("Direktionen drøftede status på projektet, som blev sat i gang d. 3. marts.", []),
        (
            "Direktionen drøftede d. 3. oktober planen fra d. 1. september.",
            [("DIR", date(2022, 10, 3))],
        ),
        ("Planen blev godkendt. Den 3. oktober i KB kom en ny plan.", []),
        # no body of the municipality named, or a date after the meeting's
        ("Regeringen besluttede d. 5. maj at lukke skolerne.", []),
        ("Direktionen drøftede fælles introduktion til kommunens fagområder d. 22. februar.", []),
        # a present form is a referral's (find_referrals), not an earlier treatment's
        ("Sagen behandles i KB d. 13. september.", []),
    ],
)
def test_earlier_treatments_reported_in_the_past_tense(text: str, expected: list[tuple]) -> None:
    """An earlier treatment reported in the past tense or by its noun: a date before the
    meeting, a few words after the verb, at a body named."""
    meeting = date(2022, 11, 30)
    found = earlier_treatments(text, list(find_dates(text, meeting)), meeting)
    assert [(body, when) for body, when, _ in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's next meeting: the date is the deciding meeting's, 'next' says after it
        ("Punktet genoptages på næste møde.", [("DIR", date(2022, 11, 30), "return", "next")]),
        (
            "Punktet drøftes igen på næste direktionsmøde.",
            [("DIR", date(2022, 11, 30), "return", "next")],
        ),
        (
            "MTU har behandlet sagen, som behandles på næste møde i ØK.",
            [("ØK", date(2022, 11, 30), "referral", "next")],
        ),
        ("Punktet tages op igen næste gang.", [("DIR", date(2022, 11, 30), "return", "next")]),
        ("Sagen kommer igen på næste møde.", [("DIR", date(2022, 11, 30), "return", "next")]),
        (
            "Punktet blev udsat til næste møde.",
            [("DIR", date(2022, 11, 30), "return", "next")],
        ),
        ("Status gives på næste direktionsmøde.", [("DIR", date(2022, 11, 30), "return", "next")]),
        ("Budgettet blev udsat.", []),
        # a decision of one word, and where to
        ("Udsat til næste møde.", [("DIR", date(2022, 11, 30), "return", "next")]),
        ("Drøftet. Udsat til næste møde.", [("DIR", date(2022, 11, 30), "return", "next")]),
        ("Udsat.", []),
        # a month without a day: its first day, in the first such month from the meeting's on
        ("Punktet drøftes igen i marts.", [("DIR", date(2023, 3, 1), "return", "month")]),
        ("Sagen behandles i ØK i december.", [("ØK", date(2022, 12, 1), "referral", "month")]),
        (
            "Sagen forelægges KB i løbet af januar 2023.",
            [("KB", date(2023, 1, 1), "referral", "month")],
        ),
        ("Budgettet behandles i marts 2022.", [("DIR", date(2022, 3, 1), "previous", "month")]),
        # no referral: no verb of one, or sent to no meeting
        ("Direktionen drøftede sagen i september.", []),
        ("Materialet sendes til høring i marts.", []),
        ("Sagen behandles i den kommende periode.", []),
        # no day and no next meeting written: the next meeting of each body named after the verb
        ("Sagen er oversendt til MTU.", [("MTU", date(2022, 11, 30), "referral", "next")]),
        (
            "Sagen forelægges Økonomiudvalget og KB.",
            [
                ("ØK", date(2022, 11, 30), "referral", "next"),
                ("KB", date(2022, 11, 30), "referral", "next"),
            ],
        ),
        (
            "Indstillingen anbefales over for Miljø- og Teknikudvalget.",
            [("MTU", date(2022, 11, 30), "referral", "next")],
        ),
        (
            "Materialet drøftes i fagudvalgene, ØK og KB.",
            [
                ("ØK", date(2022, 11, 30), "referral", "next"),
                ("KB", date(2022, 11, 30), "referral", "next"),
            ],
        ),
        (
            "Sagen behandles i ØK, hvorefter KB træffer beslutning.",
            [("ØK", date(2022, 11, 30), "referral", "next")],
        ),
        (
            "Sagen forelægges direktionen igen.",
            [("DIR", date(2022, 11, 30), "return", "next")],
        ),
        # the meeting's own body without 'igen' is the meeting at hand; a denial is none
        ("Sagen forelægges direktionen til drøftelse.", []),
        ("Sagen forelægges ikke ØK.", []),
        ("Sagen behandles i fagudvalgene.", []),
        ("Sagen sendes til høring.", []),
    ],
)
def test_referrals_without_a_day(text: str, expected: list[tuple]) -> None:
    got = [
        (r.body, r.date, r.kind, r.precision)
        for r in find_referrals(text, date(2022, 11, 30), "DIR")
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("line", "decision"),
    [
        ("Beslutning i Byrådet", ("Byrådet", None)),
        ("Beslutning i Miljø- og Teknikudvalget:", ("Miljø- og Teknikudvalget", None)),
        ("BESLUTNING I DIREKTIONEN", ("Direktionen", None)),
        ("Økonomiudvalgets beslutning", ("Økonomiudvalget", None)),
        ("Udvalgets beslutning", (None, None)),
        ("Beslutning den 12-03-2020", (None, date(2020, 3, 12))),
        ("Beslutning i sagen", None),
        ("Direktionens beslutning er at gå videre", None),
        (
            "Beslutning i Direktionen den 12-03-2020 er at gå videre",
            ("Direktionen", date(2020, 3, 12)),
        ),
    ],
)
def test_decision_headings_without_a_date_or_a_body(line: str, decision: tuple | None) -> None:
    section = heading(Line(line))
    found = (section.body, section.date) if section and section.kind == "decision" else None
    assert found == decision


@pytest.mark.parametrize(
    "label",
    ["Fraværende i mødet:", "Ikke til stede:", "Afbud/fravær:", "Fravær:", "Fraværende/afbud:"],
)
def test_other_systems_labels_for_the_absent(label: str) -> None:
    text = (
        "Økonomiudvalget 12-03-2020\n\nBudget\n Åben Sag\nSagsfremstilling\nTekst.\n"
        f"Beslutning i Økonomiudvalget den 12-03-2020\nGodkendt.\n{label} Jens Hansen (A)\n"
    )
    minutes = parse_text(text)
    assert [(a.name, a.kind, a.note) for a in minutes.absent] == [
        ("Jens Hansen", "fraværende", "A")
    ]
    assert minutes.items[0].decisions[0].text == "Godkendt."


def test_fravaer_without_its_colon_is_text() -> None:
    """'Fravær' alone is a case's subheading as often as a list's label (sickness absence)."""
    text = (
        "Økonomiudvalget 12-03-2020\n\nBudget\n Åben Sag\nSagsfremstilling\nFravær\n"
        "Sygefraværet faldt.\nBeslutning i Økonomiudvalget den 12-03-2020\nGodkendt.\n"
    )
    minutes = parse_text(text)
    assert minutes.absent == ()
    assert minutes.items[0].presentation == "Fravær Sygefraværet faldt."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Remarks in one bracket, parted by a comma: one person, the remarks theirs.
        ("Peter Lund (O, inhabil)", [("Peter Lund", None, "O, inhabil")]),
        ("Karen Holm (V, formand)", [("Karen Holm", None, "V, formand")]),
        ("Karen Holm (V) (formand)", [("Karen Holm", None, "V, formand")]),
        (
            "Karen Holm (V, formand), Peter Lund (O, inhabil) og Jens Hansen (A)",
            [("Karen Holm", None, "V, formand"), ("Peter Lund", None, "O, inhabil")]
            + [("Jens Hansen", None, "A")],
        ),
        # A title after a comma is the person's title, written small or capitalised, also a
        # title naming its unit; the chair after a comma is a remark.
        ("Christian Roslev, kommunaldirektør", [("Christian Roslev", "kommunaldirektør", None)]),
        ("Jan Jeppesen, Kommunaldirektør", [("Jan Jeppesen", "Kommunaldirektør", None)]),
        (
            "Lene Mehlsen, Direktør for Job og Velfærd",
            [("Lene Mehlsen", "Direktør for Job og Velfærd", None)],
        ),
        (
            "Jan Jeppesen, Formand, Lene Mehlsen",
            [("Jan Jeppesen", None, "formand"), ("Lene Mehlsen", None, None)],
        ),
        (
            "Kommunaldirektør Jan Jeppesen, Direktør Lene Mehlsen",
            [("Jan Jeppesen", "Kommunaldirektør", None), ("Lene Mehlsen", "Direktør", None)],
        ),
        # ... or after a dash
        ("Jan Jeppesen - Kommunaldirektør", [("Jan Jeppesen", "Kommunaldirektør", None)]),
        # Surname first, then the first names: one person, as the name is said.
        ("Jeppesen, Jan (kommunaldirektør)", [("Jan Jeppesen", "kommunaldirektør", None)]),
        ("Jeppesen, Jan, kommunaldirektør", [("Jan Jeppesen", "kommunaldirektør", None)]),
        (
            "Dahl Andersen, Anne Marie (formand)",
            [("Anne Marie Dahl Andersen", None, "formand")],
        ),
        ("Jensen, Kim T.", [("Kim T. Jensen", None, None)]),
        (
            "Jeppesen, Jan og Mehlsen, Lene (syg)",
            [("Jan Jeppesen", None, None), ("Lene Mehlsen", None, "syg")],
        ),
        # ... but a name with its first name first, and a title, are not surnames
        (
            "Lene Mehlsen, Jan Jeppesen",
            [("Lene Mehlsen", None, None), ("Jan Jeppesen", None, None)],
        ),
        (
            "Direktør Holm, Jan Jeppesen",
            [("Holm", "Direktør", None), ("Jan Jeppesen", None, None)],
        ),
        (
            "Kommunaldirektør Jan Jeppesen – Formand",
            [("Jan Jeppesen", "Kommunaldirektør", "formand")],
        ),
    ],
)
def test_remarks_parted_by_commas(text: str, expected: list[tuple]) -> None:
    lines = clean_lines(text)
    assert list_end(lines) == len(lines)
    got = parse_absences(lines, "fraværende")
    assert [(a.name, a.title, a.note) for a in got] == expected


def test_an_absence_list_numbered() -> None:
    text = (
        "Direktionen 12-03-2020\n\nBudget\n Åben Sag\nSagsfremstilling\nTekst.\n"
        "Beslutning i Direktionen den 12-03-2020\nGodkendt.\nAfbud:\n"
        "1. Kommunaldirektør Jan Jeppesen\n2. Direktør Lene Mehlsen (syg)\n"
    )
    assert [(a.name, a.title, a.note) for a in parse_text(text).absent] == [
        ("Jan Jeppesen", "Kommunaldirektør", None),
        ("Lene Mehlsen", "Direktør", "syg"),
    ]


def test_an_absence_list_written_surname_first() -> None:
    """'Jeppesen, Jan (kommunaldirektør)' a line named nobody: the list was the decision's
    text."""
    text = (
        "Direktionen 12-03-2020\n\nBudget\n Åben Sag\nSagsfremstilling\nTekst.\n"
        "Beslutning i Direktionen den 12-03-2020\nGodkendt.\nAfbud:\n"
        "Jeppesen, Jan (kommunaldirektør)\nMehlsen, Lene (velfærdsdirektør)\n"
    )
    minutes = parse_text(text)
    assert [(a.name, a.title, a.kind) for a in minutes.absent] == [
        ("Jan Jeppesen", "kommunaldirektør", "afbud"),
        ("Lene Mehlsen", "velfærdsdirektør", "afbud"),
    ]
    assert minutes.items[0].decisions[0].text == "Godkendt."


def test_an_absence_list_of_names_before_their_titles() -> None:
    """'Jan Jeppesen, Kommunaldirektør' a line: each line one person, the title theirs (the
    capitalised title after the comma was read as a person of its own, and the list lost)."""
    text = (
        "Direktionen 12-03-2020\n\nBudget\n Åben Sag\nSagsfremstilling\nTekst.\n"
        "Beslutning i Direktionen den 12-03-2020\nGodkendt.\nAfbud:\n"
        "Jan Jeppesen, Kommunaldirektør\nLene Mehlsen, Direktør for Job og Velfærd\n"
    )
    minutes = parse_text(text)
    assert [(a.name, a.title, a.kind) for a in minutes.absent] == [
        ("Jan Jeppesen", "Kommunaldirektør", "afbud"),
        ("Lene Mehlsen", "Direktør for Job og Velfærd", "afbud"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # 'kst.', 'konst.', 'fg.' before the title: no sentence ending inside
        ("Kst. velfærdsdirektør Lene Mehlsen", ("Lene Mehlsen", "Kst. velfærdsdirektør", None)),
        ("Konst. socialchef Lene Mehlsen", ("Lene Mehlsen", "Konst. socialchef", None)),
        ("Fg. skolechef Lene Mehlsen", ("Lene Mehlsen", "Fg. skolechef", None)),
        # when the person was away, after the name or after a remark
        (
            "Kommunaldirektør Christian Roslev under punkt 2",
            ("Christian Roslev", "Kommunaldirektør", "under punkt 2"),
        ),
        (
            "Kommunaldirektør Christian Roslev (formand), punkt 2",
            ("Christian Roslev", "Kommunaldirektør", "formand, punkt 2"),
        ),
    ],
)
def test_an_absence_line_with_an_abbreviated_title_or_a_time_after_the_name(
    line: str, expected: tuple
) -> None:
    """Such a line named nobody, and the list went into the decision's text."""
    text = (
        "Direktionen 12-03-2020\n\nBudget\n Åben Sag\nSagsfremstilling\nTekst.\n"
        "Beslutning i Direktionen den 12-03-2020\nGodkendt.\nFraværende:\n"
        f"Teknik- og miljødirektør Jens Andersen\n{line}\n"
    )
    minutes = parse_text(text)
    assert [(a.name, a.title, a.note) for a in minutes.absent] == [
        ("Jens Andersen", "Teknik- og miljødirektør", None),
        expected,
    ]
    assert minutes.items[0].decisions[0].text == "Godkendt."


def test_a_sentence_on_taking_part_after_an_absence_list_is_the_decisions() -> None:
    """'… deltog i punktet' after the list: no absence, the decision's sentence."""
    text = (
        "Direktionen 12-03-2020\n\nBudget\n Åben Sag\nSagsfremstilling\nTekst.\n"
        "Beslutning i Direktionen den 12-03-2020\nGodkendt.\nFraværende:\n"
        "Kommunaldirektør Christian Roslev\nLene Mehlsen deltog i punktet.\n"
    )
    minutes = parse_text(text)
    assert [a.name for a in minutes.absent] == ["Christian Roslev"]
    assert minutes.items[0].decisions[0].text == "Godkendt. Lene Mehlsen deltog i punktet."


def test_an_acting_title_written_short_or_fungerende_is_acting() -> None:
    from dagsorden.core.records import Person
    from dagsorden.core.text import role_title

    assert Person("Lene Mehlsen", "Kst. velfærdsdirektør").acting
    assert role_title("Kst. velfærdsdirektør") == "konstitueret velfærdsdirektør"
    assert Person("Lene Mehlsen", "Fungerende skolechef").acting
    assert Person("Lene Mehlsen", "Fg. skolechef").acting
    assert role_title("Fg. skolechef") == "fungerende skolechef"
    assert Person("Lene Mehlsen", "konstituerede velfærdsdirektør").acting
    assert role_title("konstituerede velfærdsdirektør") == "konstitueret velfærdsdirektør"
    assert not Person("Lene Mehlsen", "Fagchef").acting
