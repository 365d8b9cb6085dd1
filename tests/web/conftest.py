from collections.abc import Iterator

import pytest
from django.conf import settings
from django.utils import translation

from .browser_support import browser  # noqa: F401 (a fixture shared by the browser tests)


@pytest.fixture(autouse=True)
def _site_language() -> Iterator[None]:
    """Each test starts in the site's language: a request in English (a visitor's choice)
    leaves English active in the thread, and the code a next test calls outside a request
    (the workflow's messages) would speak it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
