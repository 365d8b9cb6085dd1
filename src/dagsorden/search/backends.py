"""The two search backends behind one interface: SQLite FTS5 and PostgreSQL 'danish'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connection

from .analysis import Term, query_terms, stemmed_text

PAGE_SIZE = 20


@dataclass(frozen=True)
class Query:
    text: str
    body: str | None = None  # body code
    year_from: int | None = None
    year_to: int | None = None
    access: str | None = None  # 'open' / 'closed', members only
    order: str = "relevance"  # or 'date'
    page: int = 1


@dataclass
class Results:
    total: int
    ids: list[int] = field(default_factory=list)


class Backend:
    vendor = ""

    def create(self) -> None:
        """Create what the backend needs beside the entries table (run by the migration)."""

    def add(self, entries: Sequence[tuple[int, str, str]]) -> None:
        """Index new entries (already saved), given as (id, title, text)."""

    def search(self, query: Query, member: bool) -> Results:
        raise NotImplementedError

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
        offset = (max(query.page, 1) - 1) * PAGE_SIZE
        # One pass: the total comes from a window over the filtered hits, the page from LIMIT.
        # Only fixed SQL is pasted together here; every value goes in as a parameter.
        sql = (
            f"WITH hits AS ({hits_sql}) "  # noqa: S608
            f"SELECT e.id, COUNT(*) OVER () FROM hits {self._JOINS} {condition} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, hits_params + params + [PAGE_SIZE, offset])
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

    def create(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                "title, text, tokenize = 'unicode61 remove_diacritics 0')"
            )

    def add(self, entries: Sequence[tuple[int, str, str]]) -> None:
        rows = [(id_, stemmed_text(title), stemmed_text(text)) for id_, title, text in entries]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, text) VALUES (%s, %s, %s)", rows
            )

    def search(self, query: Query, member: bool) -> Results:
        terms = query_terms(query.text)
        if not terms:
            return Results(0)
        match = " AND ".join(_fts5(t) for t in terms)
        # bm25 is lower for better matches: negate it so that higher is better on both backends.
        hits = "SELECT rowid AS id, -bm25(search_fts, 10.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH %s"
        return self._run(hits, [match], query, member)


class PostgresBackend(Backend):
    """The 'danish' text search configuration over a stored, weighted tsvector column (title
    'A', text 'B'), kept by a trigger and indexed with GIN (migration 0003)."""

    vendor = "postgresql"

    def search(self, query: Query, member: bool) -> Results:
        terms = query_terms(query.text)
        if not terms:
            return Results(0)
        # Our terms (the stems are PyStemmer's, the same Snowball 'danish' the index was made
        # with: 'simple' takes them as they are), or what PostgreSQL's own parser makes of the
        # query: a journal number '8725/21' or a date '30-11-2022' is one token to it.
        hits = (
            "SELECT s.id, ts_rank_cd(s.vector, q) AS score "
            "FROM search_searchentry s, (SELECT websearch_to_tsquery('danish'::regconfig, %s) "
            "|| to_tsquery('simple'::regconfig, %s)) AS t(q) "
            "WHERE s.vector @@ q"
        )
        ours = " & ".join(_tsquery(t) for t in terms)
        return self._run(hits, [query.text, ours], query, member)


# A query's words are \w+ runs (analysis.WORD_RE): no quote or operator of either syntax.
def _fts5(term: Term) -> str:
    exact = f'"{term.stem}"'
    return f'({exact} OR "{term.prefix}"*)' if term.prefix else exact


def _tsquery(term: Term) -> str:
    exact = f"'{term.stem}'"
    return f"({exact} | '{term.prefix}':*)" if term.prefix else exact


def backend() -> Backend:
    """The backend for the database in use."""
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
