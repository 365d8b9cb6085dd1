"""The segment stage: lines → the document header and, per agenda item, its sections.

An item starts at its heading, the line(s) just above 'Åben Sag' / 'Lukket Sag'; where no
item has that line, at its number (numbered.py). What a line is lives in headings.py, how an
item's lines fall into sections in sections.py; here, the header, the cover and the items."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from . import danish
from .attendance import list_end
from .dates import parse_numeric
from .headings import (
    ABSENCE_LISTS,
    ACCESS_RE,
    CASE_NUMBER_RE,
    DATE_ALONE_RE,
    DECISION_RE,
    GENITIVE_DECISION_RE,
    HEADER_RE,
    Section,
    heading,
    is_record,
    opens_section,
)
from .lines import OPEN_END_RE, Line, without
from .numbered import NUMBERED_HEADING_RE, labelled_routing, numbered_headings
from .people import is_first_name
from .routing import is_routing_line
from .sections import sections_of
from .text import ENUMERATOR_END_RE, ends_sentence

# Words before the body's name in some headers: 'Referat', 'Dagsorden for møde i'.
_HEADER_LEAD_RE = re.compile(
    r"^(?:(?:mødedato|dato)\b[\s:]*)?"
    r"(?:(?:mødereferat|referat|dagsorden|beslutningsprotokol)\b\s*(?:(?:af|for|fra)\s+)?)?"
    r"(?:(?:møde|mødet)\s+i\s+)?",
    re.IGNORECASE,
)


@dataclass
class ItemBlock:
    title_lines: list[Line]
    access: str | None
    sections: list[Section]
    record: list[str] = field(default_factory=list)  # 'Sagsnr.: …', 'Sagsansvarlig: …'

    @property
    def case_number(self) -> str | None:
        for text in self.record:
            m = CASE_NUMBER_RE.search(text)
            if m:
                return m["case"]
        return None

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def all(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]


@dataclass
class Document:
    header_body: str | None
    header_date: date | None
    items: list[ItemBlock]
    leading: list[Section]  # 'Afbud:' / 'Fraværende:' before the first item
    preamble: list[str] = field(default_factory=list)  # the lines above the first item


def _names_a_body(header: str) -> bool:
    m = HEADER_RE.match(header)
    return m is not None and danish.body_code(named_body(m["body"])) is not None


def named_body(written: str) -> str:
    """The body a header names: 'Referat Direktionen' → 'Direktionen'. A known body's name
    is taken as written ('Direktionsmøde': the body's name); otherwise the header's words
    without 'Referat', 'Dagsorden for møde i' and the like ('' when nothing is left)."""
    low = written.lower()
    for name in danish.BODIES_LONGEST_FIRST:
        at = low.find(name)
        if at >= 0:
            found = written[at : at + len(name)]
            # 'DIREKTIONEN 20-01-2021': the name as it is written in running text
            return name[0].upper() + name[1:] if found.isupper() else found
    for word in low.split():  # 'Direktionsmøde 20-01-2021': the body's own name
        code = danish.BODY_WORDS.get(word.strip(",.:–-"))
        if code:
            return danish.body_name(code) or written
    bare = written.strip(" ,.:–-")
    rest = bare[_HEADER_LEAD_RE.match(bare).end() :]  # type: ignore[union-attr]
    # 'Mødedato: 20-01-2021', 'Referat 20-01-2021': the header's words name no body.
    return rest


# A cover's label for the meeting's date or its body, the value after it or on the next line:
# 'Dato : 11. december 2012', 'Dato:' / 'Tirsdag den 16. juni 2015', 'Udvalg: Økonomiudvalget'.
_COVER_LABEL_RE = re.compile(
    r"^(?P<label>(?:møde)?dato|udvalg)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
# A body's name alone on a cover's line, known or not ('Kultur- og udviklingsudvalget').
_BODY_NAME_RE = re.compile(
    r"^[A-ZÆØÅ][\wæøå-]*(?:\s+(?:og\s+)?[\wæøå-]+){0,5}?"
    r"(?:udvalget|udvalg|rådet|bestyrelsen|direktionen|byråd)$",
    re.IGNORECASE,
)
_COVER_BODY_LINES = 8  # a cover names its body among its first lines


def cover_meeting(preamble: list[str]) -> tuple[str | None, date | None]:
    """The body and date a cover gives, where no header does ('BESLUTNINGSPROTOKOL' /
    'Økonomiudvalget' / 'Møde nr. : 18/2012' / 'Dato : 11. december 2012')."""
    body: str | None = None
    when: date | None = None
    for i, text in enumerate(preamble):
        m = _COVER_LABEL_RE.match(text)
        if m:
            value = m["value"] or (preamble[i + 1] if i + 1 < len(preamble) else "")
            if m["label"].lower() == "udvalg":
                body = body or _cover_body(value)
            else:
                when = when or parse_numeric(value)
        elif body is None and i < _COVER_BODY_LINES:
            body = _cover_body(text)
    return body, when


def _cover_body(text: str) -> str | None:
    name = named_body(text.strip(" .:"))
    if danish.body_code(name) or _BODY_NAME_RE.match(name):
        return name[0].upper() + name[1:].lower() if name.isupper() else name
    return None


def _split_header_joined(lines: list[Line], first: int) -> list[Line]:
    """A header split over two lines, a known body's name and the date ('Direktionen' /
    '20-01-2021'), joined into one; so is each repetition of the pair (a page's running
    header)."""
    second = next((i for i in range(first + 1, len(lines)) if not lines[i].blank), None)
    if (
        second is None
        or danish.body_code(named_body(lines[first].text)) is None
        or not DATE_ALONE_RE.match(lines[second].text)
    ):
        return lines
    pair = (lines[first].text, lines[second].text)
    joined = Line(f"{pair[0]} {pair[1]}")
    out: list[Line] = []
    k = 0
    while k < len(lines):
        if lines[k].text == pair[0]:
            nxt = next((i for i in range(k + 1, len(lines)) if not lines[i].blank), None)
            if nxt is not None and lines[nxt].text == pair[1]:
                out.append(joined)
                k = nxt + 1
                continue
        out.append(lines[k])
        k += 1
    return out


def _running_split_header_joined(lines: list[Line], digit_ends: list[int]) -> list[Line]:
    """A page's running header split over two lines ('Kommunalbestyrelsen' / '16-06-2015')
    below a cover too long to find the header on: joined, where the pair recurs. digit_ends:
    the indexes of the lines that end in a digit."""
    dated = [i for i in digit_ends if DATE_ALONE_RE.match(lines[i].text)]
    if len(dated) < 2:
        return lines
    pairs: Counter[tuple[str, str]] = Counter()
    firsts: dict[tuple[str, str], int] = {}  # where each pair is first seen
    for i in dated:
        previous = next((k for k in range(i - 1, -1, -1) if not lines[k].blank), None)
        if previous is not None:
            pair = (lines[previous].text, lines[i].text)
            pairs[pair] += 1
            firsts.setdefault(pair, previous)
    for pair, n in pairs.most_common():
        if n < 2:
            break
        joined = _split_header_joined(lines, firsts[pair])
        if joined is not lines:
            return joined
    return lines


_ACCESS_AT_END_RE = re.compile(r"^(?P<heading>\S.*?)\s+(?P<access>(?:Åben|Lukket) [Ss]ag)\s*$")
_RECORD_ACCESS_RE = re.compile(r"^(?P<record>\S.*?)\s{2,}(?P<access>Åbent|Lukket)$")


def _access_apart(lines: list[Line]) -> list[Line]:
    """Lines that end in 'Åben Sag' / 'Lukket Sag' after a heading split in two. An open one
    only where a section's heading follows ('Sagsgang'): 'Åben Sag' at the end of a line
    of running text must not open a document that says nothing else of its access."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        m = _ACCESS_AT_END_RE.match(line.text) if line.text.endswith(("Sag", "sag")) else None
        if m is None and line.text.endswith(("Åbent", "Lukket")) and is_record(line.text):
            # a case's record with the access last ('Sagsnr.: 330-2018-3619   Åbent')
            record = _RECORD_ACCESS_RE.match(line.text)
            if record:
                access = "Åben Sag" if record["access"] == "Åbent" else "Lukket Sag"
                out += [Line(access), Line(record["record"])]
                continue
        if m and m["access"].startswith("Å"):
            j = k + 1
            while j < len(lines) and lines[j].blank:
                j += 1
            if j == len(lines) or heading(lines[j]) is None:
                m = None
        out += [Line(m["heading"]), Line(m["access"])] if m else [line]
    return out


# Lines a cover may put above the header: 'Referat', 'Dagsorden', 'Norddjurs Kommune'.
_COVER_LINES = 3


def _header_at(lines: list[Line]) -> tuple[list[Line], int | None]:
    """The lines (a header split over two joined) and the header's index: the first line, or
    a line below a cover's few that names a known body ('Dagsorden' / 'Direktionen
    07-06-2023'), before any item or section opens. None when there is no header."""
    seen = 0
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if seen > _COVER_LINES or opens_section(line.text):
            break
        if _is_header(line):
            joined = lines
        else:  # split over two lines ('Direktionen' / '07-06-2023')?
            joined = _split_header_joined(lines, i)
            if joined is lines or not _is_header(joined[i]):
                seen += 1
                continue
        if seen == 0 or _names_a_body(joined[i].text):
            return joined, i
        seen += 1
    return lines, None


def _is_header(line: Line) -> bool:
    if not line.text[-1:].isdigit():  # (Line.text is stripped) most lines, at once
        return False
    m = HEADER_RE.match(line.text)
    if m is None or DECISION_RE.match(line.text) or GENITIVE_DECISION_RE.match(line.text):
        return False
    # The system writes 20-01-2021. Another form ('pr. 31.03.2022') ends headings of items
    # too: a header then needs a known body's name.
    return "-" in m["date"] or danish.body_code(named_body(m["body"])) is not None


_ATTACHMENT_END_RE = re.compile(r"\((?:[\d/ -]*|H)\)$")
# An item's heading that opens with its number: '2. Personalesag', 'Punkt 2 - …', 'Pkt. 2: …'
# (not '2 - ', which opens an attachment).
# ('31. marts' is a date a heading wrapped before, no number.)
_ITEM_NUMBER_START_RE = re.compile(
    rf"\s*(?:\d{{1,3}}\.(?!\s*(?:{danish.MONTH_RE})\b)"
    r"|(?:Punkt|Pkt\.?)\s*\d{1,3}(?:[.:]|\s+[-–]|(?=\s+[A-ZÆØÅ])))\s+\S"
)
# An item's number alone on its line, its heading on the next ('1.' / 'Ekstra anlæg - …').
_NUMBER_ALONE_RE = re.compile(r"\s*\d{1,3}\.\s*$")
# A table of contents' entry: the title's dotted leader to its page ('… Grenaa Syd .....1').
_CONTENTS_LINE_RE = re.compile(r"\.{4,}\s*\d{1,4}$")
# A line that ends in a date: the meeting's header, split ('Direktionen' / '07-02-2018').
_ENDS_IN_DATE_RE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")


def _continues(previous: str, line: str, parenthesis_ends: bool = True) -> bool:
    """Does line go on from previous (a heading wrapped), rather than previous ending a
    sentence? A period before a lower-case word, after an abbreviation ('d.') or before a
    month ('14.' / 'november') ends none, nor an enumerator ('1)') before its text."""
    previous = previous.rstrip()
    if _ATTACHMENT_END_RE.search(previous):
        return False  # the last attachment of the item before: '(8725/21) (H)', '() ()'
    if line.lstrip()[:1].islower() or not re.search(r"[.:;)]$", previous):
        return True
    if previous.endswith(")"):
        return not parenthesis_ends or bool(ENUMERATOR_END_RE.search(previous))
    if previous.endswith("."):
        return not ends_sentence(f"{previous} {line.strip()}", len(previous) - 1)
    return False


def _in_absence_list(
    lines: list[Line], k: int, floor: int, double_spaced: Callable[[], bool]
) -> bool:
    """Is lines[k] a person under 'Afbud:'/'Fraværende:' (no blank line before a heading that
    follows the list: 'Velfærdsdirektør Lene Mehlsen' does not wrap into it)? A line with an
    item's number ('2. Budget …') is the heading's own first line."""
    for j in range(k, max(floor, k - 40) - 1, -1):
        if lines[j].raw == "" and double_spaced():
            continue
        text = lines[j].text
        if lines[j].blank or _ITEM_NUMBER_START_RE.match(text) or _NUMBER_ALONE_RE.match(text):
            return False
        if text[-1:].isdigit() and (_is_header(lines[j]) or _CONTENTS_LINE_RE.search(text)):
            return False  # a page's header or a table of contents' line: no person's
        if _is_cover(text):
            return False
        section = heading(lines[j])
        if section is not None:
            # in the list as far as it names people ('Afbud:' / 'Kommunaldirektør Christian
            # Roslev' / 'Personalesag vedrørende' / 'medarbejder i …' / 'Lukket Sag')
            return section.kind in ABSENCE_LISTS and list_end(lines[j + 1 : k + 1]) > k - j - 1
    return False


def _under_routing(lines: list[Line], k: int, floor: int) -> bool:
    """Is lines[k] a body's code under the item before's 'Sagsgang' ('Sagsgang' / 'DIR' /
    'Personalesag' / 'Lukket Sag': a closed item's routing, then the next heading)?"""
    for j in range(k, max(floor, k - 6) - 1, -1):
        if lines[j].blank:
            continue
        section = heading(lines[j])
        if section is not None:
            return section.kind == "routing"
        if not is_routing_line(lines[j].text):
            return False
    return False


# How a decision opens: a participle or a noun of what was done ('Godkendt', 'Drøftet med de
# faldne bemærkninger', 'Taget til efterretning', 'Indstillingen tiltrådt'), no heading's…
_DECISION_OPENING_RE = re.compile(
    r"(?:godkendt|drøftet|tiltrådt|taget|orienteret|vedtaget|besluttet|anbefalet|udsat|udskudt"
    r"|indstillingen|orienteringen|punktet|sagen|ingen)(?!\w)"
    # … or the body doing it: 'Direktionen tog orienteringen til efterretning', 'Udvalget
    # godkendte'
    r"|(?:direktionen|\w*udvalget|kommunalbestyrelsen|byrådet)\s+"
    r"(?:tog|gav|bad|[a-zæøå]+(?:ede|te|er))(?!\w)",
    re.IGNORECASE,
)


def _ends_decision(
    lines: list[Line], k: int, below: str, floor: int, decided: Callable[[], bool]
) -> bool:
    """Is lines[k] the item before's decision, its last line with no period ('Beslutning i
    Direktionen den …' / 'Drøftet og godkendt' / next heading), rather than a heading's first
    line (the line below it, below)? Within a decision (six lines at most under its heading),
    an open item's first line (such a decision is never empty), a line that goes on in lower
    case or opens as a decision does, or one no heading wraps from: short, ending in no word
    that leads on, the line below not going on in lower case."""
    for j in range(k - 1, max(floor, k - 6) - 1, -1):
        if lines[j].blank:
            continue
        section = heading(lines[j])
        if section is None:
            continue
        if section.kind != "decision":
            return False
        # an open item's decision is never empty in minutes (an agenda's may be)
        first = all(lines[x].blank for x in range(j + 1, k))
        if first and _open_above(lines, floor) and decided():
            return True
        text = lines[k].text.lstrip()
        # (lower case: the decision's sentence going on; no heading opens so)
        return (
            text[:1].islower()
            or bool(_DECISION_OPENING_RE.match(text))
            or (
                len(text) < _WRAP_WIDTH
                and not OPEN_END_RE.search(text)
                and not below.lstrip()[:1].islower()
            )
        )
    return False


def _has_decided(lines: list[Line]) -> bool:
    """Do the document's decisions have text (minutes, not an agenda whose decisions' headings
    stand empty)? Some decision's heading has a sentence under it, or a decision's words."""
    for k, line in enumerate(lines):
        if line.text.startswith(("Beslutning", "BESLUTNING")) or "s beslutning" in line.text:
            section = heading(line)
            if section is None or section.kind != "decision":
                continue
            after = section.lines[0] if section.lines else None  # ('Beslutning: Godkendt.')
            after = after or next((x for x in lines[k + 1 : k + 4] if not x.blank), None)
            if after is not None and (
                after.text.rstrip().endswith(".") or _DECISION_OPENING_RE.match(after.text.lstrip())
            ):
                return True
    return False


def _open_above(lines: list[Line], floor: int) -> bool:
    """Is the item before (whose access line stands just above floor) open?"""
    m = ACCESS_RE.match(lines[floor - 1].text) if floor > 0 else None
    return m is not None and m["access"].lower().startswith("å")


def _is_double_spaced(lines: list[Line]) -> bool:
    """Is the text's every other line empty, as pypdfium2 extracts it ('… at' / '' /
    'implementere …')? Then an empty line is no paragraph break, only the line's end."""
    texts = between = 0
    for k, line in enumerate(lines):
        if not line.blank:
            texts += 1
            if k + 2 < len(lines) and lines[k + 1].raw == "" and not lines[k + 2].blank:
                between += 1
    return between * 5 >= texts * 2  # two in five at least


def _climb(
    lines: list[Line],
    i: int,
    floor: int,
    parenthesis_ends: bool,
    double_spaced: Callable[[], bool],
    decided: Callable[[], bool],
) -> int:
    """From the heading's last line i up over the lines it wrapped from (three lines at most),
    to the first, or to a line that opens with the item's number ('2. Personalesag')."""
    start = i
    for _ in range(2):
        if _ITEM_NUMBER_START_RE.match(lines[start].text):
            break
        above = start - 1
        if above > floor and lines[above].raw == "" and double_spaced():
            above -= 1  # the empty line between every two lines of such text
            # A short line wrapped only where it opens with the item's number and the line
            # goes on in lower case ('2. Personalesag vedr.' / 'ansættelse'), or where it
            # ends in a word no heading ends in ('Ansættelse af' / 'skolechef').
            if (
                not _wrapped(lines[above].text)
                and not (
                    lines[start].text[:1].islower()
                    and _ITEM_NUMBER_START_RE.match(lines[above].text)
                )
                and not OPEN_END_RE.search(lines[above].text)
            ):
                break
        if (
            above < floor
            or lines[above].blank
            or _is_cover(lines[above].text)
            or _is_header(lines[above])
            or _ENDS_IN_DATE_RE.search(lines[above].text)
            or heading(lines[above])
            or not _continues(lines[above].text, lines[start].text, parenthesis_ends)
            or _in_absence_list(lines, above, floor, double_spaced)
            or _under_routing(lines, above, floor)
        ):
            break
        if _ends_decision(lines, above, lines[start].text, floor, decided):
            if start != i and OPEN_END_RE.search(lines[above].text):
                # the decision's line goes on into start ('… i samarbejde med' / 'HR og …'):
                # start is the decision's too, the heading below it
                start = next(k for k in range(start + 1, i + 1) if not lines[k].blank)
            break
        start = above
    if start < i and _surname_wrapped(lines, start, floor):
        start = next(k for k in range(start + 1, i + 1) if not lines[k].blank)
    # the item's number alone on the line above the heading's first ('1.' / 'Ekstra anlæg …')
    if _ITEM_NUMBER_START_RE.match(lines[start].text):
        return start
    above = start - 1
    if above > floor and lines[above].raw == "" and double_spaced():
        above -= 1
    if above >= floor and _NUMBER_ALONE_RE.match(lines[above].text):
        return above
    return start


def _surname_wrapped(lines: list[Line], start: int, floor: int) -> bool:
    """Is lines[start] a surname the cover's line above wrapped into ('Deltagere: …
    miljødirektør Jens' / 'Andersen' / 'Budget'), no part of the heading below it?"""
    words = lines[start].text.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    above = start - 1
    while above > floor and lines[above].blank:
        above -= 1
    if above < floor or not _LABEL_RE.match(lines[above].text):
        return False
    last = lines[above].text.split()[-1]
    return is_first_name(last)


# 'Mødested: Rådhuset', 'Deltagere: …': a cover's label, no heading's first line.
_LABEL_RE = re.compile(r"^[A-ZÆØÅ][\wæøå]+:\s")
_WRAP_WIDTH = 40  # a line the writer's width broke is about as long as the page is wide


# A cover's lines under the header, none a heading's: what the document is ('Referat',
# 'Beslutningsprotokol'), where and when the meeting was ('Mødested: Rådhuset', 'Kl.
# 9.00-12.00'), the page ('Side 1 af 3', from a Word document's header).
_COVER_RE = re.compile(
    r"(?:(?:åben|lukket|endelig)\s+)?(?:møde)?(?:referat|beslutningsreferat|beslutningsprotokol"
    r"|protokol|dagsorden|tillægsdagsorden)"
    r"|(?:møde)?(?:sted|dato|tidspunkt|start|slut|lokale|deltagere)\b.*:.*"
    r"|(?:kl\.?|klokken)\s*\d{1,2}[.:]\d\d(?:\s*[-–]\s*\d{1,2}[.:]\d\d)?"
    r"|side\s+\d{1,4}(?:\s*(?:af|/)\s*\d{1,4})?",
    re.IGNORECASE,
)


def _is_cover(text: str) -> bool:
    return text[:1].upper() in "ÅLEMRBPDTSKV" and _COVER_RE.fullmatch(text) is not None


def _wrapped(text: str) -> bool:
    """Can a heading's line have wrapped from text across an empty line?"""
    return len(text) >= _WRAP_WIDTH and not _LABEL_RE.match(text)


def _before_repeated_heading(lines: list[Line], start: int) -> int:
    """Where the item before the heading at start ends: above the heading's first line
    repeated just before it (a web page's folded list repeats each item's heading), else at
    it."""
    above = start - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    if above >= 0 and lines[above].text.split() == lines[start].text.split():
        return above
    return start


def _title_start(
    lines: list[Line],
    access_at: int,
    floor: int,
    double_spaced: Callable[[], bool],
    decided: Callable[[], bool],
) -> int:
    """Index of the first line of the heading above the access line at access_at."""
    i = access_at - 1
    # above the access line, maybe the case's record ('Sagsnr.: …'), then the heading
    while i >= floor and (lines[i].blank or is_record(lines[i].text)):
        i -= 1
    # A heading may end in a date ('Budgetopfølgning 31-03-2022'); a header names a body; the
    # item before's last bilag ('… (H)') leaves no heading above (it may stand below).
    if (
        i < floor
        or heading(lines[i])
        or (_is_header(lines[i]) and _names_a_body(lines[i].text))
        or _ATTACHMENT_END_RE.search(lines[i].text)
    ):
        return access_at
    start = _climb(lines, i, floor, True, double_spaced, decided)
    if not _ITEM_NUMBER_START_RE.match(lines[start].text):
        # A ')' may end the line before a heading ('… (bilag vedlagt)'), or a heading line
        # that wrapped: past it only when that reaches the item's number, or the top of the
        # document (nothing but its header above: no other item's text can end there).
        numbered = _climb(lines, i, floor, False, double_spaced, decided)
        if _ITEM_NUMBER_START_RE.match(lines[numbered].text) or all(
            lines[k].blank or _is_header(lines[k])
            for k in range(numbered)  # (no copy)
        ):
            start = numbered
    return start


def _without_access_lines(
    header_body: str | None, header_date: date | None, lines: list[Line]
) -> Document:
    """No access line: other systems number their items instead ('131. Godkendelse af
    dagsorden' / 'Sagsnr.: …' / 'Resume'), else the text is one item. Closed until someone
    says otherwise (fail closed)."""
    numbered = numbered_headings(lines)
    if not numbered:
        return Document(header_body, header_date, [ItemBlock([], None, sections_of(lines))], [])
    ends = [start for start, _ in numbered[1:]] + [len(lines)]
    items = [
        _numbered_item(lines, start, body, end)
        for (start, body), end in zip(numbered, ends, strict=True)
    ]
    return _document(header_body, header_date, items, lines, numbered[0][0])


def _numbered_item(lines: list[Line], start: int, body: int, end: int) -> ItemBlock:
    """The item under the numbered heading lines[start:body], to lines[end]."""
    below = body
    record: list[str] = []
    while below < end and (lines[below].blank or is_record(lines[below].text)):
        if not lines[below].blank:
            record.append(lines[below].text)
        below += 1
    title = [line for line in lines[start:body] if not line.blank]
    sections = sections_of(lines[below:end], "presentation")
    labelled_routing(sections)
    return ItemBlock(title, None, sections, record)


def segment(lines: list[Line]) -> Document:
    """Split cleaned lines into the header and the item blocks."""
    header_body = header_date = None
    lines, first = _header_at(lines)
    if first is not None:
        m = HEADER_RE.match(lines[first].text)
        assert m is not None
        header_body, header_date = named_body(m["body"]) or None, parse_numeric(m["date"])
        header_text = lines[first].text
        # The header repeats at the top of every page: drop each repetition.
        lines = without(lines, {i for i, line in enumerate(lines) if line.text == header_text})
    else:
        # Where the first page's header was lost in extraction, a header line further down is
        # a page's running header: one that recurs, or a body's name and a date alone.
        digit_ends = [i for i, line in enumerate(lines) if line.text[-1:].isdigit()]
        joined = _running_split_header_joined(lines, digit_ends)
        if joined is not lines:
            lines = joined
            digit_ends = [i for i, line in enumerate(lines) if line.text[-1:].isdigit()]
        shaped = [
            lines[i].text
            for i in digit_ends
            if _is_header(lines[i]) and not _ends_broken_decision(lines, i)
        ]
        counted = Counter(shaped)
        running = {text for text, n in counted.items() if n >= 2 or _names_a_body(text)}
        if running:
            lines = without(lines, {i for i, line in enumerate(lines) if line.text in running})
        if len(running) == 1 and counted[next(iter(running))] >= 2:
            # one page header throughout (not a line once: 'Kommunalbestyrelsen 13-12-2021'
            # in a list of later treatments): the meeting's, as a header's
            m = HEADER_RE.match(next(iter(running)))
            assert m is not None
            header_body, header_date = named_body(m["body"]) or None, parse_numeric(m["date"])

    access_at = [
        i
        for i, line in enumerate(lines)
        if line.text and line.text[0] in "ÅL" and ACCESS_RE.match(line.text)
    ]
    if not access_at:
        # The heading and its access marker on one line, as a table's row gives them with
        # its cells joined ('Budget 2023 Åben Sag'): apart, as a PDF's text has them.
        lines = _access_apart(lines)
        access_at = [i for i, line in enumerate(lines) if ACCESS_RE.match(line.text)]
    if not access_at:
        return _without_access_lines(header_body, header_date, lines)

    starts: list[int] = []
    spacing: list[bool] = []  # looked at only when a heading meets an empty line

    def double_spaced() -> bool:
        if not spacing:
            spacing.append(_is_double_spaced(lines))
        return spacing[0]

    known: list[bool] = []  # whether decisions have text: looked at only when it matters

    def decided() -> bool:
        if not known:
            known.append(_has_decided(lines))
        return known[0]

    # The first item's heading starts below the header: not in the cover above it
    # ('Norddjurs Kommune' / 'Direktionen 01-03-2023'). The header's line is gone, so the
    # floor is its index, now the line after it; unless nothing is left of the heading
    # there (text extracted with the page's header after the heading's line).
    floor = 0
    for a in access_at:
        start = _title_start(lines, a, first, double_spaced, decided) if first and not starts else a
        if start == a:
            start = _title_start(lines, a, floor, double_spaced, decided)
        starts.append(start)
        floor = a + 1
    items = [
        _access_item(lines, start, a, _end(lines, starts, k))
        for k, (start, a) in enumerate(zip(starts, access_at, strict=True))
    ]
    # Systems that mark the access of some items only ('Lukket punkt') number the others,
    # above the first marked one or inside one. Looked for where such a system's case
    # record is, a numbered line above the first item, or a marked item's numbered heading
    # (not in the Direktion's minutes).
    if (
        any(item.record for item in items)
        or any(NUMBERED_HEADING_RE.match(line.text) for line in lines[: starts[0]])
        or any(NUMBERED_HEADING_RE.match(lines[start].text) for start in starts)
    ):
        numbered = numbered_headings(lines)
        if numbered:  # all again: an item's end may be another's heading now
            openings = sorted(
                [(start, a, True) for start, a in zip(starts, access_at, strict=True)]
                + [(start, body, False) for start, body in numbered]
            )
            starts = [start for start, _, _ in openings]
            items = [
                (_access_item if marked else _numbered_item)(
                    lines, start, at, _end(lines, starts, k)
                )
                for k, (start, at, marked) in enumerate(openings)
            ]
    return _document(header_body, header_date, items, lines, starts[0])


def _ends_broken_decision(lines: list[Line], i: int) -> bool:
    """Is lines[i] ('Direktionen den 20-01-2021') the end of a decision heading the line
    broke ('Beslutning i' above it), no page's header? sections.py joins them."""
    above = next((k for k in range(i - 1, max(i - 3, -1), -1) if lines[k].text), None)
    return (
        above is not None
        and lines[above].text.startswith(("Beslutning", "BESLUTNING"))
        and DECISION_RE.match(lines[above].text) is None
    )


def _end(lines: list[Line], starts: list[int], k: int) -> int:
    """Where the k-th item ends: at the next one's heading, or the text's end."""
    return _before_repeated_heading(lines, starts[k + 1]) if k + 1 < len(starts) else len(lines)


def _access_item(lines: list[Line], start: int, a: int, end: int) -> ItemBlock:
    """The item whose heading starts at lines[start] and whose access line is lines[a]."""
    m = ACCESS_RE.match(lines[a].text)
    assert m is not None
    title = [line for line in lines[start:a] if not line.blank]
    record = [line.text for line in title if is_record(line.text)]
    if record:
        title = [line for line in title if not is_record(line.text)]
    # the record may stand under the access line too, before the first section
    below = [k for k in range(a + 1, min(a + 4, end)) if is_record(lines[k].text)]
    if not title:  # … and so may the heading: 'Lukket Sag' / 'Personalesag' / 'Sagsgang'
        below += _heading_below(lines, a, end)
    record += [lines[k].text for k in below if is_record(lines[k].text)]
    title += [lines[k] for k in below if not is_record(lines[k].text)]
    body = lines[a + 1 : end]
    if below:
        body = [line for k, line in enumerate(body, a + 1) if k not in below]
    return ItemBlock(
        title_lines=title,
        access="open" if m["access"].upper().startswith("ÅBEN") else "closed",
        sections=sections_of(body, "presentation"),
        record=record,
    )


def _heading_below(lines: list[Line], a: int, end: int) -> list[int]:
    """The heading under an item's access line, where none stood above it: a short line that
    ends no sentence, right before the item's first section ('Lukket Sag' / 'Personalesag' /
    'Sagsgang'); none where text follows the access line (a lost heading's presentation)."""
    shown = [k for k in range(a + 1, min(a + 8, end)) if not lines[k].blank]
    if len(shown) < 2 or is_record(lines[shown[0]].text):
        shown = shown[1:]  # (the record first: 'Sagsnr.: …')
    if len(shown) < 2:
        return []
    first, after = lines[shown[0]], lines[shown[1]]
    if (
        len(first.text) <= _WRAP_WIDTH * 2
        and first.text[-1:] not in ".:;!?"
        and heading(first) is None
        and heading(after) is not None
    ):
        return [shown[0]]
    return []


def _document(
    header_body: str | None,
    header_date: date | None,
    items: list[ItemBlock],
    lines: list[Line],
    first: int,
) -> Document:
    """The document of items whose first heading starts at lines[first]: the lists of
    absences and the cover above it are the meeting's."""
    leading = [s for s in sections_of(lines[:first]) if s.kind in ("afbud", "fraværende")]
    preamble = [line.text for line in lines[:first] if not line.blank]
    return Document(header_body, header_date, items, leading, preamble)
