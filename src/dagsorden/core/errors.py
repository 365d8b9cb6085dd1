"""The exception the parser raises for a document, and the one for its reader process."""

from __future__ import annotations

import sys


class ParseError(ValueError):
    """A document that cannot be read as minutes. The message names the file and the problem."""

    def __init__(self, problem: str, source: str | None = None) -> None:
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}" if source else problem)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Keep problem and source apart when the error crosses a process boundary.
        return (ParseError, (self.problem, self.source))


class ReaderUnavailable(RuntimeError):
    """A process that reads documents could not start. Not the document's fault, so not a
    ParseError: an import stops rather than blame every file."""

    @classmethod
    def starting(cls, what: str) -> ReaderUnavailable:
        """The error for a process that died starting, with the likely reason."""
        message = f"{what} could not start"
        main = sys.modules.get("__main__")
        script = getattr(main, "__file__", None)
        if script and getattr(main, "__spec__", None) is None:
            # multiprocessing runs a script again in each new process: without the guard the
            # script starts another process there, which Python refuses.
            message += (
                f"; {script} runs again in each new process, so its top level must be "
                "guarded by 'if __name__ == \"__main__\":'"
            )
        return cls(message)
