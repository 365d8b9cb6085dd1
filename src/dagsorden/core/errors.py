"""The one exception the parser raises."""

from __future__ import annotations


class ParseError(ValueError):
    """A document that cannot be read as minutes. The message names the file and the problem."""

    def __init__(self, problem: str, source: str | None = None) -> None:
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}" if source else problem)

    def with_source(self, source: str) -> ParseError:
        return ParseError(self.problem, source)
