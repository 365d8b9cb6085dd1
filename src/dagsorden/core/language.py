"""The language of what dagsorden says outside its web pages: the command line, and the
problem a ParseError names. Danish, or English with DAGSORDEN_LANGUAGE=en (the web site has
its own choice, the visitor's). The messages are written in Danish and translated in the web
site's catalog, locale/en/LC_MESSAGES/django.po, read here with the standard library's
gettext, so that one catalog serves both and the core needs no Django."""

from __future__ import annotations

import gettext as _gettext
from functools import cache
from pathlib import Path

from dagsorden.config import env

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def language() -> str:
    """'en' or 'da'; read each time, so that a test or a caller may change it."""
    return "en" if env("DAGSORDEN_LANGUAGE").strip().lower().startswith("en") else "da"


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
