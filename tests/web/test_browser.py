"""Browser tests: Playwright driving Debian's chromium against the live site.

Under CI=true a missing chromium fails the run; elsewhere these tests are skipped with the
reason, so a developer without a browser can still run the rest.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m

# Playwright's sync API runs an event loop in this thread; the test's own DB access is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(os.environ.get("DAGSORDEN_SCREENSHOTS", "/tmp/dagsorden-screenshots"))

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is required in CI (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server, seeds):  # type: ignore[no-untyped-def]
    import_paths(seeds, progress=False)
    context = browser.new_context(locale="da-DK", viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.base = live_server.url
    yield pg
    context.close()


def test_open_a_meeting_from_the_front_page(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    assert page.locator("html").get_attribute("lang") == "da"
    page.get_by_role("link", name="Direktionen").first.click()
    page.get_by_role("link", name="onsdag 30. november 2022").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Direktionen 30-11-2022"
    assert page.get_by_role("heading", name="Plan- og udviklingsstrategi.").is_visible()
    assert "Kommunaldirektørens sekretariat følger op" in page.content()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "meeting.png"), full_page=True)


def test_keyboard_reaches_the_skip_link(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Spring til indhold"


def test_closed_item_shows_heading_only(page) -> None:  # type: ignore[no-untyped-def]
    item = m.AgendaItem.objects.get(meeting__date="2022-01-26")
    item.access = "closed"
    item.save()
    page.goto(page.base + "/organer/direktionen/moeder/2022-01-26/")
    assert page.get_by_text("Lukket sag").is_visible()
    assert "Bettina Andersen" not in page.content()
