"""The exception the parser raises for a document, and the one for its reader process."""

from __future__ import annotations

import sys

from .language import gettext as _

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


class ParseError(ValueError):
    """A document that cannot be read as minutes. The message names the file and the problem,
    in the command line's language (core/language.py)."""

    def __init__(self, problem: str, source: str | None = None) -> None:
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}" if source else problem)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Keep problem and source apart when the error crosses a process boundary.
        return (ParseError, (self.problem, self.source))

    @classmethod
    def too_large(cls, size: int, source: str | None) -> ParseError:
        """The error for a file over MAX_DOCUMENT_BYTES."""
        return cls(
            _("filen fylder %(size).1f MiB, over grænsen på %(limit)d MiB")
            % {"size": size / 2**20, "limit": MAX_DOCUMENT_BYTES // 2**20},
            source,
        )


class NotMinutes(ParseError):
    """A document that was read, but is no minutes: no item, no body or date, no text (a
    scan). An archive's bilag fail so; a file that cannot be read at all does not. text is
    what was read, so that a bilag's text for the search need not be read again."""

    def __init__(self, problem: str, source: str | None = None, text: str = "") -> None:
        super().__init__(problem, source)
        self.text = text

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (NotMinutes, (self.problem, self.source, self.text))


class ReaderUnavailable(RuntimeError):
    """A process that reads documents could not start. Not the document's fault, so not a
    ParseError: an import stops rather than blame every file."""

    @classmethod
    def starting(cls, what: str) -> ReaderUnavailable:
        """The error for a process that died starting, with the likely reason."""
        message = _("%(what)s kunne ikke starte") % {"what": what}
        main = sys.modules.get("__main__")
        script = getattr(main, "__file__", None)
        if script and getattr(main, "__spec__", None) is None:
            # multiprocessing runs a script again in each new process: without the guard the
            # script starts another process there, which Python refuses.
            message += _(
                "; %(script)s køres igen i hver ny proces, så dens øverste niveau skal "
                "beskyttes af 'if __name__ == \"__main__\":'"
            ) % {"script": script}
        return cls(message)
