"""Danish text analysis for search, in pure Python: words, Snowball 'danish' stems (PyStemmer),
and highlighted snippets built from the original text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from dagsorden.core.text import stem

WORD_RE = re.compile(r"\w+", re.UNICODE)


def stems(text: str) -> list[str]:
    """The stems of every word, in order ('sundhedsklyngen' → 'sundhedsklyng')."""
    return [stem(w) for w in WORD_RE.findall(text)]


def stemmed_text(text: str) -> str:
    return " ".join(stems(text))


# PostgreSQL's 'danish' stop words (Snowball's list): left out of a query on both backends,
# as PostgreSQL leaves them out of what it indexes.
STOP_WORDS = frozenset(
    """og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har
    om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal
    selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle
    denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod
    disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan""".split()  # noqa: SIM905
)
# A query word this long also finds the compounds it begins: Danish writes them as one word
# ('erhvervsklima' → 'Erhvervsklimamåling', 'campus' → 'campusområdet'). Matched as the word
# typed, not its stem: 'borger' is stemmed 'borg', which begins 'borgmester' too.
PREFIX_FROM = 4


@dataclass(frozen=True)
class Term:
    """A query word: its stem, and the word itself where it also finds the compounds it
    begins (None for a short word)."""

    stem: str
    prefix: str | None = None

    def finds(self, word: str) -> bool:
        """Does this term find the text's word?"""
        lowered = word.lower()
        return stem(lowered) == self.stem or (
            self.prefix is not None and lowered.startswith(self.prefix)
        )


def query_terms(query: str) -> list[Term]:
    """The distinct terms of a query, in order; stop words left out."""
    out: list[Term] = []
    for word in WORD_RE.findall(query.lower()):
        if word in STOP_WORDS:
            continue
        term = Term(stem(word), word if len(word) >= PREFIX_FROM else None)
        if term not in out:
            out.append(term)
    return out


def snippet(text: str, wanted: list[Term], width: int = 30) -> str:
    """HTML: about width words of text around the densest run of query words, those words in
    <mark>. Everything else is escaped."""
    tokens = list(WORD_RE.finditer(text))
    if not tokens:
        return ""
    hits = [i for i, t in enumerate(tokens) if any(w.finds(t.group()) for w in wanted)]
    best = 0
    if hits:
        # The window start (at a hit) that holds the most hits, the first of equals: hits
        # are in order, so the window's end moves on with its start (a bilag's long text
        # may hold a common word a thousand times).
        most, end = 0, 0
        for k, h in enumerate(hits):
            while end < len(hits) and hits[end] < h + width:
                end += 1
            if end - k > most:
                most, best = end - k, h
        best = max(0, best - 5)
    end = min(len(tokens), best + width)
    start_char = tokens[best].start()
    end_char = tokens[end - 1].end()
    marked = set(hits)
    out: list[str] = []
    pos = start_char
    for i in range(best, end):
        t = tokens[i]
        out.append(html.escape(text[pos : t.start()]))
        word = html.escape(t.group())
        out.append(f"<mark>{word}</mark>" if i in marked else word)
        pos = t.end()
    out.append(html.escape(text[pos:end_char]))
    prefix = "… " if best > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return prefix + "".join(out).strip() + suffix
