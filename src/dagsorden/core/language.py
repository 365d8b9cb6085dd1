"""The language of what dagsorden says outside its web pages: the command line, and the
problem a ParseError names. Danish, or English with DAGSORDEN_LANGUAGE=en (the web site has
its own choice, the visitor's). The messages are written in Danish and translated in the web
site's catalog, locale/en/LC_MESSAGES/django.po, read here with the standard library's
gettext, so that one catalog serves both and the core needs no Django. Within a web request
the core speaks the visitor's language (speaking(), set by the site's locale middleware):
the reason a file uploaded failed is said as the page around it is."""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from dagsorden.config import env

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


# The language chosen for what runs within speaking(); None: DAGSORDEN_LANGUAGE's.
_spoken: ContextVar[str | None] = ContextVar("dagsorden_language", default=None)


def language() -> str:
    """'en' or 'da'; read each time, so that a test or a caller may change it."""
    return _spoken.get() or _code(env("DAGSORDEN_LANGUAGE"))


def _code(name: str) -> str:
    return "en" if name.strip().lower().startswith("en") else "da"


@contextmanager
def speaking(name: str) -> Iterator[None]:
    """What the core says within, said in this language ('en', 'en-gb', 'da'): a request's
    in its visitor's, an import job's in that of whoever started it."""
    token = _spoken.set(_code(name))
    try:
        yield
    finally:
        _spoken.reset(token)


def gettext_noop(message: str) -> str:
    """message as it is: marked for the catalog, to be translated when it is said."""
    return message


def ngettext_noop(singular: str, plural: str) -> tuple[str, str]:
    """The two as they are, marked for the catalog as one message counted (makemessages is
    told of this name: meetings/management/commands/makemessages.py)."""
    return singular, plural


@cache
def _catalog(lang: str) -> _gettext.NullTranslations:
    # Danish has no catalog: the messages are Danish already.
    return _gettext.translation("django", LOCALE_DIR, languages=[lang], fallback=True)


def gettext(message: str) -> str:
    """message in the chosen language."""
    return _catalog(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """singular or plural, as n asks, in the chosen language."""
    return _catalog(language()).ngettext(singular, plural, n)
