"""Property: minutes laid out by the documents package and typeset to PDF parse back to the
same items, points, decisions, attachments and absences (the house layout and the parser
agree). Points are numbered, as dagsorden writes them; bulleted points are covered by the
seed documents' round trips."""

from __future__ import annotations

import os
from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dagsorden.core import parse_bytes
from dagsorden.core.paragraphs import unlaid
from dagsorden.core.records import Absence, Attachment, Decision, Item, Minutes, Point
from dagsorden.documents import render_pdf

WORDS = [
    "budget", "opfølgning", "direktionen", "drøftede", "sagen", "status", "proces",
    "organisering", "strategi", "borgere", "kommunen", "udvikling", "skole", "ældre", "trivsel",
    "indsats", "plan", "økonomi", "dialog", "afdeling", "projekt", "samarbejde", "evaluering",
    "handling", "forslag", "materiale", "møde", "område", "rammer",
]  # fmt: skip

# What running text holds besides plain words: dates broken anywhere, hyphenated names,
# dashes, inline numbering, abbreviations.
EXTRAS = [
    "d. 6. december", "d. 14. november", "kl. 10", "HR-strategien", "Marie-Louise",
    "(bilag vedlagt)", "1)", "2)", "–", "fx", "bl.a.", "ift.", "KB", "ØK",
]  # fmt: skip
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(EXTRAS))


@st.composite
def sentence(draw) -> str:  # type: ignore[no-untyped-def]
    # Plain words first and last: a sentence does not end on an abbreviation or a date.
    words = [
        draw(st.sampled_from(WORDS)),
        *draw(st.lists(word, min_size=1, max_size=13)),
        draw(st.sampled_from(WORDS)),
    ]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


@st.composite
def points(draw) -> tuple[Point, ...]:  # type: ignore[no-untyped-def]
    """Points as real minutes have them: each opens with a title of its own, and no part of
    the decision opens like another point's title (two points that began alike would leave
    even a person unsure which decision is whose)."""
    n = draw(st.integers(1, 5))
    out: list[Point] = []
    openings: set[str] = set()
    for i in range(n):
        title = draw(sentence())
        opening = " ".join(title.lower().split()[:3])
        rest = " ".join(draw(st.lists(sentence(), max_size=3)))
        sentences = draw(st.lists(sentence(), min_size=1, max_size=3))
        assume(opening not in openings)
        assume(not any(" ".join(x.lower().split()[:3]) in openings | {opening} for x in sentences))
        openings.add(opening)
        # its paragraphs apart, or a list of its own after a colon, as texts are stored
        shape = draw(st.sampled_from(["", "\n\n", "list"]))
        if shape == "list":
            decision = f"{sentences[0]} Følgende blev aftalt:" + "".join(
                f"\n\n- {s}" for s in sentences[1:] or ["Sagen afsluttes."]
            )
        else:
            decision = (shape or " ").join(sentences)
        if draw(st.booleans()):  # the decision may repeat the point's title first, as in the seeds
            decision = f"{title} {decision}"
        out.append(
            Point(
                title=title,
                presentation=f"{title} {rest}".strip(),
                decision=decision,
                number=i + 1,  # dagsorden numbers the points it writes (export.py)
            )
        )
    return tuple(out)


PEOPLE = [
    ("Velfærdsdirektør", "Lene Mehlsen"),
    ("Økonomichef", "Bettina Andersen"),
    ("Chef for Kommunaldirektørens sekretariat", "Jeppe Thvilum"),
    ("Konstitueret socialchef", "Marie-Louise Eskerod Ifversen"),
    ("Vej- og ejendomschef", "Kim T. Jensen"),
]


@st.composite
def item(draw, number: int | None, when: date) -> Item:  # type: ignore[no-untyped-def]
    attachments = []
    for i in range(draw(st.integers(0, 3))):
        access = draw(st.sampled_from(["open", "closed"]))
        attachments.append(
            Attachment(
                number=i + 1,
                access=access,
                title=draw(sentence()).rstrip("."),
                document_id=str(draw(st.integers(1_000_000, 3_999_999)))
                if access == "open" or draw(st.booleans())
                else None,
                journal_number=f"{draw(st.integers(1, 199_999))}/26"
                if draw(st.booleans())
                else None,
            )
        )
    return Item(
        title=draw(sentence()).rstrip("."),
        number=number,
        access=draw(st.sampled_from(["open", "closed"])),
        routing=tuple(
            draw(
                st.lists(
                    st.sampled_from(["DIR", "MTU", "ØK", "KB"]), min_size=1, max_size=4, unique=True
                )
            )
        ),
        presentation="Direktionen har følgende punkter til behandling:",
        recommendation="Kommunaldirektøren indstiller, at punkterne behandles.",
        decisions=(Decision("Direktionen", when, ""),),
        points=draw(points()),
        attachments=tuple(attachments),
    )


@st.composite
def minutes(draw) -> Minutes:  # type: ignore[no-untyped-def]
    when = date(2026, 11, 4)
    # One item a document, as the Norddjurs minutes are, or several, numbered. Their texts
    # differ: the same line with a date at the foot of both pages of a two-page document is
    # taken for a running footer, as it would be by a reader.
    n = draw(st.integers(1, 3))
    items = tuple(draw(item(k + 1 if n > 1 else None, when)) for k in range(n))
    lines = [i.title for i in items] + [a.title for i in items for a in i.attachments]
    lines += [x for i in items for p in i.points for x in (p.title, p.decision)]
    assume(len(set(lines)) == len(lines))
    absent = tuple(
        Absence(
            name=name,
            kind=draw(st.sampled_from(["afbud", "fraværende"])),
            title=title,
            note=draw(st.sampled_from([None, "formand", "syg"])),
        )
        for title, name in draw(st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True))
    )
    return Minutes(body="Direktionen", body_code="DIR", date=when, items=items, absent=absent)


@settings(
    max_examples=120,
    deadline=None,
    derandomize=os.environ.get("CI") == "true",  # CI runs the same examples every time
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(minutes())
def test_rendered_minutes_parse_back(record: Minutes) -> None:
    back = parse_bytes(render_pdf(record), source="x.pdf")
    assert len(back.items) == len(record.items)
    for got, item in zip(back.items, record.items, strict=True):
        assert (got.number, got.title, got.access, got.routing) == (
            item.number,
            item.title,
            item.access,
            item.routing,
        )
        assert [(p.number, p.title, p.presentation, p.decision) for p in got.points] == [
            (p.number, p.title, p.presentation, unlaid(p.decision)) for p in item.points
        ]
        assert [
            (a.number, a.access, a.title, a.document_id, a.journal_number) for a in got.attachments
        ] == [
            (a.number, a.access, a.title, a.document_id, a.journal_number) for a in item.attachments
        ]
    assert sorted((a.name, a.kind, a.title, a.note) for a in back.absent) == sorted(
        (a.name, a.kind, a.title, a.note) for a in record.absent
    )
