"""The 'Sagsgang' line: the bodies a case goes through, as codes ('DIR', 'MTU, ØK, KB')."""

from __future__ import annotations

import re
from datetime import date

from . import danish
from .dates import make_date, parse_numeric

_TOKENS_RE = re.compile(r"[\s,;/→>–-]+")
# A remark ('DIR (orientering)'), or the date a body treats the case on ('MTU 06-12-2022,
# ØK 13-12-2022', as other systems list it): not a body.
_DAY = r"(?<=[A-ZÆØÅa-zæøå])\s+(?:(?:den|d\.)\s*)?(?P<day>\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d\d))\b"
_REMARK_RE = re.compile(rf"\([^()]*\)|{_DAY}")
_DAY_RE = re.compile(_DAY)
# Between bodies: a comma, an arrow, a dash with spaces around it (not the one in 'Miljø- og'),
# 'og' before the last ('MTU, ØK og KB'; not the one in 'Miljø- og Teknikudvalget').
_PIECES_RE = re.compile(r"\s*(?:[,;/→>]|\s[-–]+>?\s|(?<![-–])\s+og\s)\s*")
_CODE_RE = re.compile(r"[A-ZÆØÅ]{2,6}")


def routing_codes(text: str) -> tuple[str, ...]:
    """'DIR, ØK, KB' → ('DIR', 'ØK', 'KB'); a body written by name becomes its code
    ('Miljø- og Teknikudvalget → Økonomiudvalget' → ('MTU', 'ØK'))."""
    out: list[str] = []
    text = _REMARK_RE.sub(" ", text)  # 'DIR (orientering)', 'ØK 13-12-2022': not a body
    for piece in _PIECES_RE.split(text):
        code = danish.body_code(piece.strip(" -–"))
        out += [code] if code else [tok for tok in _TOKENS_RE.split(piece) if tok]
    return tuple(out)


def is_routing_line(text: str) -> bool:
    """Does the line name bodies only (codes in capitals, or known names), not text?"""
    for piece in _PIECES_RE.split(_REMARK_RE.sub(" ", text)):
        piece = piece.strip(" -–")
        if (
            piece
            and not danish.body_code(piece)
            and not all(_CODE_RE.fullmatch(token) for token in _TOKENS_RE.split(piece) if token)
        ):
            return False
    return True


def routing_days(text: str) -> tuple[tuple[str, date], ...]:
    """The bodies the routing gives a day for, with the day ('MTU 06-12-2022, ØK 13-12-2022'
    → (('MTU', 6 December 2022), ('ØK', 13 December 2022))); none for a plain routing."""
    if not any(c.isdigit() for c in text):
        return ()
    out = []
    for piece in _PIECES_RE.split(text):
        m = _DAY_RE.search(piece)
        day = _day(m["day"]) if m else None
        codes = routing_codes(piece) if day else ()
        if day and len(codes) == 1:
            out.append((codes[0], day))
    return tuple(out)


def _day(text: str) -> date | None:
    """'13-12-2022', '13.12.22' (a year of two digits: this century's)."""
    d, mo, y = re.split(r"[-./]", text)
    return parse_numeric(text) if len(y) == 4 else make_date(2000 + int(y), int(mo), int(d))
