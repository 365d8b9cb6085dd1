"""The 'Sagsgang' line: the bodies a case goes through, as codes ('DIR', 'MTU, ØK, KB')."""

from __future__ import annotations

import re

from . import danish

_TOKENS_RE = re.compile(r"[\s,;/→>–-]+")
_REMARK_RE = re.compile(r"\([^()]*\)")
# Between bodies: a comma, an arrow, a dash with spaces around it (not the one in 'Miljø- og'),
# 'og' before the last ('MTU, ØK og KB'; not the one in 'Miljø- og Teknikudvalget').
_PIECES_RE = re.compile(r"\s*(?:[,;/→>]|\s[-–]+>?\s|(?<![-–])\s+og\s)\s*")
_CODE_RE = re.compile(r"[A-ZÆØÅ]{2,6}")


def routing_codes(text: str) -> tuple[str, ...]:
    """'DIR, ØK, KB' → ('DIR', 'ØK', 'KB'); a body written by name becomes its code
    ('Miljø- og Teknikudvalget → Økonomiudvalget' → ('MTU', 'ØK'))."""
    out: list[str] = []
    text = _REMARK_RE.sub(" ", text)  # 'DIR (orientering)': a remark, not a body
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
