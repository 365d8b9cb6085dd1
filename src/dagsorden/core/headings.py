"""What a line of minutes is: an item's access line ('Åben Sag'), a section's heading
('Sagsgang', 'Sagsfremstilling', 'Indstilling', 'Beslutning i <body> den DD-MM-YYYY',
'Afbud:', 'Fraværende:', 'Bilag:'), the meeting's header ('Direktionen 20-01-2021') or a
case's record ('Sagsnr.: …'). Only whole lines: a heading word inside running text
('Indstilling vedr. …') is text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import danish
from .dates import parse_numeric
from .lines import Line
from .people import find_people
from .routing import is_routing_line

# 20-01-2021, also 20.01.2021, 20/01/2021, 20/1 2021 and 20. januar 2021.
DATE = (
    rf"\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}|\d{{1,2}}/\d{{1,2}}\s\d{{4}}|(?:19|20)\d\d-[01]\d-[0-3]\d"
    rf"|\d{{1,2}}\.\s*(?i:{danish.MONTH_RE})\.?\s+\d{{4}}"
)
# 'Direktionen 20-01-2021'; also 'Direktionen, 20-01-2021', 'Referat Direktionen den 20.01.2021',
# with the time after the date ('… 20-01-2021 kl. 9.00-12.00').
TIME = r"(?:\s*,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?"
HEADER_RE = re.compile(
    rf"^\s*(?P<body>[A-ZÆØÅ][\wÆØÅæøå .,:–-]*?)[\s,:–-]+(?:(?:den|d\.)\s+)?(?P<date>{DATE})"
    rf"{TIME}\s*$"
)
# 'Åben Sag', 'Lukket Sag'; as other agenda systems write it, 'Åbent punkt', 'Lukket punkt'.
ACCESS_RE = re.compile(
    r"^\s*(?P<access>Åben|Åbent|Lukket|ÅBEN|ÅBENT|LUKKET)\s+(?:[Ss]ag|SAG|[Pp]unkt|PUNKT)\s*:?\s*$"
)
# The meeting's time after a decision's date ('… den 14-03-2023 kl. 9.00'), not its text.
_DECISION_TIME = (
    r"(?:\s*,?\s*(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?"
)
# 'Beslutning i Direktionen den 20-01-2021', also without the 'i' ('Beslutning Direktionen
# den …') and with a comma before the date ('Beslutning i Direktionen, 20-01-2021').
DECISION_RE = re.compile(
    r"^\s*(?:Beslutning\s+i|BESLUTNING\s+I|Beslutning(?=\s+[A-ZÆØÅ]))\s+(?P<body>.+?)[\s,]+"
    rf"(?:(?:den|DEN|d\.)\s*)?(?P<date>{DATE}){_DECISION_TIME}\s*:?\s*(?P<rest>.*)$"
)
# 'Direktionens beslutning den 20-01-2021': the body's name in the genitive.
GENITIVE_DECISION_RE = re.compile(
    r"^\s*(?P<body>[A-ZÆØÅ][\wæøå-]*?)s\s+beslutning\s+"
    rf"(?:(?:den|d\.)\s*)?(?P<date>{DATE}){_DECISION_TIME}\s*:?\s*(?P<rest>.*)$"
)
_SIMPLE_HEADINGS = {
    "sagsgang": "routing",
    "sagsfremstilling": "presentation",
    "indstilling": "recommendation",
    "indstillinger": "recommendation",
    "forslag til beslutning": "recommendation",
    "beslutning": "decision",  # without body and date: the header's meeting
}
# Whose recommendation it is, in the genitive: 'Administrationens indstilling',
# 'Forvaltningens indstilling:', 'Kommunaldirektørens indstilling'.
_GENITIVE_RECOMMENDATION_RE = re.compile(r"\s*[A-ZÆØÅ][\wæøå-]*s\s+indstilling\s*:?\s*")
# A section's heading with its first line after a colon, on one line.
_INLINE_HEADING_RE = re.compile(
    r"^(?P<word>Sagsgang|Sagsfremstilling|Indstilling|Beslutning)\s*:\s*(?P<rest>\S.*)$"
)
# 'Afbud:' with the first person after it, or the word alone on its line; 'Afbud fra:', and
# 'Afbud fra <people>' without the colon when people follow (see heading()).
# A decision's heading without the date (the header gives the meeting's): 'Beslutning i
# Byrådet', 'Udvalgets beslutning'; or without the body: 'Beslutning den 12-03-2020'.
_UNDATED_DECISION_RE = re.compile(
    r"(?:(?:Beslutning\s+i|BESLUTNING\s+I)\s+(?P<body>[^:]+?)(?:\s+(?:den|DEN|d\.))?"
    rf"|Beslutning\s+(?:den|d\.)\s*(?P<date>{DATE})"
    r"|(?P<genitive>[A-ZÆØÅ][\wæøå-]*?)s\s+beslutning)\s*:?"
)
_LIST_HEADING_RE = re.compile(
    r"^\s*(?P<word>Afbud|Fraværende(?:\s+(?P<regrets>med|uden)\s+afbud)?|AFBUD|FRAVÆRENDE|"
    # other systems' labels, with their colon: 'Fraværende i mødet:', 'Afbud/fravær:'
    r"(?P<absent>(?:Fraværende\s+(?:i|ved|under)\s+mødet|Fravær|Ikke\s+til\s+stede"
    r"|Afbud\s*/\s*(?:fravær|fraværende)|Fraværende\s*/\s*afbud)(?=\s*:))|"
    r"(?P<bilag>Bilag(?:sliste|soversigt|\s+til\s+(?:punktet|sagen))?|BILAG(?:SLISTE)?))"
    r"(?:(?<=d|D)\s+(?P<fra>fra|FRA)(?=[\s:]|$))?\s*(?::\s*(?P<rest>.*)|$|(?(fra)(?P<people>.+)|$))"
)
ABSENCE_LISTS = ("afbud", "fraværende")
HEADING_INITIALS = "SIBAF"  # Sagsgang, Sagsfremstilling, Indstilling, Beslutning, Afbud, …


@dataclass
class Section:
    kind: str  # routing, presentation, recommendation, decision, afbud, fraværende, bilag
    lines: list[Line] = field(default_factory=list)
    body: str | None = None  # decision only
    date: date | None = None  # decision only


def heading(line: Line) -> Section | None:
    """The section a heading line opens, or None for a line of text."""
    text = line.text
    # Headings are short and start with a capital; all of them with one of these.
    if len(text) > 160 or not text[:1].isupper():
        return None
    if text.endswith(("indstilling", "indstilling:", "indstilling: ")) and (
        _GENITIVE_RECOMMENDATION_RE.fullmatch(text)
    ):
        return Section("recommendation")
    if text[:1] not in HEADING_INITIALS:
        if "s beslutning" not in text:
            return None  # ('Direktørens indstilling' is read above)
        m = GENITIVE_DECISION_RE.match(text)
        return _decision(m) if m else _undated_decision(text)
    kind = _SIMPLE_HEADINGS.get(text.rstrip(":").strip().lower())
    if kind:
        return Section(kind)
    m = _INLINE_HEADING_RE.match(text)
    if m:  # 'Sagsgang: DIR', 'Indstilling: Kommunaldirektøren indstiller, …'
        return Section(_SIMPLE_HEADINGS[m["word"].lower()], lines=[Line(m["rest"])])
    if text.startswith("Sagsgang ") and is_routing_line(text[9:]):
        return Section("routing", lines=[Line(text[9:])])  # a table's row: 'Sagsgang DIR
    m = DECISION_RE.match(text) or (
        GENITIVE_DECISION_RE.match(text) if "s beslutning " in text else None
    )
    if m:
        return _decision(m)
    m = _LIST_HEADING_RE.match(text)
    if m and not (m["people"] and _names_nobody(m["people"])):
        # 'Fraværende med afbud' are regrets; 'Fraværende uden afbud' the absent
        kind = "bilag" if m["bilag"] else m["word"].split()[0].lower()
        if m["absent"]:  # regrets and absences in one list: absent, as they were
            kind = "fraværende"
        section = Section("afbud" if m["regrets"] == "med" else kind)
        rest = m["rest"] or m["people"]
        if rest and rest.strip():
            section.lines.append(Line(" " + rest))
        return section
    if text.startswith(("Beslutning ", "BESLUTNING ")) or "s beslutning" in text:
        return _undated_decision(text)
    return None


# A date alone on its line: a header's split from its body ('Direktionen' / '07-02-2018'), an
# undated decision heading's, the line broken before it.
DATE_ALONE_RE = re.compile(rf"^\s*(?:(?:den|d\.)\s+)?(?:{DATE}){TIME}\s*:?\s*$")


def _undated_decision(text: str) -> Section | None:
    """The decision an undated heading opens: of a known body ('Beslutning i Byrådet'; not
    'Beslutning i sagen'), of a body in the genitive ('Udvalgets beslutning': the meeting's
    where not known), or of a date ('Beslutning den 12-03-2020': the meeting's body's)."""
    m = _UNDATED_DECISION_RE.fullmatch(text)
    if m is None:
        return None
    if m["date"]:
        return Section("decision", date=parse_numeric(m["date"]))
    written = (m["body"] or m["genitive"]).strip()
    known = danish.body_code(written) is not None
    if m["body"] and not known:
        return None
    if written.isupper():  # 'BESLUTNING I DIREKTIONEN'
        written = written.capitalize()
    return Section("decision", body=written if known else None)


def _names_nobody(text: str) -> bool:
    """'Afbud fra' without a colon opens the list only before people, each with a title
    ('Afbud fra velfærdsdirektør Lene Mehlsen.'), not in running text ('Afbud fra de fleste
    …')."""
    return len(text) > 240 or not find_people(text)


def _decision(m: re.Match[str]) -> Section:
    """The decision section a 'Beslutning i <body> den <date>' line opens."""
    body = m["body"].strip()
    if body.isupper():  # 'BESLUTNING I DIREKTIONEN DEN …'
        body = body.capitalize()
    section = Section("decision", body=body, date=parse_numeric(m["date"]))
    if m["rest"]:
        section.lines.append(Line(m["rest"]))
    return section


def opens_section(text: str) -> bool:
    """Is this line an access line or a section heading: the format's own lines, which recur
    in every item ('Beslutning i Direktionen den 04-11-2026') and so are never a page's
    running header, wherever a page break puts them?"""
    return bool(ACCESS_RE.match(text)) or heading(Line(text)) is not None


# The case's record that some systems print under an item's heading: 'Sagsnr.:
# 01.02.05-P16-3-21   Sagsansvarlig: Kim T. Jensen', 'Sags ID: EMN-2021-01234', 'J.nr.: …'.
# Not the heading's words.
_RECORD_RE = re.compile(
    r"(?:sags?\s*(?:nr|nummer|id)|sagsansvarlig|sagsbehandler|j(?:ournal)?\.?\s*nr"
    r"|dok(?:ument)?\.?\s*nr)\.?\s*:",
    re.IGNORECASE,
)
CASE_NUMBER_RE = re.compile(
    r"\bsags?\s*(?:nr|nummer|id)\.?\s*:\s*(?P<case>[\w./-]{0,80}\w)", re.IGNORECASE
)


def is_record(text: str) -> bool:
    return text[:1] in "SsJjDd" and _RECORD_RE.match(text) is not None
