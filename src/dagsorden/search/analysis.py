"""Danish text analysis for search, in pure Python: words, Snowball 'danish' stems (PyStemmer),
and highlighted snippets built from the original text."""

from __future__ import annotations

import html
import re

from dagsorden.core.text import stem

WORD_RE = re.compile(r"\w+", re.UNICODE)


def stems(text: str) -> list[str]:
    """The stems of every word, in order ('sundhedsklyngen' → 'sundhedsklyng')."""
    return [stem(w) for w in WORD_RE.findall(text)]


def stemmed_text(text: str) -> str:
    return " ".join(stems(text))


def query_stems(query: str) -> list[str]:
    """The distinct stems of a query, in order."""
    out: list[str] = []
    for s in stems(query):
        if s not in out:
            out.append(s)
    return out


def snippet(text: str, wanted: list[str], width: int = 30) -> str:
    """HTML: about width words of text around the densest run of query words, those words in
    <mark>. Everything else is escaped."""
    tokens = list(WORD_RE.finditer(text))
    if not tokens:
        return ""
    hits = [i for i, t in enumerate(tokens) if stem(t.group()) in wanted]
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
