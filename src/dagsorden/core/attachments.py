"""The 'Bilag:' list.

Each entry is '<n> - ' (or '<n>.'), a document id on its own line (missing for some closed
ones), then 'Åben|Lukket <title> (<journal>) (H)'. The title may wrap over lines and may itself
hold parentheses ('udgave (002).pdf'), so the journal number and the main-document flag are
read from the end. '()' means no journal number; '(H)' marks the main document (hoveddokument).
Entries are counted in sequence, so a title line that starts with a number is not an entry.
"""

from __future__ import annotations

import re

from .lines import Line
from .records import Attachment
from .text import fold

# '1 - ', or '1.', '1)', '1:' when a document id or the access word follows (or nothing): a
# title wrapped before '2. udgave' is no entry.
_ENTRY_RE = re.compile(
    r"^\s*(?P<n>\d{1,3})\s*(?:-|[.):](?=\s*$|\s+(?:\d{3,}\s|Åben\b|Lukket\b)))(?:\s+(?P<rest>.*))?$"
)
_HEAD_RE = re.compile(
    r"^(?:(?P<doc>\d{3,})\s+)?(?:(?P<access>Åbent?|Lukket)\b\s*)?(?P<rest>.*)$", re.DOTALL
)
# After a complete entry, the next may have lost its dash: '2' / '2 3011527 Åben …'.
_LOOSE_ENTRY_RE = re.compile(
    r"^\s*(?P<n>\d{1,3})(?:\s*$|\s+(?=\d{3,}\s|Åben\b|Lukket\b)(?P<rest>.*)$)"
)
# The first entry as a table's row gives it, the cells joined: '1 3011525 Åben Årshjul …'.
_TABLE_ROW_RE = re.compile(r"^\s*\d{1,3}\s+(?:\d{3,}\s+)?(?:Åbent?|Lukket)\b")
# The first entry with its dash lost: a number alone, then an id or the access word.
_BARE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")
_ENTRY_HEAD_RE = re.compile(r"^\s*(?:\d{3,}\s*$|(?:Åbent?|Lukket)\b)")
_COMPLETE_RE = re.compile(r"\([\d/ -]*\)\s*\((?:H)?\)\s*$")  # '(8725/21) (H)', '() ()'
# The flag is a letter or nothing: '(udkast) (8727/21)' is a title's words, then the journal.
_TAIL_RE = re.compile(r"\s*\((?P<journal>[^()]*)\)\s*(?:\((?P<flag>\s*[A-Za-z]?\s*)\))?\s*$")


def parse_attachments(lines: list[Line]) -> list[Attachment]:
    entries: list[tuple[int, list[str]]] = []
    complete = False  # the last entry ended in its journal number and flag: '(8725/21) (H)'
    texts = [line.text for line in lines if not line.blank]
    if _NEXT_ON_LINE_RE.search("\n".join(texts)):  # (one search, not one a line)
        texts = [piece for text in texts for piece in _entries_apart(text)]
    for i, text in enumerate(texts):
        m = _ENTRY_RE.match(text) or (
            _LOOSE_ENTRY_RE.match(text)
            if complete
            or (
                not entries
                and (
                    _TABLE_ROW_RE.match(text)
                    or (_BARE_NUMBER_RE.match(text) and _opens_entry(texts, i))
                )
            )
            else None
        )
        if m and int(m["n"]) == (entries[-1][0] + 1 if entries else int(m["n"])):
            entries.append((int(m["n"]), [m["rest"] or ""]))
        elif entries and not complete:
            entries[-1][1].append(text)
        else:
            continue  # text after the list ('Mødet hævet kl. 11.30.') is no attachment's
        complete = bool(_COMPLETE_RE.search(text))
    if not entries:
        entries = _unnumbered(texts)
    return [_attachment(n, fold(" ".join(parts))) for n, parts in entries]


# Other systems list attachments a title a line, after a bullet, 'Bilag 2:' or '2.', or with
# a journal number or a file's name at the end; a document id may stand alone above its title.
_UNNUMBERED_RE = re.compile(
    r"^\s*(?:[-•\uf0b7*]\s*|Bilag\s+(?P<n>\d{1,3})\s*[:.-]\s*|(?P<listed>\d{1,2})[.)]\s+(?=[A-ZÆØÅ]))?"
)
_TITLE_END_RE = re.compile(r"(?:\([^()]*\)|\.(?:pdf|docx?|xlsx?|pptx?|msg|jpe?g|png))\s*$", re.I)
_DOCUMENT_ID_RE = re.compile(r"^\s*\d{3,}\s*$")


def _unnumbered(texts: list[str]) -> list[tuple[int, list[str]]]:
    """The entries of a list without this format's numbers, one a line (a title that goes on
    in lower case wrapped). Lines that do not look like a document's are no entries: text
    after the list, or a lost heading's whose text ran under 'Bilag' (a bullet before a
    sentence is a point's)."""
    found: list[tuple[int | None, list[str], str]] = []  # number, lines, what marks it
    held: list[str] = []  # a document id above its title
    for text in texts:
        if _DOCUMENT_ID_RE.match(text):
            held = [text.strip()]
            continue
        m = _UNNUMBERED_RE.match(text)
        assert m is not None  # the pattern matches any text
        rest = text[m.end() :]
        if found and not held and not m.group() and rest[:1].islower():
            found[-1][1].append(rest)
        elif rest.strip():
            access = _HEAD_RE.match(rest)["access"]  # type: ignore[index]
            mark = "number" if m["n"] or held or access else "bullet" if m.group() else ""
            # ('2. Notat.pdf': the list's number, an entry as a bullet's is)
            number = m["n"] or m["listed"]
            found.append((int(number) if number else None, [*held, rest], mark))
        held = []
    entries: list[tuple[int, list[str]]] = []
    for number, parts, mark in found:
        if (
            mark == "number"
            or (mark == "bullet" and not parts[-1].rstrip().endswith("."))
            or _TITLE_END_RE.search(parts[-1])
        ):
            entries.append((number or (entries[-1][0] + 1 if entries else 1), parts))
    return entries


# A complete entry and the next on one line, as some extractors join them:
# '… (8725/21) (H) 2 - 3011526 Åben …'.
_NEXT_ON_LINE_RE = re.compile(r"\([\d/ -]*\)[ \t]*\((?:H)?\)[ \t]+(?=\d{1,3}[ \t]+-\s)")


def _entries_apart(text: str) -> list[str]:
    """The line split after each complete entry that another follows on the same line."""
    pieces, start = [], 0
    for m in _NEXT_ON_LINE_RE.finditer(text):
        pieces.append(text[start : m.end()].rstrip())
        start = m.end()
    pieces.append(text[start:])
    return pieces


def _opens_entry(texts: list[str], i: int) -> bool:
    """Is the line after a bare number a document id or an access word ('1' / '3011525')?"""
    return i + 1 < len(texts) and bool(_ENTRY_HEAD_RE.match(texts[i + 1]))


# Access given last, in parentheses, as other systems' lists give it: 'Notat (Åben)'.
_ACCESS_LAST_RE = re.compile(r"\s*\((?P<access>Åben|Åbent|Lukket)\)\s*$", re.IGNORECASE)


def _attachment(number: int, text: str) -> Attachment:
    head = _HEAD_RE.match(text)
    assert head is not None  # the pattern matches any text
    rest = head["rest"]
    access = head["access"]
    if access is None and rest.endswith(")") and (last := _ACCESS_LAST_RE.search(rest)):
        access, rest = last["access"], rest[: last.start()]
    journal: str | None = None
    main = False
    tail = _TAIL_RE.search(rest)
    if tail:
        journal = tail["journal"].strip() or None
        flag = (tail["flag"] or "").strip()
        if tail["flag"] is None and journal == "H":
            journal, main = None, True  # only the flag was printed
        else:
            main = flag == "H"
        if journal and not any(c.isdigit() for c in journal) and journal != "H":
            # no journal number but the title's own words: 'Notat (udkast) (H)'
            journal = None
            rest = rest[: tail.start("journal") + len(tail["journal"]) + 1]
        else:
            rest = rest[: tail.start()]
    return Attachment(
        number=number,
        # Fail closed: an entry whose access word is missing is treated as closed.
        access="open" if access and access.lower().startswith("åben") else "closed",
        title=fold(rest),
        document_id=head["doc"],
        journal_number=journal,
        main_document=main,
    )
