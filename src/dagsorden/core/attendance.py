"""'Afbud:' (sent regrets) and 'Fraværende:' (absent): one person a line, as
'<Job title> <Name>' with an optional remark in parentheses, e.g.
'Fællesforvaltningsdirektør Lene Mehlsen (formand)'."""

from __future__ import annotations

import re

from .danish import BODY_CODES, NOT_NAME_WORDS, PLACE_WORDS, TITLE_ENDINGS
from .lines import Line
from .people import CHAIR_RE, is_first_name, names_unit, split_title_name
from .records import Absence, AbsenceKind
from .text import fold, strip_bullet

_REMARK_RE = re.compile(r"\s*\((?P<note>[^()]*)\)\s*[.,;]?\s*$")
_REMARKS_RE = re.compile(r"\([^()]*\)")
# Not after an initial ('T. ') nor 'kl.', 'pkt.', 'ca.' ('deltog fra kl. 10'), nor 'konst.',
# 'kst.', 'fg.' before a title ('Kst. velfærdsdirektør Lene Mehlsen').
_SENTENCE_INSIDE_RE = re.compile(
    r"[a-zæøå0-9]{2}(?<!kl)(?<!kt)(?<!ca)(?<!nst)(?<![Kk]st)(?<!\bfg)[.!?:]\s+\S"
)
_NONE_RE = re.compile(r"^(?:ingen|-|–|intet|ingen afbud)\.?$", re.IGNORECASE)
# A remark after a comma, as 'Kommunaldirektør Tine Curtis, formand' or '…, deltog fra kl.
# 10.30': a few words in lower case or numbers.
_LOWER_REMARK_RE = re.compile(
    r"^\s*[a-zæøå][a-zæøå.-]*(?: (?:[a-zæøå][a-zæøå.-]*|\d[\d.:]*)){0,6}\s*\.?\s*$"
)
# A remark after a dash: 'Kommunaldirektør Christian Roslev – ferie' (lower-case words).
_DASH_REMARK_RE = re.compile(r"\s+[–-]\s+(?P<remark>[a-zæøå][a-zæøå0-9 .-]{0,40}?)\s*\.?\s*$")
# A title after a dash, capitalised: 'Jan Jeppesen - Kommunaldirektør' (see _after_untitled_name).
_DASH_TITLE_RE = re.compile(r"\s+[–-]\s+(?P<remark>[A-ZÆØÅ][\wæøå ]{0,60}?)\s*\.?\s*$")
_NAMES_RE = re.compile(r"[A-ZÆØÅ][\wæøå.-]*\)?\s*$")  # ends as a name does
# A sentence on who was away when, after the names it is about: 'Velfærdsdirektør Lene
# Mehlsen deltog ikke under punkt 2.', '… og … var fraværende fra kl. 11', '… forlod mødet
# efter punkt 3'. Under the list's label it is the remark of every name before it. Not 'deltog
# i punktet' (there, not away: a decision's sentence after the list).
_ATTENDANCE_RE = re.compile(
    r"(?<=[a-zæøå.])\s+(?P<remark>(?:(?:deltog|deltager|var|mødte) ikke|var fraværende"
    r"|(?:forlod|gik|går)|(?:deltog|deltager) (?:fra|til|indtil|først|kun|alene|efter)"
    r"|(?:kom|ankom|mødte) (?:kl|først|efter|til|fra|ind|senere))"
    r"(?: [a-zæøå0-9.:-]+| [A-ZÆØÅ]{2,4}\b){0,10}?)\s*\.?\s*$"
)
# The words a reason for being away opens with, written after the name without a comma.
# When, for part of the meeting: 'fra kl. 18.40', 'til og med punkt 4', 'under punkt 2'.
_REASON_OPENERS = frozenset(
    ("pga.", "p.g.a.", "pga", "grundet", "på", "ferie", "sygdom", "syg", "kursus", "barsel")
    + ("orlov", "fri", "afspadsering", "tjenesterejse", "forhindret")
    + ("fra", "til", "indtil", "efter", "under", "kl.", "punkt", "pkt.", "deltog", "forlod")
)
# Of those, the words of a sentence on the person ('… deltog i punktet'), no remark.
_SENTENCE_OPENERS = frozenset(("deltog", "forlod"))
# Several people on one line: 'A, B og C' — but not the 'og' inside 'Vej- og ejendomschef' (the
# separators kept: see _split).
_SPLIT_RE = re.compile(r"(\s*[;,]\s*(?:og\s+)?|(?<![-–])\s+og\s+(?=[A-ZÆØÅa-zæøå]))")
# Longer than 'Konstitueret fællesforvaltningsdirektør Lene' with room: no name cut off.
_CUT_OFF_ENTRY = 80


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


def people_named(text: str, kind: AbsenceKind) -> list[Absence]:
    """The people text names, read as an absence list's line ('Direktør Lene Mehlsen',
    'Jens Hansen (A) og Karen Holm (V)'); none when any piece of it names nobody
    ('Udvalget', 'Formanden')."""
    if not text:
        return []
    found = [_absence(entry, kind) for entry in _entries(text)]
    return [a for a in found if a] if found and all(found) else []


def list_end(lines: list[Line]) -> int:
    """How many of lines are the list; the text after it is not (a decision that follows
    'Beslutning i …' / 'Afbud:' / <people>). The list ends at the first entry that names
    nobody after one that names somebody (a stray line before the people is passed over), or
    at an empty paragraph after an entry; a list that names nobody at all is empty."""
    entries: list[tuple[list[int], list[str]]] = []  # each entry's lines: indexes, texts
    end = len(lines)
    for i, line in enumerate(lines):
        if line.blank:
            if line.paragraph_break and entries:
                end = i
                break
            continue
        text = fold(strip_bullet(line.raw))
        if not text:
            continue  # a bullet alone
        if entries and _goes_on(entries[-1][1], text):
            entries[-1][0].append(i)  # a remark, a title or a name wrapped (_unwrapped)
            entries[-1][1].append(text)
        else:
            entries.append(([i], [text]))
    named = False
    for k, (indexes, texts) in enumerate(entries):
        if _NONE_RE.match(" ".join(texts)):
            # 'Ingen': nobody, and the list is over (a front page's 'Fraværende: Ingen' is
            # followed by the municipality's name and the table of contents).
            return entries[k + 1][0][0] if k + 1 < len(entries) else end
        if _names_somebody(" ".join(texts)):
            named = True
        elif len(texts) > 1 and _names_somebody(texts[0]):
            return indexes[1]  # 'Lene Mehlsen' / 'og drøftede …': the text goes on below
        elif named:
            return indexes[0]
    return end if named else 0


def _names_somebody(text: str) -> bool:
    """An entry of the list: 'Ingen', or people, each ending in a name or a remark (not 'Kim
    T. Jensen deltog.', a sentence)."""
    if _NONE_RE.match(text):
        return True
    plain = _REMARKS_RE.sub("", text)
    if len(plain) > 240 or _SENTENCE_INSIDE_RE.search(plain):
        return False  # a sentence ends inside: running text ('Drøftet. Kim T. Jensen …')
    return all(_listed(e) for e in _entries(text))


def _listed(entry: str) -> bool:
    """Is the entry a person as a list has one: ending in the name, a remark, or when or why
    the person was away ('… Roslev under punkt 2', '… (formand), punkt 2'; not '… deltog i
    punktet', the decision's sentence)?"""
    end = entry.rstrip(" .")
    absence = _absence(entry, "afbud")
    if absence is None:
        return False
    if _NAMES_RE.search(end) or end.endswith(")"):
        return True
    note = absence.note
    return (
        note is not None
        and note.split()[0] not in _SENTENCE_OPENERS
        and end.endswith(note.rsplit(", ", 1)[-1])
    )


def _unwrapped(lines: list[Line]) -> list[str]:
    """One text a person: a line that starts with a remark or in lower case, or ends a name
    cut off after its first word, goes on with the line before ('Konstitueret' /
    'fællesforvaltningsdirektør Lene Mehlsen', '… Mehlsen' / '(formand)', 'Velfærdsdirektør
    Lene' / 'Mehlsen')."""
    out: list[list[str]] = []  # each person's lines, joined once at the end
    for line in lines:
        text = _ENUMERATOR_RE.sub("", fold(strip_bullet(line.raw)), count=1)
        if not text:
            continue
        if out and _goes_on(out[-1], text):
            out[-1].append(text)
        else:
            out.append([text])
    return [" ".join(texts) for texts in out]


def _goes_on(before: list[str], text: str) -> bool:
    """Whether text goes on with the entry whose lines are before rather than starting one."""
    if text[0] == "(" or text[0].islower():
        return True
    if before[-1].endswith(_CUT_INSIDE):
        return True  # 'Konstitueret direktør for Børn og' / 'Kultur Søren Vind'
    if before[-1].rstrip().endswith(")"):
        return False  # a remark ends the entry: 'Sara Benzon (F)' / 'Indholdsfortegnelse'
    if " " not in text and text[-1].isalpha() and not text.lower().endswith(TITLE_ENDINGS):
        return True  # 'Skolechef Morten Skov' / 'Nielsen': one word alone names nobody
    # 'Velfærdsdirektør Lene' / 'Mehlsen': a title with one name word is a name cut off (a
    # Danish name has two words at least), and 'Velfærdsdirektør' / 'Lene Mehlsen' a title
    # whose name went to the next line; that line holds the rest of the name, nothing else.
    # A long entry is no title with a name cut off, and looking into it would cost its length.
    if sum(map(len, before)) > _CUT_OFF_ENTRY:
        return False
    words = _REMARK_RE.sub("", text).rstrip(" .").split()
    if not words or not all(w[0].isupper() for w in words):
        return False
    title, name = split_title_name(" ".join(before).rstrip(" ."))
    if title is None or len(name) > 1 or len(words) > 4 - 2 * len(name):
        return False
    return split_title_name(" ".join(words))[0] is None


# A list's number before a person ('1. Kommunaldirektør Jan Jeppesen', '2) …').
_ENUMERATOR_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[A-ZÆØÅ])")
# A line that ends inside a title's unit or between two people: the entry goes on below.
_CUT_INSIDE = (" og", ",", " for", " af", " i", "-")


def _split(text: str) -> list[str]:
    """The line's people, split at commas and 'og' ('A, B og C'), but not inside a remark
    ('Peter Lund (O, inhabil)') nor the unit a title names ('Direktør for Job og Velfærd Lene
    Mehlsen', 'Direktør for Teknik, Miljø og Erhverv Ole Hansen')."""
    parts = _SPLIT_RE.split(text)  # piece, separator, piece, …
    out = [parts[0]]
    inside = False  # the last piece ends inside a unit's list of words ('Teknik, Miljø')
    for separator, piece in zip(parts[1::2], parts[2::2], strict=True):
        if "(" in out[-1] and out[-1].count("(") > out[-1].count(")"):
            out[-1] += separator + piece  # inside a remark: 'Peter Lund (O, inhabil)'
        elif separator.strip() in ("og", ",") and (inside or _unit_goes_on(out[-1])):
            out[-1] += separator + piece
            inside = len(piece.split()) == 1
        elif separator.strip() == "og" and _is_unit(out[-1].strip()) and _is_unit(piece.strip()):
            out[-1] += separator + piece  # a unit's name after a person's: 'Teknik og Miljø'
            inside = False
        else:
            out.append(piece)
            inside = False
    return out


def _unit_goes_on(piece: str) -> bool:
    """Does piece end inside a unit: a title naming one ('Direktør for Job', 'Chef for HR',
    'Leder af Team Syd') with no name after it?"""
    if not names_unit(piece):
        return False
    title, name = split_title_name(piece.rstrip(" ."))
    if title is None or len(name) > 1:
        return False
    # One word after the title: the unit's ('Job' of 'Direktør for Job', 'Syd' of 'Leder af
    # Team Syd'), read as a name, since a name alone has two words at least; none: the title
    # holds it.
    return names_unit(f" {title} ")


# Where a remark ends one person and the next follows without a comma: 'Jens Hansen (A)
# Karen Holm (V)'.
_AFTER_REMARK_RE = re.compile(r"\)\s+(?=[A-ZÆØÅ][a-zæøå])")


def _apart_at_remarks(text: str) -> list[str]:
    """text split after each remark that follows a name of two words or more."""
    parts: list[str] = []
    start = 0
    for m in _AFTER_REMARK_RE.finditer(text):
        opened = text.rfind("(", start, m.start())
        if opened > start and len(text[start:opened].split()) >= 2:
            parts.append(text[start : m.start() + 1])
            start = m.end()
    return [*parts, text[start:]]


def _entries(text: str) -> list[str]:
    if ") " in text:
        parts = _apart_at_remarks(text)
        if len(parts) > 1:
            return [entry for part in parts for entry in _entries(part)]
    attendance = _ATTENDANCE_RE.search(text)
    if attendance and "(" not in text and _NAMES_RE.search(text[: attendance.start()]):
        remark = attendance["remark"].rstrip(".")
        people = _entries(text[: attendance.start()])
        if all(_NAMES_RE.search(p) for p in people):
            return [f"{p.rstrip(' .')} ({remark})" for p in people]
    pieces: list[str] = []
    for piece in _split(text):
        if not piece.strip():
            continue
        dash = _DASH_REMARK_RE.search(piece) or _DASH_TITLE_RE.search(piece)
        if dash and _NAMES_RE.search(piece[: dash.start()]):
            remark = dash["remark"]
            if remark[0].islower() or _after_untitled_name(piece[: dash.start()], remark):
                piece = f"{piece[: dash.start()]} ({_as_remark(remark)})"  # '… Roslev – ferie'

        if (
            pieces
            and _NAMES_RE.search(pieces[-1])
            and (_LOWER_REMARK_RE.match(piece) or _after_untitled_name(pieces[-1], piece))
        ):
            pieces[-1] += f" ({_as_remark(piece.strip())})"  # 'Tine Curtis, formand'
        else:
            pieces.append(piece)
    pieces = _surnames_first(pieces)
    # Split only where every piece names somebody (ends in a capitalised word or a remark).
    if all(_NAMES_RE.search(p) or p.rstrip(" .").endswith(")") for p in pieces):
        return pieces
    return [text]


# A surname as a list written surname first has it: 'Jeppesen', 'Dahl Andersen'.
_SURNAME_RE = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?: [A-ZÆØÅ][a-zæøå]+){0,2}")
# The first names after its comma, and a remark: 'Jan (kommunaldirektør)', 'Kim T.'.
_GIVEN_NAMES_RE = re.compile(
    r"\s*(?P<names>[A-ZÆØÅ][\wæøå-]*(?: (?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\wæøå-]*)){0,2})"
    r"(?P<rest>\s*(?:\([^()]*\))?\s*\.?)"
)


def _surnames_first(pieces: list[str]) -> list[str]:
    """The pieces with each person written surname first ('Jeppesen, Jan (kommunaldirektør)',
    split at its comma) joined again, as the name is said ('Jan Jeppesen (kommunaldirektør)'):
    a surname of up to three words, no first name nor title among them, then known first
    names."""
    out: list[str] = []
    for piece in pieces:
        given = _GIVEN_NAMES_RE.fullmatch(piece) if out else None
        if given and is_first_name(given["names"].split()[0]) and _is_surname(out[-1]):
            out[-1] = f"{given['names']} {out[-1].strip(' .')}{given['rest'].rstrip('.')}"
        else:
            out.append(piece)
    return out


def _is_surname(text: str) -> bool:
    text = text.strip(" .")
    if not _SURNAME_RE.fullmatch(text):
        return False
    words = text.split()
    return not (
        is_first_name(words[0])
        or any(w in NOT_NAME_WORDS or w in PLACE_WORDS for w in words)
        or any(w.lower().endswith(TITLE_ENDINGS) for w in words)
    )


def _absence(text: str, kind: AbsenceKind) -> Absence | None:
    last = None  # the remark at the end: '(formand)'
    m = _REMARK_RE.search(text)
    if m:
        last = m["note"].strip() or None
        text = text[: m.start()]
    text = text.rstrip(" .")
    capitals = text.isupper()
    title, name = split_title_name(text.title() if capitals else text)
    if not name or (title is None and len(name) < 2):
        return None  # one word alone ('Indholdsfortegnelse', 'Mødested') names nobody
    after = text.split()[len(name) + (len(title.split()) if title else 0) :]
    notes: list[str] = []
    if after and after[0][0] == "(":
        # a remark, then words: 'Jens Hansen (A) fra kl. 18.40, punkt 5-12'
        inside = next((k for k, word in enumerate(after) if word.rstrip(",;").endswith(")")), None)
        if inside is not None:
            notes.append(" ".join(after[: inside + 1]).rstrip(",;")[1:-1].strip())
            after = after[inside + 1 :]
    if after and after[0][0].islower():
        # Words after the name: why or when the person was away ('… Mehlsen pga. sygdom',
        # '… (A) fra kl. 18.40'), or a sentence going on ('Ole Kristensen orienterede om …',
        # '… (A) orienterede'), no person of the list.
        if after[0].lower() not in _REASON_OPENERS or len(after) > 8:
            return None
        notes.append(" ".join(after).rstrip(" ,"))
    note = ", ".join(n for n in (*notes, last) if n) or None
    if title and ":" in title:
        return None  # another label's line ('Referent: Sekretær Mette Holm'): the list ended
    if title is None and note and _is_title(note):  # 'Christian Roslev, kommunaldirektør'
        title, note = note, None
    if (title is None or not _title_like(title)) and not _untitled_name(name):
        # Not a title before it, and not a name alone: 'Norddjurs Kommune', 'Norddjurs
        # Kommune Indholdsfortegnelse Side' (a front page's footer and contents).
        return None
    if capitals and title:  # 'SKOLECHEF MORTEN SKOV NIELSEN': 'Skolechef', 'Morten Skov Nielsen'
        title = title[0] + title[1:].lower()
    if capitals and note and note.isupper():  # '(FORMAND FOR HU)': 'formand for HU'
        # A body's code and a party's letter stay: '(A, FORMAND)' is 'A, formand'.
        note = " ".join(
            w if w in BODY_CODES or len(w.rstrip(",")) == 1 else w.lower() for w in note.split()
        )
    return Absence(
        name=" ".join(name),
        kind=kind,
        title=title,
        note=note,
    )


def _title_like(title: str) -> bool:
    """Does a job title's word end it or stand in it ('Direktør for Job og Velfærd')?"""
    return any(w.strip(".,").lower().endswith(TITLE_ENDINGS) for w in title.split())


def _untitled_name(name: list[str]) -> bool:
    """A name with no title beside it is a person's as the people finder reads one: a known
    first name, and no word of a place or a thing after it."""
    return is_first_name(name[0]) and not any(
        word in NOT_NAME_WORDS or word in PLACE_WORDS for word in name[1:]
    )


def _as_remark(text: str) -> str:
    """'Formand' as a remark is written: '(formand)'."""
    return text[0].lower() + text[1:] if CHAIR_RE.match(text) else text


def _after_untitled_name(before: str, piece: str) -> bool:
    """Is piece what a name is, not a person: the chair ('Jan Jeppesen, Formand'), a job
    title alone after a name with none ('Jan Jeppesen, Kommunaldirektør', 'Lene Mehlsen,
    Direktør for Job og Velfærd'), or the unit of one ('Lene Mehlsen, Velfærd', 'Jens
    Andersen, Teknik og Miljø')?"""
    piece = piece.strip(" .")
    if CHAIR_RE.fullmatch(piece.split(" ", 1)[0]) and len(piece.split()) <= 3:
        return True  # 'Formand', 'Formand for HU'
    title, name = split_title_name(before.strip(" ."))
    if title is not None or len(name) < 2:
        return False
    return _is_title(piece) or (is_first_name(name[0]) and _is_unit(piece))


# A unit's name: capitalised words, 'og' or '&' between ('Teknik og Miljø', 'HR', 'Job &
# Velfærd').
_UNIT_RE = re.compile(r"[A-ZÆØÅ][\wæøå-]*(?:\s+(?:og|&|[A-ZÆØÅ][\wæøå-]*)){0,4}")


def _is_unit(text: str) -> bool:
    """Is text a unit's name, not a person's nor a title's (no known first name, no word
    that ends as a title does)?"""
    words = text.split()
    return (
        _UNIT_RE.fullmatch(text) is not None
        and words[-1] not in ("og", "&")
        and not any(
            is_first_name(w) or w in BODY_CODES or w.lower().endswith(TITLE_ENDINGS) for w in words
        )
    )


def _is_title(text: str) -> bool:
    """Is text a job title alone ('kommunaldirektør', 'konstitueret socialchef', 'Direktør
    for Job og Velfærd')? As the people pattern reads a title before a name."""
    if CHAIR_RE.match(text) or "," in text:
        # '(formand)' is the list's remark, as the schema has it; '(V, formand)' remarks
        return False
    words = text.lower().split()
    if not words or not (
        words[-1].endswith(TITLE_ENDINGS) or (len(words) > 2 and names_unit(f" {text} "))
    ):
        return False  # 'syg', 'ferie': a remark
    title, _ = split_title_name(f"{text} Anne Hansen")
    return title is not None and title.lower() == text.lower() and _title_like(title)
