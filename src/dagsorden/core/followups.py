"""Follow-up actions and referrals written into decisions.

Actions: '<X> tager (videre) initiativ', '<X> følger op', '<X> foranlediger …'. The responsible
party is the subject before the verb, from the start of the clause ('…, og konstitueret
fællesforvaltningsdirektør foranlediger …' → 'konstitueret fællesforvaltningsdirektør').
A passive 'der tages videre initiativ', 'der følges op' is an action with no one responsible.

Referrals: a sentence that says the case 'behandles' (endelig, igen), 'genoptages',
'forelægges', 'fremlægges', 'drøftes' or 'tages op', with dates; or that it 'oversendes',
'sendes videre', 'sendes til' a body named before the date. Each date is paired with the body named last before it ('på møde i ØK d. 6. december
og i KB d. 13. december'); a date with no body named returns to the meeting's own body.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from .danish import BODY_CODES, BODY_WORDS
from .dates import find_dates
from .people import find_people
from .records import Action, Referral
from .text import lowered, mentions, sentences

_ACTION_RE = re.compile(
    r"\b(?P<verb>tager\s+(?:videre\s+)?initiativ|tages\s+(?:videre\s+)?initiativ|"
    r"følger\s+op|følges\s+op|foranlediger|sørger\s+for)\b",
    re.IGNORECASE,
)
_CLAUSE_START_RE = re.compile(r".*(?:[,;:]\s+(?:og|men|hvor)?\s*|\bog\s+(?=der\b))", re.IGNORECASE)
_REFERRAL_RE = re.compile(
    r"\b(?:behandles|genoptages|forelægges|fremlægges|drøftes|tages\s+op"
    r"|(?P<sent>(?:over|videre)sendes|sendes\s+(?:videre|til)))\b",
    re.IGNORECASE,
)
_AGAIN_RE = re.compile(r"\b(?:igen|genoptages)\b", re.IGNORECASE)
# Words the two patterns cannot match without: looked for first, as plain substrings of the
# lower-cased text, because a case-insensitive pattern scans a text many times slower.
_ACTION_WORDS = ("initiativ", "følger", "følges", "foranlediger", "sørger")
_REFERRAL_WORDS = (
    "behandles",
    "genoptages",
    "forelægges",
    "fremlægges",
    "drøftes",
    "sendes",
    "tages",
)
# Matched in the lower-cased sentence (see mentions()); a code counts only in capitals.
_BODY_MENTION_RE = re.compile(
    r"(?<![\wæøå])(?P<code>"
    + "|".join(sorted((code.lower() for code in BODY_CODES), key=len, reverse=True))
    + r")(?![\wæøå])|(?P<word>"
    + "|".join(BODY_WORDS)
    + r")"
)


def find_actions(text: str, point_index: int | None = None) -> list[Action]:
    out: list[Action] = []
    if not mentions(text, _ACTION_WORDS):
        return out
    for sentence in sentences(text):
        m = _ACTION_RE.search(sentence) if mentions(sentence, _ACTION_WORDS) else None
        if not m:
            continue
        verb = re.sub(r"\s+", " ", m["verb"].lower())
        subject = sentence[: m.start()]
        clause = _CLAUSE_START_RE.match(subject)
        if clause:
            subject = subject[clause.end() :]
        subject = subject.strip(" ,")
        if verb.startswith(("tages", "følges")) or subject.lower() in ("", "der", "og der"):
            subject = ""  # passive: 'der tages videre initiativ', 'der følges op'
        out.append(
            Action(
                text=sentence,
                verb=verb.replace("tages", "tager").replace("følges", "følger"),
                responsible=subject or None,
                people=tuple(p.name for p in find_people(subject)),
                point_index=point_index,
            )
        )
    return out


def find_referrals(
    text: str, meeting_date: date, meeting_body: str | None, point_index: int | None = None
) -> list[Referral]:
    out: list[Referral] = []
    if not mentions(text, _REFERRAL_WORDS):
        return out
    for sentence in sentences(text):
        verb = _REFERRAL_RE.search(sentence) if mentions(sentence, _REFERRAL_WORDS) else None
        if not verb:
            continue
        dates = list(find_dates(sentence, meeting_date))
        if not dates:
            continue
        named = [
            (m.start(), BODY_WORDS[m["word"]] if m["word"] else m["code"].upper())
            for m in _BODY_MENTION_RE.finditer(lowered(sentence))
            if m["word"] or sentence[m.start() : m.end()].isupper()
        ]
        again = bool(_AGAIN_RE.search(sentence))
        for pos, when in dates:
            before = [body for at, body in named if at < pos]
            body = before[-1] if before else meeting_body
            if not body or (verb["sent"] and not before):
                continue  # 'sendes til høring d. 3. marts': sent, but to no meeting
            kind: Literal["referral", "return", "previous"]
            if when < meeting_date:
                kind = "previous"
            elif body == meeting_body or (again and not before):
                kind = "return"
            else:
                kind = "referral"
            out.append(Referral(body, when, kind, sentence, point_index))
    return out
