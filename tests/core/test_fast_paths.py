"""The parser's fast paths find exactly what the plain patterns find.

For speed the parser does not let its patterns scan whole texts: people are searched from the
job titles found with str.find, dates only at runs of digits, body names in the lower-cased
sentence. Each property below compares such a fast path with the plain scan it replaces, on
texts made of the words those patterns care about, in any case and with any white space.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dagsorden.core import dates, followups, people
from dagsorden.core.danish import committee_code
from dagsorden.core.text import fold, lowered, mentions

WORDS = [
    # titles, their prefixes and what comes after them
    "chef",
    "direktør",
    "økonomichef",
    "Økonomichefen",
    "direktøren",
    "chefens",
    "lederne",
    "fællesforvaltningsdirektør",
    "IT-chef",
    "konsulent",
    "leder",
    "afdelingsleder",
    "Konstitueret",
    "konstitueret",
    "konst.",
    "Konst.",
    "fungerende",
    "Vicedirektør og",
    "Vej- og",
    "ejendomschef",
    "chef for",
    "teamleder i",
    "Norddjurs,",
    ",",
    "Social",
    "formand",
    "medlem",
    "chefkonsulent",
    # names, initials and other capitalised words
    "Kim",
    "T.",
    "Jensen",
    "Marie-Louise",
    "Eskerod",
    "Ifversen",
    "Bettina",
    "Andersen",
    "Direktionen",
    "ØK",
    "KB",
    "Øk",
    "kb",
    "direktionsmødet",
    "Kommunalbestyrelsen",
    # dates and numbers
    "d.",
    "den",
    "6.",
    "14.",
    "6",
    "december",
    "feb",
    "27.april",
    "16 maj",
    "2022",
    "01-02-2022",
    "6/12",
    "6/12-2022",
    "12/1-23",
    "06.12.22",
    "6.12",
    "6.12.",
    "1.5 mio",
    "6.,",
    "(8725/21)",
    "6.-7.",
    "og",
    "til",
    "senest",
    "mandag",
    "af",
    "time",
    "1/3",
    "-",
    "x12.",
    # running text
    "behandles",
    "igen",
    "drøftes",
    "følger op",
    "og der",
    "sagen",
    ".",
    ",",
    "İ",
    "_",
]
SPACE = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "\u00a0", ""])
WORD_SALAD = st.lists(st.tuples(st.sampled_from(WORDS), SPACE), max_size=40).map(
    lambda parts: "".join(word + space for word, space in parts)
)
# Phrases shaped like a person: (prefix) title (for unit) name name, among other words.
PREFIX = st.sampled_from(["", "Konstitueret ", "fungerende ", "Vicedirektør og ", "Vej- og "])
TITLE = st.sampled_from(
    ["chef", "socialchef", "IT-chef", "direktør", "leder", "chef for Vej og", "Økonomichefen"]
)
NAME = st.sampled_from(
    ["Kim T. Jensen", "Marie-Louise Eskerod", "Bettina Andersen", "Kim", "Anne van der Berg"]
)
PERSONS = st.tuples(PREFIX, TITLE, SPACE, NAME).map(lambda p: f"{p[0]}{p[1]} {p[2]}{p[3]}")
TEXTS = st.lists(st.one_of(WORD_SALAD, PERSONS), max_size=6).map(" ".join)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(TEXTS)
def test_people_from_titles_found_as_the_plain_pattern_finds(text: str) -> None:
    fast = [(m.span(), m.group()) for m in people._matches(text)]
    plain = [(m.span(), m.group()) for m in people._PERSON_RE.finditer(text)]
    assert fast == plain


# Names without a title, among words in upper and lower case, brackets and characters
# outside Latin-1 (which the shape search turns into one byte each).
UNTITLED = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "Lene",
                "Mehlsen",
                "Anne-Marie",
                "Hansen",
                "T.",
                "med",
                "(",
                "«",
                "’",
                "Ærø",
                "İ",
                "Direktionen",
                "Vej",
                "og",
                "Kim",
                "x",
                ".",
                "-",
                "\x00",
                "Åse",
                "Ødum",
                "van",
                "de",
                "v/",
                "Lars-Bo",
                "Lene-Kim",
            ]
        ),
        SPACE,
    ),
    max_size=30,
).map(lambda parts: "".join(word + space for word, space in parts))


def _kind(c: str) -> str:
    """A character's kind: 'A' a capital, 'a' a small letter or '-', ' ' space, an opening
    bracket, a slash or the items' separator, '.' anything else (and anything beyond
    Latin-1)."""
    if ord(c) > 255:
        return "."
    if c.isupper():
        return "A"
    if c.islower() or c == "-":
        return "a"
    return " " if c.isspace() or c in '\x00("«/' else "."


@settings(max_examples=600, deadline=None, derandomize=True)
@given(UNTITLED)
@example("x\x00Lene Mehlsen (Kim T. Jensen «Åse Ødum’Lene Hansen")
@example("Lene van Hansen Kim de Åse Kim  van Ødum")
def test_first_names_found_as_a_plain_scan_of_the_words_finds(text: str) -> None:
    kinds = "".join(_kind(c) for c in text)
    plain = [
        m.start()
        for m in re.finditer(r"[^ ]+", kinds)
        if people.is_first_name(text[m.start() : m.end()])
        and (
            kinds[m.end() : m.end() + 2] == " A"
            or any(text.startswith(p, m.end()) for p in people._PARTICLE_WORDS)
        )
    ]
    assert list(people._first_names(text)) == plain


# 'd. 6.12', 'den 6/12', and 'd.6.12' written without the space (as dates.py reads it)
_SHORT_PLAIN_RE = re.compile(
    r"\b(?:d\.\s*|den\s+)" + dates._SHORT_NUMERIC_RE.pattern,
    re.IGNORECASE,
)


# 'senest 15/12', 'd. 6/12 og 13/12', not 'til 1/3 af': every day/month with a slash, then
# what comes before and after it looked at in the whole text
_SHORT_ANYWHERE_RE = re.compile(r"(?<!\d)" + dates._SHORT_NUMERIC_RE.pattern)
_SLASH_LEAD_PLAIN_RE = re.compile(
    r"(?:(?<!\w)(?:til|fra|senest|inden|indtil|pr\.|per|efter|før|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
    r"|(?<![\w.,/-])[0-3]?\d/[01]?\d\s*(?:og|,|-|–|til))\s*\Z",
    re.IGNORECASE,
)
_NO_FRACTION_RE = re.compile(
    r"(?!-|\s*(?:af|del|dele|time|timer|times|år|års|pct|procent|mio|mia)\b)", re.IGNORECASE
)
_D_LEAD_RE = re.compile(r"\b(?:d\.\s*|den\s+)\Z", re.IGNORECASE)


def _after_a_word(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _SHORT_ANYWHERE_RE.finditer(text)
        if not _D_LEAD_RE.search(text[: m.start()])
        and _SLASH_LEAD_PLAIN_RE.search(text[: m.start()])
        and _NO_FRACTION_RE.match(text, m.end())
    ]


_SHORT_DOTTED_PLAIN_RE = re.compile(
    r"\b(?:d\.\s*|den\s+)" + dates._SHORT_DOTTED_RE.pattern,
    re.IGNORECASE,
)


def _plain_dates(text: str, anchor: date) -> list[tuple[int, date]]:
    """find_dates as three scans of the whole text."""
    found = []
    for m in dates._NAMED_RE.finditer(text):
        found += dates._named(text, m, anchor)
    for m in dates._NUMERIC_RE.finditer(text):
        d = dates.make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            found.append((m.start(), d))
    for matches in (
        _SHORT_PLAIN_RE.finditer(text),
        _SHORT_DOTTED_PLAIN_RE.finditer(text),
        _after_a_word(text),
    ):
        for m in matches:
            d = dates.nearest_year(int(m["m"]), int(m["d"]), anchor)
            if d:
                found.append((m.start("d"), d))
    for pattern in (dates._SLASH_YEAR_RE, dates._TWO_DIGIT_YEAR_RE):
        for m in pattern.finditer(text):
            lead = re.search(
                r"\b(?:d\.\s*|den\s+)\Z", text[max(0, m.start() - 12) : m.start()], re.I
            )
            lead = lead or text[m.end("m")] == "-" and m.group(0)[len(m["d"])] == "/"
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            d = dates.make_date(year, int(m["m"]), int(m["d"]))
            if d and (len(m["y"]) == 4 or lead):
                found.append((m.start(), d))
    return sorted(found, key=lambda pair: pair[0])


@settings(max_examples=600, deadline=None, derandomize=True)
@given(TEXTS)
@example("d. 6.12 og den 6.12. og den 1.5 mio og d. 6., 7. og 8. marts og d. 6.12.22")
@example("d.06.12.22 og 3/4-23 og 1.2.23 og d.6/12-2022")
@example("senest 15/12, d. 6/12 og 13/12 og 1/3 af, til 1/3 time og 3/4")
def test_dates_tried_at_digits_are_the_dates_the_plain_scans_find(text: str) -> None:
    anchor = date(2022, 11, 30)
    assert list(dates.find_dates(text, anchor)) == _plain_dates(text, anchor)


_BODY_PLAIN_RE = re.compile(
    r"(?<!\w)(?P<code>"
    + "|".join(sorted(followups.BODY_CODES, key=len, reverse=True))
    + r")(?-i:s)?(?!\w)|(?P<full>"
    + "|".join(rf"{first}-?\s*og\s+{last}" for first, last in followups._FULL_NAMES)
    + r")|(?P<word>"
    + "|".join(followups.BODY_WORDS)
    + r")|(?<!\w)(?P<other>\w*?(?:udvalg(?:et|ets|ene|enes|smøde\w*)?|(?:styre|arbejds|følge|"
    r"projekt)gruppe(?:n|ns|rne)?|råd(?:et|ets)?|bestyrelse(?:n|ns|r|rne)?))(?!\w)",
    re.IGNORECASE,
)
BODY_WORDS = [
    "ØK",
    "KB",
    "Øk",
    "kb",
    "MTU",
    "KBH",
    "ØKs",
    "KBS",
    "dir",
    "DIR",
    "Direktionen",
    "direktionsmødet",
    "direktionsmøde",
    "økonomiudvalgets",
    "Kommunalbestyrelsen",
    "MED-hovedudvalget",
    "Miljø-",
    "miljø",
    "Børne-",
    "og",
    "og\n",
    "-og",
    "Teknikudvalget",
    "ungdomsudvalget",
    "teknikudvalgets",
    "fagudvalget",
    "Fagudvalget",
    "familieudvalget",
    "Beskæftigelsesudvalget",
    "udvalg",
    "udvalgsmødet",
    "udvalgsformand",
    "Ældrerådet",
    "Handicaprådet",
    "Underudvalget",
    "Rådet",
    "rådgivning",
    "Byrådet",
    "styregruppen",
    "arbejdsgruppe",
    "gruppen",
    "skolebestyrelsen",
    "behandles",
    "sagen",
    "i",
    ",",
    ".",
    "_",
    "İ",
]
BODY_TEXTS = st.lists(st.tuples(st.sampled_from(BODY_WORDS), SPACE), max_size=30).map(
    lambda parts: "".join(word + space for word, space in parts)
)


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.one_of(BODY_TEXTS, TEXTS), st.integers(min_value=0, max_value=60))
@example("Sagen behandles i Miljø- og Teknikudvalget og i fagudvalget, ØK og KB.", 0)
@example("styregruppen", 3)
@example("Fagudvalget og Børne- og familieudvalget, Beskæftigelsesudvalgets og fagudvalget", 0)
@example("gruppen i styre", 0)  # a lead looked for before the text's start is none
def test_bodies_found_with_str_find_are_those_the_plain_pattern_finds(
    text: str, start: int
) -> None:
    start = min(start, len(text))
    plain = [
        _plain_own_name(text, m) if m["other"] else (m.start(), _plain_code(m))
        for m in _BODY_PLAIN_RE.finditer(text, start)
        if not m["code"] or m["code"] == m["code"].upper()
    ]
    assert followups._bodies_named(text, start) == plain


def _plain_own_name(text: str, m: re.Match[str]) -> tuple[int, str | None]:
    """A committee's own name, capitalised within its sentence, and the code made of it."""
    word = m["other"].lower().removesuffix("s")
    kind = "udvalg" if word.endswith(("udvalg", "udvalget")) else "råd"
    if not word.endswith((kind, f"{kind}et")) or word.startswith(kind):
        return m.start(), None
    lead = re.search(r"[A-ZÆØÅ][\wæøå]*-\s*og\s+\Z", text[max(0, m.start() - 30) : m.start()])
    first = m.start() - len(lead.group()) if lead else m.start()
    if not text[first].isupper():
        return m.start(), None
    generic = ("", "fag", "under", "del", "sags", "by", "ad hoc-", "hoved")
    if first == 0 and lead is None and word[: word.rfind(kind)] in generic:
        return m.start(), None
    return first, committee_code(text[first : m.end()])


def _plain_code(m: re.Match[str]) -> str | None:
    if m["code"]:
        return m["code"]
    if m["word"]:
        return followups.BODY_WORDS[m["word"].lower()]
    if m["full"]:
        first = m["full"].lower().split("-")[0].split()[0]
        return next(code for (f, _), code in followups._FULL_NAMES.items() if f == first)
    return None


@given(TEXTS)
def test_lowered_keeps_every_offset(text: str) -> None:
    low = lowered(text)
    assert len(low) == len(text)
    assert mentions(text, ("behandles",)) == ("behandles" in text.lower())


def test_the_fast_paths_find_people_and_dates_in_minutes_text() -> None:
    """Not only in made-up word salad: a sentence as minutes write it."""
    text = (
        "Konstitueret socialchef Marie-Louise Eskerod Ifversen og chef for Vej og Ejendom "
        "Kim T. Jensen følger op. Sagen behandles igen d. 6.-7. december og i KB den 6/12."
    )
    names = [p.name for p in people.find_people(text)]
    assert names == ["Marie-Louise Eskerod Ifversen", "Kim T. Jensen"]
    found = [d for _, d in dates.find_dates(text, date(2022, 11, 30))]
    assert found == [date(2022, 12, 6), date(2022, 12, 7), date(2022, 12, 6)]


def _plain_nearest_year(month: int, day: int, anchor: date) -> date | None:
    candidates = [
        dates.make_date(year, month, day) for year in range(anchor.year - 1, anchor.year + 2)
    ]
    found = [d for d in candidates if d]
    return min(found, key=lambda d: abs((d - anchor).days)) if found else None


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(st.integers(1, 12), st.integers(1, 31), st.dates(date(1990, 1, 1), date(2060, 12, 31)))
def test_the_nearest_year_of_a_day_is_the_nearest_of_the_three(
    month: int, day: int, anchor: date
) -> None:
    assert dates.nearest_year(month, day, anchor) == _plain_nearest_year(month, day, anchor)


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(
    st.text(alphabet=st.sampled_from("ab .\n\t\u00a0\u2009\u3000\x1f\u2028æ"), max_size=30) | TEXTS
)
def test_folding_what_is_folded_already_is_splitting_and_joining(text: str) -> None:
    assert fold(text) == " ".join(text.split())


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from('ab A. .!?\n"(o•-1'), max_size=40) | TEXTS)
def test_sentence_ends_led_by_a_period_are_the_full_patterns_ends(text: str) -> None:
    """Texts without '!' or '?' are split with the pattern led by '.' alone."""
    from dagsorden.core import text as t

    assert [m.span() for m in t._ends(text).finditer(text)] == [  # noqa: SLF001
        m.span()
        for m in t._SENTENCE_END_RE.finditer(text)  # noqa: SLF001
    ]


_ODD = "\u200b\u2060\ufeff\u00ad\t\u00a0\u2009\u3000\ufb01\u2011"


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(f"ab -\n {_ODD}"), max_size=40) | TEXTS)
def test_odd_characters_are_found_as_one_pattern_finds_them(text: str) -> None:
    from dagsorden.core import lines

    plain = re.compile(
        f"[{lines._INVISIBLE_RE.pattern[1:-1]}{lines._SPACES_RE.pattern[1:-1]}"  # noqa: SLF001
        f"{lines._TYPESET_RE.pattern[1:-1]}]"  # noqa: SLF001
    )
    assert any(c in text for c in lines._ODD_CHARS) == bool(plain.search(text))  # noqa: SLF001


NOT_TAKING_PART_WORDS = [
    *("Jens", "Hansen", "(A)", "og", "Karen", "Holm", "(V)", "Direktør", "Udvalget", "at", ","),
    *("deltog", "deltager", "ikke", "i", "behandlingen", "af", "punktet"),
    *("inhabil", "Inhabil:", "var", "erklærede", "sig", "forlod", "mødet", "under"),
    *(".", "Godkendt.", "sagens", "behandling"),
]


@given(
    st.lists(st.tuples(st.sampled_from(NOT_TAKING_PART_WORDS), SPACE), max_size=30).map(
        lambda ws: "".join(w + s for w, s in ws)
    )
)
@settings(max_examples=300, deadline=None)
@example("Jens Hansen (A)  deltog\nikke i behandlingen af punktet.")
@example("Udvalget erklærede Karen Holm (V) inhabil.")
@example("Godkendt. Jens Hansen (A) var\u00a0inhabil.")
@example("Karen Holm forlod\tmødet under punktet.")
@example("Inhabil: Jens Hansen (A).")
def test_who_took_no_part_is_found_past_the_trigger_words_as_without(text: str) -> None:
    """Only texts with a trigger word are searched: none is missed for it."""
    from dagsorden.core import participation

    gated = participation.not_taking_part(text)
    saved = participation._may_say  # noqa: SLF001
    try:
        participation._may_say = lambda text: True  # noqa: SLF001  (every text searched)
        plain = participation.not_taking_part(text)
    finally:
        participation._may_say = saved  # noqa: SLF001
    assert gated == plain
