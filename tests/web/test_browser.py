"""Browser tests: Playwright driving Debian's chromium against the live site, with axe-core
(from the npm registry, installed by scripts/test) checking every page for WCAG 2.1 AA.

Under CI=true a missing chromium or axe-core fails the run; elsewhere these tests are skipped
with the reason, so a developer without a browser can still run the rest.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile

from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m

from .browser_support import axe_violations, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server, seeds):  # type: ignore[no-untyped-def]
    import_paths(seeds, progress=False)
    item = m.AgendaItem.objects.get(meeting__date="2021-01-20")
    attachment = item.attachments.get(number=1)
    attachment.file.save("x", ContentFile(b"%PDF-1.4 aarshjul"), save=True)
    closed = m.AgendaItem.objects.get(meeting__date="2022-01-26")
    closed.access = "closed"
    closed.save()
    body = m.Body.objects.get(code="DIR")
    m.RecurringTopic.objects.create(
        body=body, title="Budgetopfølgning", rule="quarterly", month=2, public=True
    )
    m.RecurringTopic.objects.create(
        body=body,
        title="Dialogmøde",
        rule="per_head",
        month=1,
        heads="Økonomichef Bettina Andersen\nHR-chef",
        public=True,
    )
    m.RecurringTopic.objects.create(
        body=body,
        title="Ligestillingsredegørelse",
        rule="every_n_years",
        month=6,
        interval=3,
        first_year=2020,
        public=True,
    )
    return live_server.url


@pytest.fixture
def page(browser, site):  # type: ignore[no-untyped-def]
    # bypass_csp lets the test inject axe-core; the site's own CSP stays as it is.
    context = browser.new_context(
        locale="da-DK", viewport={"width": 1200, "height": 900}, bypass_csp=True
    )
    pg = context.new_page()
    pg.base = site
    yield pg
    context.close()


PAGES = [
    "/",
    "/organer/direktionen/",
    "/organer/direktionen/moeder/2022-11-30/",
    "/organer/direktionen/moeder/2022-11-30/sager/1/",
    "/soeg/?q=dialogm%C3%B8de",
    "/soeg/?q=kim+jensen",  # the people a query names, above the results
    "/personer/jeppe-thvilum/",
    "/personer/kim-t-jensen/",  # a dialogue meeting with him
    "/organer/direktionen/moeder/2021-01-20/",  # a guest in a point
    "/verdensmaal/",
    "/verdensmaal/8/",
    "/verdensmaal/rapport/direktionen/2022/",
    "/aarshjul/?aar=2026",
    "/aarshjul/?aar=2022",  # a head's dialogue meeting held
    "/opfoelgning/?status=all",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_pass_axe(page, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + path)
    assert page.locator("html").get_attribute("lang") == "da"
    assert axe_violations(page) == []


def test_search_and_open_a_decision(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    page.get_by_label("Søg i beslutninger og referater").fill("ledelsesevalueringen")
    page.get_by_role("button", name="Søg", exact=True).click()
    assert "resultat" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Ledelsesevaluering.").first.click()
    assert page.url.endswith("/organer/direktionen/moeder/2022-11-30/sager/1/#punkt-4")
    assert page.get_by_role("heading", name="Sagens forløb").is_visible()
    shot(page, "item")


def test_open_a_meeting_and_download_an_attachment(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    page.get_by_role("link", name="Direktionen", exact=True).click()
    page.get_by_role("link", name="2021", exact=True).click()
    page.get_by_role("link", name="onsdag 20. januar 2021").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Direktionen 20-01-2021"
    with (
        page.expect_popup() if False else page.expect_response(lambda r: "/bilag/" in r.url) as info
    ):
        page.get_by_role("link", name="Årshjul 2021").click()
    response = info.value
    assert response.status == 200 and response.headers["x-content-type-options"] == "nosniff"
    shot(page, "meeting")


def test_switch_language_without_javascript(browser, site) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, locale="da-DK")
    page = context.new_page()
    page.goto(site + "/organer/direktionen/")
    page.get_by_role("button", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Meetings in your calendar (iCal)").is_visible()
    assert page.url.endswith("/organer/direktionen/")
    context.close()


def test_keyboard_reaches_the_skip_link(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Spring til indhold"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "indhold"


def test_closed_item_for_the_public_and_for_a_member(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/organer/direktionen/moeder/2022-01-26/")
    assert page.get_by_text("Lukket sag").is_visible()
    assert "Bettina Andersen" not in page.content()
    user = User.objects.create_user("direktoer", password="Direktion-2023-sikker")
    user.groups.add(Group.objects.get_or_create(name="members")[0])
    user.is_staff = True
    user.save()
    page.goto(page.base + "/admin/login/?next=/organer/direktionen/moeder/2022-01-26/")
    page.get_by_label("Brugernavn").fill("direktoer")
    page.get_by_label("Adgangskode").fill("Direktion-2023-sikker")
    page.get_by_role("button", name="Log ind").click()
    assert "Bettina Andersen" in page.content()
    assert axe_violations(page) == []


def test_the_year_at_a_glance(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    page.get_by_role("link", name="Årshjul").click()
    wheel = page.get_by_role("img", name="Årshjul 2026")
    assert wheel.is_visible()
    assert page.get_by_role("cell", name="Dialogmøde: Økonomichef Bettina Andersen").is_visible()
    shot(page, "aarshjul")
    page.get_by_role("link", name="Opfølgning", exact=True).click()
    page.get_by_label("Status").select_option("all")
    page.get_by_role("button", name="Vis").click()
    assert "opfølgning" in page.get_by_role("status").inner_text()
    shot(page, "opfoelgning")
