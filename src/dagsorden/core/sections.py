"""An item's sections: the headings among its lines and the text each heads, with the
text of headings the extraction lost put back where it belongs."""

from __future__ import annotations

import re

from .attendance import list_end
from .dates import parse_numeric
from .headings import ABSENCE_LISTS, DATE_ALONE_RE, DECISION_RE, HEADING_INITIALS, Section, heading
from .lines import Line
from .routing import is_routing_line


def sections_of(lines: list[Line], lead: str | None = None) -> list[Section]:
    """The sections the headings among lines open. Text above the first heading is dropped,
    unless lead names the section it is: an item's text between its access line and its first
    heading (a lost heading's, or one the format does not know) is kept as that."""
    sections: list[Section] = []
    current: Section | None = None
    if lead is not None:
        current = Section(lead)
        sections.append(current)
    for line in lines:
        opened = (
            heading(line)
            if line.text
            and (
                line.text[0] in HEADING_INITIALS
                or "s beslutning" in line.text
                or "s indstilling" in line.text
            )
            else None
        )
        if opened:
            sections.append(opened)
            current = opened
        elif current is not None:
            current.lines.append(line)
    if not any(s.kind == "decision" and s.date for s in sections):
        _broken_decision(sections)
    else:  # another body's decision above it, dated: this one's date may stand below
        for section in sections:
            if section.kind == "decision" and section.date is None:
                _date_below(section)
    if lead is not None:
        first = sections[0]
        if not all(line.blank for line in first.lines):
            _lead_routing(sections)  # may take the codes out of first, and go before it
        if all(line.blank for line in first.lines):
            # nothing above the first heading (as the format has it), or codes only
            del sections[next(i for i, s in enumerate(sections) if s is first)]
    _end_absence_lists(sections)
    _end_routing(sections)
    _find_lost_recommendation(sections)
    return sections


# 'Kommunaldirektøren indstiller, at punkterne behandles.': how a recommendation opens.
_RECOMMENDS_RE = re.compile(r"^[A-ZÆØÅ][\wæøå -]{0,80}\bindstiller,? at\b")


def _find_lost_recommendation(sections: list[Section]) -> None:
    """With the 'Indstilling' heading lost, its text ran into the presentation: the last line
    there that opens '<X> indstiller, at …' starts the recommendation."""
    if any(s.kind == "recommendation" for s in sections):
        return
    k = next((k for k, s in enumerate(sections) if s.kind == "presentation"), None)
    if k is None:
        return
    lines = sections[k].lines
    at = next(
        (i for i in range(len(lines) - 1, -1, -1) if _RECOMMENDS_RE.match(lines[i].text)), None
    )
    if at is not None and at > 0:
        sections.insert(k + 1, Section("recommendation", lines[at:]))
        del lines[at:]


def _lead_routing(sections: list[Section]) -> None:
    """The text above an item's first heading, in sections[0], opens with the routing's codes
    when the 'Sagsgang' heading was lost ('Åben Sag' / 'DIR' / 'Sagsfremstilling')."""
    if any(s.kind == "routing" for s in sections):
        return
    lines = sections[0].lines
    end = 0
    for i, line in enumerate(lines):
        if not line.blank:
            if not is_routing_line(line.text):
                break
            end = i + 1
    if end:
        sections.insert(0, Section("routing", lines[:end]))
        del lines[:end]


def _end_routing(sections: list[Section]) -> None:
    """'Sagsgang' names bodies only: text after those lines is the case presentation whose
    heading was lost ('Sagsgang' / 'DIR' / 'I økonomiaftalen …'), or its opening under a
    heading the format does not know ('Resumé' / 'Direktionen behandler tre punkter.' /
    'Sagsfremstilling'), never lost."""
    routing = next((s for s in sections if s.kind == "routing"), None)
    if routing is None:
        return
    end = next(
        (i for i, line in enumerate(routing.lines) if line.text and not is_routing_line(line.text)),
        None,
    )
    if end is not None:
        presentation = Section("presentation", routing.lines[end:])
        del routing.lines[end:]
        sections.insert(sections.index(routing) + 1, presentation)


def _end_absence_lists(sections: list[Section]) -> None:
    """A list of absences may stand between a decision's heading and its text ('Beslutning i
    … / Afbud: / <people> / Godkendt.'): the text after the list goes back to the section the
    list interrupted."""
    interrupted: Section | None = None  # the last section that is not a list of absences
    for section in sections:
        if section.kind not in ABSENCE_LISTS:
            interrupted = section
            continue
        if interrupted is None or interrupted.kind == "bilag":
            continue
        end = list_end(section.lines)
        if any(not line.blank for line in section.lines[end:]):
            interrupted.lines += section.lines[end:]
            del section.lines[end:]


_DECISION_WORD = ("Beslutning", "BESLUTNING")


def _date_below(section: Section) -> None:
    """An undated decision heading's date on the line below it ('Beslutning i Direktionen
    den' / '30-11-2022'), taken into the heading."""
    lines = section.lines
    j = next((i for i, line in enumerate(lines) if line.text), None)
    if j is not None and DATE_ALONE_RE.match(lines[j].text):
        section.date = parse_numeric(lines[j].text)
        del lines[: j + 1]


def _broken_decision(sections: list[Section]) -> None:
    """A decision heading the line broke, as a narrow column or a long committee name wraps
    it. Before its date ('Beslutning i Direktionen (den)' / '20-01-2021'), the heading is
    an undated one: the date alone on the next line is its. Elsewhere ('Beslutning i' /
    'Direktionen den 20-01-2021', 'Beslutning i Social-, Sundheds- og' / 'Ældreudvalget den
    …') it is no heading, and the decision ran into the section above: where two lines make
    a dated heading with nothing after it, the decision starts there. Looked at only when
    no decision has a date, so it costs the format's minutes nothing."""
    for k, section in enumerate(sections):
        lines = section.lines
        if section.kind == "decision" and section.date is None:
            _date_below(section)
            continue
        for i, line in enumerate(lines):
            if not line.text.startswith(_DECISION_WORD):
                continue
            j = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text), None)
            if j is None or len(lines[j].text) > 80:
                continue
            m = DECISION_RE.match(f"{line.text} {lines[j].text}")
            if m and not m["rest"].strip(" :") and m["body"][:1].isupper():
                opened = heading(Line(f"{line.text} {lines[j].text}"))
                assert opened is not None
                opened.lines = lines[j + 1 :]
                del lines[i:]
                sections.insert(k + 1, opened)
                return
