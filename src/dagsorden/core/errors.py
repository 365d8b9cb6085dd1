"""The one exception the parser raises."""

from __future__ import annotations


class ParseError(ValueError):
    """A document that cannot be read as minutes. The message names the file and the problem."""

    def __init__(self, problem: str, source: str | None = None) -> None:
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}" if source else problem)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Keep problem and source apart when the error crosses a process boundary.
        return (ParseError, (self.problem, self.source))
