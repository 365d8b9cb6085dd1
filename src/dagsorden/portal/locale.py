"""Danish first: the language is Danish unless the visitor chose English (the language
cookie set by the switch on every page). The browser's Accept-Language is not followed: a
Danish public-sector site speaks Danish to a visitor whose browser happens to be in English."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from dagsorden.core.language import speaking


class DanishFirstLocaleMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.languages = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        with speaking(language):  # the reasons the core gives (an upload's) in it too
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
