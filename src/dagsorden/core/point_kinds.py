"""What a point is, read from its words: the board's ways of working ('Årligt dialogmøde med
økonomichef Bettina Andersen', '5 minutters oplæg v. velfærdsdirektøren om …') and a guest
('Arbejdsmarkedschef Erik Holck Hansen deltager i punktet kl. 10').

Points prepared in dagsorden have these as fields; minutes made elsewhere only say them, and
without them the årshjul cannot tell which heads of department had their dialogue meeting.
A kind is read only where the point's own title says it: a point about a dialogue meeting
with someone outside ('Drøftelse af DI-måling på baggrund af dialogmøde med Dansk
Industri'), or about the method ('Direktionen arbejder med 5 minutters oplæg'), is ordinary.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from .people import person_at, role_at
from .records import Person, Point
from .text import sentence_around

# The title opens with the meeting: 'Årligt dialogmøde med …', 'Det årlige dialogmøde med …',
# 'Dialog med …'. 'Opsamling på dialogmøde med …' is about one held before.
_DIALOGUE_RE = re.compile(
    r"(?:(?:det\s+)?(?:halv)?årlig[et]?\s+)?dialog(?:møde)?\s+med\s+", re.IGNORECASE
)
# '5 minutters oplæg', '5-minutters-oplæg', '5 min. oplæg', 'Oplæg (5 min.)'.
_PRESENTATION_RE = re.compile(
    r"(?<!\w)(?P<minutes>\d{1,2}|fem|ti)[\s-]*min(?:utters?|\.)?[\s-]*oplæg(?!\w)"
    r"|(?<!\w)oplæg\s*\(\s*(?P<bracketed>\d{1,2})\s*min(?:utter)?\.?\s*\)",
    re.IGNORECASE,
)
_WRITTEN_MINUTES = {"fem": 5, "ti": 10}
# A preposition before it makes the presentation the point's subject, not the point:
# 'Evaluering af 5 minutters oplæg', 'Direktionen arbejder med 5 minutters oplæg'.
_ABOUT_RE = re.compile(r"(?:^|\s)(?:af|om|med|på|for)\s+$", re.IGNORECASE)
# Who gives it: right after ('5 minutters oplæg v. velfærdsdirektøren'), or later in the
# title ('5 minutters oplæg om demensstrategien ved ældrechef Anne Holm').
_BY_RE = re.compile(r"\s*(?:,\s*)?(?:v\.|v/|ved|af|fra|:|–|-)\s*", re.IGNORECASE)
_BY_LATER_RE = re.compile(r"(?<!\w)(?:v\.|v/|ved)\s*", re.IGNORECASE)
# A guest, after the people named: '… deltager i punktet kl. 10', '… deltog i dialogen'. Tried
# only where str.find finds its verb: a pattern led by white space is tried at every space.
_GUEST_VERBS = ("deltager", "deltog")
_GUEST_RE = re.compile(
    r"(?:deltager|deltog)\s+(?:i|under)\s+"
    r"(?:punktet|dette\s+punkt|drøftelsen|dialogen|behandlingen(?:\s+af\s+punktet)?)(?!\w)"
    r"(?:\s+(?:fra\s+)?kl\.?\s*(?P<hour>\d{1,2})(?:[.:](?P<minute>\d\d))?(?!\d))?"
)
# Between the people of a list: 'økonomichef A og HR-chef B', 'A, B og C'.
_AND_RE = re.compile(r"\s*(?:,\s*(?:og\s+)?|og\s+)")


def with_kind(point: Point) -> Point:
    """The point with its kind, presenter, duration, guest and guest's time as its words give
    them; the point itself when they give none."""
    title, text, decision = point.title, point.presentation, point.decision
    fields: dict[str, object] = {}
    dialogue = _DIALOGUE_RE.match(title) if "ialog" in title else None
    heads = _named(title, dialogue.end())[0] if dialogue else []
    if heads:
        fields.update(kind="dialogue", presenter=" og ".join(heads))
    elif "plæg" in title:
        presentation = _presentation(title)
        if presentation is not None:
            minutes, presenters = presentation
            fields.update(kind="presentation", duration=minutes)
            if presenters:
                fields["presenter"] = " og ".join(presenters)
    guest = _guest(text) if "delt" in text else None
    if guest is None and "delt" in decision:
        guest = _guest(decision)
    if guest is not None:
        fields["guest"], fields["guest_time"] = guest
    return replace(point, **fields) if fields else point  # type: ignore[arg-type]


def _presentation(title: str) -> tuple[int, list[str]] | None:
    """A presentation's minutes and who gives it, when the title opens one."""
    m = _PRESENTATION_RE.search(title)
    if m is None or _ABOUT_RE.search(title, 0, m.start()):
        return None
    written = (m["minutes"] or m["bracketed"]).lower()
    minutes = _WRITTEN_MINUTES.get(written) or int(written)
    by = _BY_RE.match(title, m.end())
    presenters = _named(title, by.end())[0] if by else []
    if not presenters:
        later = _BY_LATER_RE.search(title, m.end())
        presenters = _named(title, later.end())[0] if later else []
    return minutes, presenters


def _guest(text: str) -> tuple[str, time | None] | None:
    """The guests a text says take part in the point, and from when."""
    for verb in _GUEST_VERBS:
        at = text.find(verb)
        while at >= 0:
            m = _GUEST_RE.match(text, at) if at and text[at - 1].isspace() else None
            if m is not None:
                start, _sentence = sentence_around(text, at)
                named, end = _named(text, start)
                # Only people before the verb: not 'Alle chefer deltager i punktet'.
                if named and not text[end:at].strip():
                    hour, minute = m["hour"], m["minute"]
                    when = None
                    if hour is not None and int(hour) < 24 and int(minute or 0) < 60:
                        when = time(int(hour), int(minute or 0))
                    return " og ".join(named), when
            at = text.find(verb, at + len(verb))
    return None


def people_in(named: str) -> list[str]:
    """The people or roles of a presenter or guest as stored ('Økonomichef Bettina Andersen og
    HR-chef Lise Berg'), one each; the whole text when it reads as none."""
    found, end = _named(named, 0)
    return found if found and end == len(named.rstrip(" .")) else [named]


def _named(text: str, pos: int) -> tuple[list[str], int]:
    """The people or roles named one after another from pos ('økonomichef Bettina Andersen og
    HR-chef Lise Berg'), as a reader would name them, and where the last one ends."""
    out: list[str] = []
    end = pos
    while True:
        found = person_at(text, pos)
        if found is not None:
            person, end = found
            out.append(_as_named(person))
        else:
            role = role_at(text, pos)
            if role is None:
                return out, end
            name, end = role
            out.append(_capital(name))
        more = _AND_RE.match(text, end)
        if more is None:
            return out, end
        pos = more.end()


def _as_named(person: Person) -> str:
    return f"{_capital(person.title)} {person.name}" if person.title else person.name


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]
