"""The two search backends behind one interface: SQLite FTS5 and PostgreSQL 'danish'."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, connection, transaction

from dagsorden.core.text import stem

from .analysis import Phrase, Term, analysed, compound_words, parse_query, websearch_text

PAGE_SIZE = 20
# The most compounds a query word is looked for in as their later part: the shortest words
# first (a query word common as a later part, 'plan', has hundreds).
LATER_PARTS = 100


@dataclass(frozen=True)
class Query:
    text: str
    body: str | None = None  # body code
    year_from: int | None = None
    year_to: int | None = None
    access: str | None = None  # 'open' / 'closed', members only
    order: str = "relevance"  # or 'date'
    page: int = 1
    size: int = PAGE_SIZE  # results a page


@dataclass
class Results:
    total: int
    ids: list[int] = field(default_factory=list)


class Backend:
    vendor = ""
    vocabulary = "search_compoundword"  # the table compounds are looked up in

    def create(self) -> None:
        """Create what the backend needs beside the entries table (run by the migration)."""

    def add(self, entries: Sequence[tuple[int, str, str]]) -> None:
        """Index new entries (already saved), given as (id, title, text)."""
        keep_compound_words(entries)  # (PostgreSQL's trigger does the rest)

    def search(self, query: Query, member: bool) -> Results:
        raise NotImplementedError

    def _later_parts(self, term: Term) -> list[str]:
        """The stems of the index's compounds this term is a later part of."""
        key = term.later_key
        if key is None:
            return []
        with connection.cursor() as cursor:
            # a trigram index answers it (see create_vocabulary); later_part_of does the rest
            cursor.execute(f"SELECT word FROM {self.vocabulary} WHERE word LIKE %s", [f"%{key}%"])  # noqa: S608
            found = {stem(w) for (w,) in cursor.fetchall() if term.later_part_of(w)}
        # those the stem or the word typed finds anyway
        found = {s for s in found if s != term.stem and not s.startswith(key)}
        return sorted(found, key=lambda s: (len(s), s))[:LATER_PARTS]

    def _filters(self, query: Query, member: bool) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        if not member:
            where.append("e.public")
        elif query.access in ("open", "closed"):
            where.append("e.item_id IN (SELECT id FROM meetings_agendaitem WHERE access = %s)")
            params.append(query.access)
        if query.body:
            where.append("e.body_id IN (SELECT id FROM meetings_body WHERE code = %s)")
            params.append(query.body)
        if query.year_from:
            where.append("e.date >= %s")
            params.append(f"{query.year_from:04d}-01-01")
        if query.year_to:
            where.append("e.date <= %s")
            params.append(f"{query.year_to:04d}-12-31")
        return where, params

    _JOINS = "JOIN search_searchentry e ON e.id = hits.id "

    def _run(self, hits_sql: str, hits_params: list[object], query: Query, member: bool) -> Results:
        where, params = self._filters(query, member)
        condition = ("WHERE " + " AND ".join(where)) if where else ""
        order = (
            "hits.score DESC, e.date DESC"
            if query.order != "date"
            else "e.date DESC, hits.score DESC"
        )
        offset = (max(query.page, 1) - 1) * query.size
        # One pass: the total comes from a window over the filtered hits, the page from LIMIT.
        # Only fixed SQL is pasted together here; every value goes in as a parameter.
        sql = (
            f"WITH hits AS ({hits_sql}) "  # noqa: S608
            f"SELECT e.id, COUNT(*) OVER () FROM hits {self._JOINS} {condition} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, hits_params + params + [query.size, offset])
            rows = cursor.fetchall()
            if rows or offset == 0:
                return Results(rows[0][1] if rows else 0, [row[0] for row in rows])
            # Past the last page: the window has no row to stand on, so count apart.
            cursor.execute(
                f"WITH hits AS ({hits_sql}) SELECT COUNT(*) FROM hits {self._JOINS} {condition}",  # noqa: S608
                hits_params + params,
            )
            return Results(cursor.fetchone()[0], [])


class SqliteBackend(Backend):
    vendor = "sqlite"
    vocabulary = "search_compound_fts"

    def create(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                "title, text, tokenize = 'unicode61 remove_diacritics 0')"
            )

    def add(self, entries: Sequence[tuple[int, str, str]]) -> None:
        words: set[str] = set()
        rows = [(i, analysed(title, words), analysed(text, words)) for i, title, text in entries]
        keep_words(words)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, text) VALUES (%s, %s, %s)", rows
            )

    def search(self, query: Query, member: bool) -> Results:
        parsed = parse_query(query.text)
        if not parsed:
            return Results(0)
        match = " AND ".join(
            [_fts5(t, self._later_parts(t)) for t in parsed.terms]
            + [f'"{" ".join(p.words)}"' for p in parsed.phrases]
        )
        for term in parsed.excluded:  # (FTS5's NOT takes what is before it)
            match = f"({match}) NOT {_fts5(term, self._later_parts(term))}"
        # bm25 is lower for better matches: negate it so that higher is better on both backends.
        hits = "SELECT rowid AS id, -bm25(search_fts, 10.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH %s"
        return self._run(hits, [match], query, member)


class PostgresBackend(Backend):
    """The 'danish' text search configuration over a stored, weighted tsvector column (title
    'A', text 'B'), kept by a trigger and indexed with GIN (migration 0003)."""

    vendor = "postgresql"

    def search(self, query: Query, member: bool) -> Results:
        parsed = parse_query(query.text)
        if not parsed:
            return Results(0)
        # Our terms (the stems are PyStemmer's, the same Snowball 'danish' the index was made
        # with: 'simple' takes them as they are), or what PostgreSQL's own parser makes of the
        # query: a journal number '8725/21' or a date '30-11-2022' is one token to it. What is
        # excluded is left out of both (its compounds too, which PostgreSQL's reading keeps).
        ours = " & ".join(
            [_tsquery(t, self._later_parts(t)) for t in parsed.terms]
            + [_tsphrase(p) for p in parsed.phrases]
        )
        params = [websearch_text(query.text), ours]
        query_sql = (
            "websearch_to_tsquery('danish'::regconfig, %s) || to_tsquery('simple'::regconfig, %s)"
        )
        if parsed.excluded:
            query_sql = f"({query_sql}) && to_tsquery('simple'::regconfig, %s)"
            params.append(
                " & ".join(f"!{_tsquery(t, self._later_parts(t))}" for t in parsed.excluded)
            )
        hits = (  # (only fixed SQL pasted together)
            "SELECT s.id, ts_rank_cd(s.vector, q) AS score FROM search_searchentry s, "  # noqa: S608
            f"(SELECT {query_sql}) AS t(q) WHERE s.vector @@ q"
        )
        return self._run(hits, params, query, member)


# A query's words are \w+ runs (analysis.WORD_RE): no quote or operator of either syntax.
def _fts5(term: Term, later: list[str]) -> str:
    exact = [f'"{term.stem}"', *(f'"{s}"' for s in later)]
    if term.prefix:
        exact.append(f'"{term.prefix}"*')
    return f"({' OR '.join(exact)})" if len(exact) > 1 else exact[0]


def _tsquery(term: Term, later: list[str]) -> str:
    exact = [f"'{term.stem}'", *(f"'{s}'" for s in later)]
    if term.prefix:
        exact.append(f"'{term.prefix}':*")
    return f"({' | '.join(exact)})" if len(exact) > 1 else exact[0]


def _tsphrase(phrase: Phrase) -> str:
    """'plan' <2> 'udvikling': the stop words between them count as places."""
    out = f"'{phrase.stems[0]}'"
    for stem_, gap in zip(phrase.stems[1:], phrase.gaps[1:], strict=True):
        out += f" <{gap + 1}> '{stem_}'"
    return f"({out})"


def keep_compound_words(entries: Iterable[tuple[int, str, str]]) -> None:
    """Add the entries' long words to the vocabulary later parts are looked up in."""
    words: set[str] = set()
    for _, title, text in entries:
        words |= compound_words(title)
        words |= compound_words(text)
    keep_words(words)


def keep_words(words: set[str]) -> None:
    if not words:
        return
    sqlite = connection.vendor == "sqlite"
    with connection.cursor() as cursor:
        if sqlite:
            cursor.execute("SELECT coalesce(max(rowid), 0) FROM search_compoundword")
            (before,) = cursor.fetchone()
        # in order: two imports adding the same words at once take their locks alike
        cursor.executemany(
            "INSERT INTO search_compoundword (word) VALUES (%s) ON CONFLICT DO NOTHING",
            [(w,) for w in sorted(words)],
        )
        if sqlite:  # the words new to it (SQLite numbers new rows on from the last)
            cursor.execute(
                "INSERT INTO search_compound_fts (word) "
                "SELECT word FROM search_compoundword WHERE rowid > %s",
                [before],
            )


def forget_words() -> None:
    """Empty the vocabulary (before the index is rebuilt)."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_compoundword")
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM search_compound_fts")


def create_vocabulary(conn: Any) -> None:
    """The vocabulary's trigram index, for LIKE '%skole%': FTS5's trigram tokenizer on
    SQLite (a table of its own beside it), pg_trgm on PostgreSQL where the database lets us
    create it (a trusted extension: the database's owner may); without it, the same query
    reads the whole table (about 20 ms for 280,000 words here, against 1 ms)."""
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS search_compound_fts USING fts5("
                "word, tokenize = 'trigram', detail = 'none')"
            )
            return
        try:
            with transaction.atomic(using=conn.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DatabaseError:
            return
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_compoundword_trgm "
            "ON search_compoundword USING gin (word gin_trgm_ops)"
        )


def backend() -> Backend:
    """The backend for the database in use."""
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
