"""Property tests: whatever the input, the parser returns minutes or raises ParseError, and
what it returns is well-formed."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dagsorden.core import Minutes, ParseError, libreoffice, parse_bytes, parse_text
from dagsorden.core.batch import parse_list

from ..required import require

SEEDS = sorted((Path(__file__).parent.parent / "golden").glob("*.txt"))
SEED_LINES = [p.read_text().splitlines() for p in SEEDS]
KEYWORDS = [
    "Åben Sag",
    "Lukket Sag",
    "Sagsgang",
    "Sagsfremstilling",
    "Indstilling",
    "Bilag:",
    "Afbud:",
    "Fraværende:",
    "Beslutning i Direktionen den 30-11-2022",
    " 1. ",
    "2. ",
    "\uf0b7 ",
    " ",
    "",
    "1 - ",
    "Åben Titel (1/22) (H)",
    "() ()",
    "d. 14. november",
    "tager videre initiativ",
    # the shapes read since: lettered and labelled lists, Word's 'o', other glyphs, 'Ad'
    # headings, 'Afbud fra', returns without a day, page furniture, a header with the time
    "a) ",
    "(1) ",
    "o ",
    "Punkt 1: ",
    "\uf0fc ",
    "Ad ",
    "Afbud fra velfærdsdirektør Lene Mehlsen",
    " – ferie",
    "genoptages på næste møde",
    "behandles igen i marts",
    "Side 1 af 2",
    "Norddjurs Kommune",
    "Direktionen 20-01-2021 kl. 9.00",
    "Mødedato: 20-01-2021",
    "punkter til behandling",
    # and since: labels alone, split headers, other headings and words
    "Ad 1",
    "1.",
    "Direktionen",
    "20-01-2021",
    "Bilagsliste:",
    "Pkt. 2: ",
    "Følgende punkter behandles",
    "følges op af økonomichefen",
    "sættes på dagsordenen igen d. 3. marts",
    "KL. ",
    # and since: short acting titles, two-digit years, more referral verbs, colon lines,
    # headings in other words, titles without periods
    "Konst. socialchef Marie Holm",
    "d.06.12.22",
    "3/4-23",
    "Drøftelsen fortsættes på næste møde",
    "går videre til ØK d. 6. december",
    "Der er fokus på følgende:",
    "Dagsorden:",
    "Rekruttering af skolechef",
    "Status på rekruttering af ny skolechef",
    # and since: lists in capitals, Roman numerals or bare numbers; absences as sentences
    "A. ",
    "II. ",
    "iii) ",
    "1 Budget",
    "deltog ikke under punkt 2.",
    # and since: joint answers (backwards too), answers mid-line, titles before a colon,
    # periods
    "Ad 1 og 2: ",
    "Punkt 3-1: ",
    "Punkt 1 og 2 blev drøftet samlet.",
    ". Ad 2:",
    "Opfølgning på APV: ",
    "De øvrige punkter blev taget til efterretning.",
    "genoptages i uge 53",
    "i 1. kvartal 2024",
    # and since: ranges, times from the meeting, the active voice, councils, both absence
    # lists on a line, access last, decisions without a period, routing with days
    "fra november til januar",
    "om 14 dage",
    "inden fredag",
    "Beskæftigelsesudvalget behandler sagen d. 6. december",
    "Ældrerådet",
    "Afbud: Kommunaldirektør Christian Roslev. Fraværende: ",
    "(Åben)",
    "Drøftet og godkendt",
    "MTU 06-12-2022, ØK 13-12-2022",
    "Pkt. 3 ",
    "Opfølgning: HR / ",
]


def well_formed(minutes: Minutes) -> None:
    assert minutes.body and minutes.date
    for item in minutes.items:
        assert item.access in ("open", "closed")
        for p in item.points:
            assert p.presentation.startswith(p.title.rstrip(".")[:20].rstrip()) or not p.title
            for text in (p.title, p.presentation, p.decision):
                assert "\n" not in text and "  " not in text and text == text.strip()
        for a in item.attachments:
            assert a.access in ("open", "closed") and a.number >= 1


def attempt(call) -> None:  # type: ignore[no-untyped-def]
    try:
        minutes = call()
    except ParseError as exc:
        assert str(exc)
        return
    well_formed(minutes)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    attempt(lambda: parse_text(text, "x.txt"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    attempt(lambda: parse_bytes(data, "x.bin"))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    seed=st.sampled_from(SEED_LINES),
    edits=st.lists(
        st.tuples(
            st.sampled_from(["drop", "insert", "dup", "junk"]),
            st.integers(0, 10_000),
            st.sampled_from(KEYWORDS),
            st.text(max_size=30),
        ),
        max_size=12,
    ),
)
def test_mutated_minutes(seed: list[str], edits: list[tuple[str, int, str, str]]) -> None:
    lines = list(seed)
    for op, at, keyword, junk in edits:
        i = at % (len(lines) or 1)
        if op == "drop" and lines:
            del lines[i]
        elif op == "insert":
            lines.insert(i, keyword)
        elif op == "dup" and lines:
            lines.insert(i, lines[i])
        else:
            lines.insert(i, junk)
    attempt(lambda: parse_text("\n".join(lines), "mutated.txt"))


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=0, max_size=3000))
def test_junk_pdf(body: bytes) -> None:
    attempt(lambda: parse_bytes(b"%PDF-1.7\n" + body + b"\n%%EOF\n", "junk.pdf"))


# Junk for LibreOffice under each signature it is given content by (core/libreoffice.py).
_FOR_LIBREOFFICE = [
    b"{\\rtf1\\ansi ",
    libreoffice.OLE_SIGNATURE + "WordDocument".encode("utf-16-le"),
    b"PK\x03\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    b"\x27\x00\x00\x00\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
]


@settings(max_examples=3, deadline=None)
@given(st.lists(st.binary(max_size=3000), min_size=8, max_size=8))
def test_junk_for_libreoffice(bodies: list[bytes]) -> None:
    """Broken .doc, RTF and .odt files: each is a ParseError or minutes, never another
    error. One LibreOffice run for the lot, as the import converts a chunk's."""
    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    documents = [
        (head + body, f"junk{k}") for head in _FOR_LIBREOFFICE for k, body in enumerate(bodies)
    ]
    for result in parse_list(documents):
        if isinstance(result, ParseError):
            assert str(result).startswith("junk")
        else:
            well_formed(result)


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<li>", "<ol>", "</ol>", "<ul>", "<br>", "<td>", "<tr>", "<table>", "<pre>"]
    + ["</pre>", "<script>", "</script>", "<!--", "-->", "&oslash;", "&#xF0B7;", "<ol start=x>"]
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(_TAGS, st.sampled_from(KEYWORDS), st.text(max_size=20)), max_size=60))
def test_any_web_page(parts: list[str]) -> None:
    attempt(
        lambda: parse_bytes(("<!DOCTYPE html><html><body>" + "".join(parts)).encode(), "x.html")
    )
