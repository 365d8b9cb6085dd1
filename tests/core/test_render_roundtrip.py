"""Property: minutes laid out by the documents package and typeset to PDF parse back to the
same items, points, decisions and attachments (the house layout and the parser agree)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dagsorden.core import parse_bytes
from dagsorden.core.records import Attachment, Decision, Item, Minutes, Point
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
    n = draw(st.integers(1, 5))
    numbered = draw(st.booleans())
    out = []
    for i in range(n):
        title = draw(sentence())
        rest = " ".join(draw(st.lists(sentence(), max_size=3)))
        decision = " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))
        if draw(st.booleans()):  # the decision may repeat the point's title first, as in the seeds
            decision = f"{title} {decision}"
        out.append(
            Point(
                title=title,
                presentation=f"{title} {rest}".strip(),
                decision=decision,
                number=i + 1 if numbered else None,
            )
        )
    return tuple(out)


@st.composite
def minutes(draw) -> Minutes:  # type: ignore[no-untyped-def]
    when = date(2026, 11, 4)
    pts = draw(points())
    attachments = tuple(
        Attachment(
            number=i + 1,
            access=draw(st.sampled_from(["open", "closed"])),
            title=draw(sentence()).rstrip("."),
            document_id=str(draw(st.integers(1_000_000, 3_999_999))),
            journal_number=f"{draw(st.integers(1, 199_999))}/26",
        )
        for i in range(draw(st.integers(0, 3)))
    )
    item = Item(
        title=draw(sentence()).rstrip("."),
        access=draw(st.sampled_from(["open", "closed"])),
        routing=("DIR",),
        presentation="Direktionen har følgende punkter til behandling:",
        recommendation="Kommunaldirektøren indstiller, at punkterne behandles.",
        decisions=(Decision("Direktionen", when, ""),),
        points=pts,
        attachments=attachments,
    )
    return Minutes(body="Direktionen", body_code="DIR", date=when, items=(item,))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(minutes())
def test_rendered_minutes_parse_back(record: Minutes) -> None:
    back = parse_bytes(render_pdf(record), source="x.pdf")
    (item,) = record.items
    (got,) = back.items
    assert (got.title, got.access, got.routing) == (item.title, item.access, item.routing)
    assert [(p.number, p.title, p.presentation, p.decision) for p in got.points] == [
        (p.number, p.title, p.presentation, p.decision) for p in item.points
    ]
    assert [
        (a.number, a.access, a.title, a.document_id, a.journal_number) for a in got.attachments
    ] == [(a.number, a.access, a.title, a.document_id, a.journal_number) for a in item.attachments]
