"""'Afbud:' (sent regrets) and 'Fraværende:' (absent): one person a line, as
'<Job title> <Name>' with an optional remark in parentheses, e.g.
'Fællesforvaltningsdirektør Lene Mehlsen (formand)'."""

from __future__ import annotations

import re

from .lines import Line
from .people import split_title_name
from .records import Absence, AbsenceKind
from .text import fold, strip_bullet

_REMARK_RE = re.compile(r"\s*\((?P<note>[^()]*)\)\s*[.,;]?\s*$")
_NONE_RE = re.compile(r"^(?:ingen|-|–|intet|ingen afbud)\.?$", re.IGNORECASE)
# A remark after a comma, as 'Kommunaldirektør Tine Curtis, formand': a few lower-case words.
_LOWER_REMARK_RE = re.compile(r"^\s*[a-zæøå][a-zæøå.-]*(?: [a-zæøå][a-zæøå.-]*){0,2}\s*\.?\s*$")
_NAMES_RE = re.compile(r"[A-ZÆØÅ][\wæøå.-]*\)?\s*$")  # ends as a name does
# Several people on one line: 'A, B og C' — but not the 'og' inside 'Vej- og ejendomschef'.
_SPLIT_RE = re.compile(r"\s*[;,]\s*(?:og\s+)?|(?<![-–])\s+og\s+(?=[A-ZÆØÅa-zæøå])")


def parse_absences(lines: list[Line], kind: AbsenceKind) -> list[Absence]:
    out: list[Absence] = []
    for text in _unwrapped(lines):
        if _NONE_RE.match(text):
            continue
        for entry in _entries(text):
            absence = _absence(entry, kind)
            if absence:
                out.append(absence)
    return out


def _unwrapped(lines: list[Line]) -> list[str]:
    """One text a person: a line that starts with a remark or in lower case goes on with the
    line before ('Konstitueret' / 'fællesforvaltningsdirektør Lene Mehlsen', '… Mehlsen' /
    '(formand)')."""
    out: list[list[str]] = []  # each person's lines, joined once at the end
    for line in lines:
        text = fold(strip_bullet(line.raw))
        if not text:
            continue
        if out and (text[0] == "(" or text[0].islower()):
            out[-1].append(text)
        else:
            out.append([text])
    return [" ".join(texts) for texts in out]


def _entries(text: str) -> list[str]:
    pieces: list[str] = []
    for piece in _SPLIT_RE.split(text):
        if not piece.strip():
            continue
        if pieces and _NAMES_RE.search(pieces[-1]) and _LOWER_REMARK_RE.match(piece):
            pieces[-1] += f" ({piece.strip()})"  # 'Tine Curtis, formand': a remark
        else:
            pieces.append(piece)
    # Split only where every piece names somebody (ends in a capitalised word or a remark).
    if all(_NAMES_RE.search(p) or p.rstrip().endswith(")") for p in pieces):
        return pieces
    return [text]


def _absence(text: str, kind: AbsenceKind) -> Absence | None:
    note = None
    m = _REMARK_RE.search(text)
    if m:
        note = m["note"].strip() or None
        text = text[: m.start()]
    text = text.rstrip(" .")
    title, name = split_title_name(text)
    if not name or (title is None and len(name) < 2):
        return None  # one word alone ('Indholdsfortegnelse', 'Mødested') names nobody
    return Absence(
        name=" ".join(name),
        kind=kind,
        title=title,
        note=note,
    )
