"""The whole journey in a browser with JavaScript off: a secretary prepares and publishes the
agenda, a member reads the closed item, the minutes are approved and published, and the
public sees them without the closed content. Every screen on the way passes axe-core."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User

from dagsorden.accounts.users import create_user
from dagsorden.meetings import models as m
from dagsorden.meetings.standard_texts import INITIAL

from . import factories as f
from .browser_support import axe_violations, shot
from .test_access import pdf_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Sekretariat-2026-sikker"
SECRET = "HEMMELIGORD"


@pytest.fixture
def people(db) -> dict[str, User]:  # type: ignore[no-untyped-def]
    # Browser tests empty the database between tests, migration data included.
    for key, title, section, text in INITIAL:
        m.StandardText.objects.get_or_create(
            key=key, version=1, defaults={"title": title, "section": section, "text": text}
        )
    f.body()
    return {
        "secretary": create_user("sekretaer", PASSWORD, role="secretary"),
        "member": create_user("direktoer", PASSWORD, role="member"),
    }


def context(browser, live_server, script: bool = False):  # type: ignore[no-untyped-def]
    """A browser without script (the pages must work so), unless asked for."""
    ctx = browser.new_context(
        java_script_enabled=script, locale="da-DK", viewport={"width": 1200, "height": 900}
    )
    page = ctx.new_page()
    page.base = live_server.url
    return ctx, page


def sign_in(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    page.get_by_role("link", name="Log ind").click()
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Log ind").click()


def check_axe(browser, url: str, storage) -> None:  # type: ignore[no-untyped-def]
    """axe-core needs script, so it runs in a second context with the same cookies."""
    ctx = browser.new_context(storage_state=storage, bypass_csp=True, locale="da-DK")
    page = ctx.new_page()
    page.goto(url)
    assert axe_violations(page) == [], url
    ctx.close()


def test_prepare_publish_decide_and_publish(browser, live_server, people) -> None:  # type: ignore[no-untyped-def]
    ctx, page = context(browser, live_server)
    sign_in(page, "sekretaer")
    page.get_by_role("link", name="Sekretariat").click()
    check_axe(browser, page.url, ctx.storage_state())
    page.get_by_role("link", name="Nyt møde i Direktionen").click()
    page.get_by_label("Dato").fill("2026-12-02")
    page.get_by_label("Start").fill("09:00")
    page.get_by_role("button", name="Opret mødet").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Direktionen 02-12-2026"
    meeting_url = page.url

    # The template's item: add a point with a guest.
    page.get_by_role("link", name="Punkter til behandling").click()
    new = page.locator("#nyt-punkt")
    new.get_by_label("Titel").fill("Budgetopfølgning")
    new.get_by_label("Fremstilling").fill("Status på budget 2027.")
    new.get_by_label(re.compile(r"^Gæst:?$")).fill("Økonomichef Bettina Andersen")
    new.get_by_label("Gæst kl.").fill("10:00")
    new.get_by_role("button", name="Tilføj underpunkt").click()
    assert page.get_by_role("heading", name="1. Budgetopfølgning").is_visible()
    check_axe(browser, page.url, ctx.storage_state())
    shot(page, "secretariat-item")

    # A closed item with a closed attachment.
    page.goto(meeting_url)
    page.get_by_label("Overskrift").fill("Personalesag")
    page.get_by_label("Adgang").select_option("closed")
    page.get_by_role("button", name="Tilføj", exact=True).click()
    page.get_by_label("Sagsfremstilling").fill(f"Fortroligt: {SECRET}.")
    page.get_by_role("button", name="Gem punktet").click()
    upload = page.locator("form[enctype='multipart/form-data']")
    upload.get_by_label("Fil").set_input_files(
        {"name": "../../notat.txt", "mimeType": "text/plain", "buffer": f"{SECRET} notat".encode()}
    )
    upload.get_by_label("Titel").fill("Fortroligt notat")
    upload.get_by_role("button", name="Læg op").click()
    assert page.get_by_role("link", name="Fortroligt notat").is_visible()
    # and another file for it, from its place in the list
    page.get_by_label("Anden fil til bilag 1").set_input_files(
        {"name": "notat.txt", "mimeType": "text/plain", "buffer": f"{SECRET} rettet".encode()}
    )
    page.get_by_role("button", name="Læg fil op: Fortroligt notat").click()
    assert page.get_by_text("Filen er lagt op.").is_visible()
    check_axe(browser, page.url, ctx.storage_state())

    page.goto(meeting_url)
    check_axe(browser, page.url, ctx.storage_state())
    page.get_by_role("button", name="Offentliggør dagsordenen").click()
    assert "dagsorden offentliggjort" in page.get_by_role("heading", level=2).first.inner_text()
    shot(page, "secretariat-meeting")

    # The public sees the agenda: the open point, the closed item by its heading only.
    public_ctx, public = context(browser, live_server)
    public.goto(public.base + "/organer/direktionen/moeder/2026-12-02/")
    assert public.get_by_text("Budgetopfølgning").is_visible()
    assert public.get_by_text("Personalesag").is_visible() and SECRET not in public.content()

    # A member reads the closed item.
    member_ctx, member = context(browser, live_server)
    sign_in(member, "direktoer")
    member.goto(member.base + "/organer/direktionen/moeder/2026-12-02/")
    assert SECRET in member.content()
    check_axe(browser, member.base + "/opfoelgning/mine/", member_ctx.storage_state())

    # The meeting is held; the secretary records the decisions and approves the minutes.
    page.get_by_role("button", name="Mødet er afholdt").click()
    page.get_by_role("link", name="Punkter til behandling").click()
    page.locator("article").first.get_by_label("Standardformulering").select_option("Godkendt.")
    page.locator("article").first.get_by_role("button", name="Gem underpunktet").click()
    page.goto(meeting_url)
    page.get_by_role("link", name="Personalesag").click()
    page.get_by_label("Beslutning (for et punkt uden underpunkter)").fill(f"Drøftet {SECRET}.")
    page.get_by_role("button", name="Gem punktet").click()
    page.goto(meeting_url)
    page.get_by_role("button", name="Godkend referatet").click()
    assert page.get_by_text("er låst").first.is_visible()
    page.get_by_role("button", name="Offentliggør referatet").click()
    shot(page, "secretariat-published")

    # The public sees the minutes, without the closed content, also in the PDF.
    public.goto(public.base + "/organer/direktionen/moeder/2026-12-02/")
    assert public.get_by_text("Godkendt.").is_visible()
    assert SECRET not in public.content()
    link = public.get_by_role("link", name="Referat som PDF")
    response = public_ctx.request.get(public.base + link.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    body = response.body()
    text = pdf_text(body)
    assert "Godkendt." in text and "Personalesag" in text and SECRET not in text
    shot(public, "public-minutes")
    # The secretariat's other screens and the member's week pass axe too.
    for path in ("/sekretariat/aarshjul/", "/sekretariat/standardtekster/", "/opfoelgning/uge/"):
        check_axe(browser, page.base + path, ctx.storage_state())
    for c in (ctx, public_ctx, member_ctx):
        c.close()


def test_a_secretary_imports_minutes_in_the_browser(
    browser, live_server, people, seeds, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ctx, page = context(browser, live_server)
    sign_in(page, "sekretaer")
    page.goto(page.base + "/sekretariat/")
    page.get_by_role("link", name="Importér referater").click()
    broken = tmp_path / "ødelagt.pdf"
    broken.write_bytes(b"%PDF-1.7\nx\n")
    page.get_by_label("Referater eller dagsordener").set_input_files([seeds[2], broken])
    page.get_by_role("button", name="Importér").click()
    rows = page.locator("table.list tbody tr")
    assert rows.count() == 2
    assert (
        "importeret" in rows.nth(0).inner_text()
        and "Direktionen 30-11-2022" in rows.nth(0).inner_text()
    )
    assert "fejlet" in rows.nth(1).inner_text() and "afkortet" in rows.nth(1).inner_text()
    shot(page, "import")
    check_axe(browser, page.url, ctx.storage_state())
    # the page with the results, checked too: axe needs script, so the same upload again in
    # a second context (the same file now 'uændret', the broken one failed again)
    scripted = browser.new_context(storage_state=ctx.storage_state(), bypass_csp=True)
    again = scripted.new_page()
    again.goto(page.url)
    again.get_by_label("Referater eller dagsordener").set_input_files([seeds[2], broken])
    again.get_by_role("button", name="Importér").click()
    assert "uændret" in again.locator("table.list tbody tr").nth(0).inner_text()
    assert axe_violations(again) == []
    scripted.close()
    rows.nth(0).get_by_role("link").click()
    page.wait_for_load_state()  # is_visible() does not wait for the next page
    heading = page.get_by_role("heading", name=re.compile("Direktionen 30-11-2022|30. november"))
    heading.first.wait_for(state="visible", timeout=10_000)
    # The head the minutes show a dialogue meeting with, put on the årshjul in one step.
    page.goto(page.base + "/sekretariat/aarshjul/")
    page.get_by_role("button", name="Sæt 1 afdelingschef fra arkivet").click()
    assert "«Dialogmøder» har nu 1 afdelingschef fra arkivet." in page.content()
    assert page.get_by_role("link", name="Dialogmøder", exact=True).is_visible()
    check_axe(browser, page.url, ctx.storage_state())
    ctx.close()


def test_what_may_be_misread_is_shown_with_a_link_to_its_item(
    browser, live_server, people, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.core.test_doubts import NUMBERED

    ctx, page = context(browser, live_server)
    sign_in(page, "sekretaer")
    page.goto(page.base + "/sekretariat/importer/")
    minutes = tmp_path / "maj.txt"
    minutes.write_text(NUMBERED.format(third=3, decision="1. Drøftet.\n3. Godt."))
    page.get_by_label("Referater eller dagsordener").set_input_files([minutes])
    page.get_by_role("button", name="Importér").click()
    row = page.locator("table.list tbody tr").nth(0)
    assert "underpunkt 2 fik ingen del af beslutningen" in row.inner_text()
    row.get_by_role("link", name="Direktionen 10-05-2023").click()
    page.wait_for_load_state()
    panel = page.locator("#kontrol")
    assert "Kontrollér indlæsningen" in panel.inner_text()
    panel.get_by_role("link", name=re.compile("underpunkt 2 fik ingen del")).click()
    item = m.AgendaItem.objects.get()
    assert page.url.endswith(f"#sag-{item.pk}")
    assert page.locator(f"#sag-{item.pk}").get_by_role("heading").is_visible()
    check_axe(browser, page.url, ctx.storage_state())
    page.get_by_role("button", name="Markér som kontrolleret").click()
    assert page.locator("#kontrol").count() == 0
    ctx.close()


def _uploaded_as_a_job(browser, live_server, seeds, monkeypatch, script: bool = False):  # type: ignore[no-untyped-def]
    """The seeds uploaded as a job, which runs in a thread (a process of its own would not
    see the test's database; test_cli runs one for real) once the event returned is set."""
    import threading

    from dagsorden.importer import jobs

    monkeypatch.setattr(jobs, "INLINE_FILES", 1)
    monkeypatch.setattr(jobs, "POLL_SECONDS", 1)
    go = threading.Event()  # the job waits until its page has been looked at running

    def run(pk: str) -> None:
        if go.wait(30):  # not after a test that failed before: its database is gone
            jobs.run_job(pk)

    monkeypatch.setattr(
        jobs, "start", lambda job: threading.Thread(target=run, args=(job.pk,)).start()
    )
    ctx, page = context(browser, live_server, script)
    sign_in(page, "sekretaer")
    page.goto(page.base + "/sekretariat/importer/")
    page.get_by_label("Referater eller dagsordener").set_input_files(seeds)
    page.get_by_role("button", name="Importér").click()
    assert page.get_by_role("heading", name="Import i baggrunden").is_visible()
    assert "Importen er i gang." in page.inner_text("main")
    return ctx, page, go


def test_many_files_are_imported_in_the_background_and_their_page_says_how_far(
    browser, live_server, people, seeds, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """More files than the request takes go to a job; its page shows them as they are done,
    brought up to date by its link without script."""
    ctx, page, go = _uploaded_as_a_job(browser, live_server, seeds, monkeypatch)
    check_axe(browser, page.url, ctx.storage_state())
    go.set()
    for _ in range(100):
        if "Færdig." in page.inner_text("main"):
            break
        page.wait_for_timeout(100)
        page.get_by_role("link", name="Opdatér").click()
    text = page.inner_text("main")
    assert f"{len(seeds)} af {len(seeds)} filer færdige" in text
    assert page.locator("table.list tbody tr").count() == len(seeds)
    shot(page, "import-job")
    check_axe(browser, page.url, ctx.storage_state())
    page.get_by_role("link", name="Importér referater").last.click()
    assert page.get_by_role("heading", name="Dine seneste importjob").is_visible()
    ctx.close()


def test_with_script_a_jobs_page_brings_itself_up_to_date_in_place(
    browser, live_server, people, seeds, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ctx, page, go = _uploaded_as_a_job(browser, live_server, seeds, monkeypatch, script=True)
    # it says it updates itself, and may be told not to (WCAG 2.2.2)
    stop = page.get_by_role("button", name="Stop den automatiske opdatering")
    stop.wait_for(timeout=5_000)  # the script is deferred: it may run after the page loads
    assert "Siden opdateres hvert 1. sekund." in page.inner_text("main")
    shot(page, "import-job-running")
    check_axe(browser, page.url, ctx.storage_state())  # where script runs too
    loaded = page.evaluate("performance.timeOrigin")
    go.set()
    # not reloaded: the same document throughout, its parts replaced
    page.get_by_text("Færdig.").wait_for(timeout=15_000)
    assert page.evaluate("performance.timeOrigin") == loaded
    assert f"{len(seeds)} af {len(seeds)} filer færdige" in page.inner_text("main")
    assert page.locator("table.list tbody tr").count() == len(seeds)
    assert stop.count() == 0 and page.get_by_role("button", name="Stop importen").count() == 0
    ctx.close()


def test_told_to_stop_updating_a_jobs_page_stays_as_it_is(
    browser, live_server, people, seeds, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ctx, page, go = _uploaded_as_a_job(browser, live_server, seeds, monkeypatch, script=True)
    page.get_by_role("button", name="Stop den automatiske opdatering").click()
    page.get_by_role("link", name="Opdatér").wait_for(timeout=5_000)
    go.set()
    page.wait_for_timeout(2500)  # over two rounds of updating, had it gone on
    assert "Importen er i gang." in page.inner_text("main")
    page.get_by_role("link", name="Opdatér").click()
    page.get_by_text("Færdig.").wait_for(timeout=15_000)
    ctx.close()


def test_a_job_is_stopped_from_its_page(browser, live_server, people, seeds, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A job waiting for its process shows *Stop importen*; stopped, its page says when."""
    from dagsorden.importer import jobs

    monkeypatch.setattr(jobs, "INLINE_FILES", 1)
    monkeypatch.setattr(jobs, "start", lambda job: None)  # its process never comes
    ctx, page = context(browser, live_server)
    sign_in(page, "sekretaer")
    page.goto(page.base + "/sekretariat/importer/")
    page.get_by_label("Referater eller dagsordener").set_input_files(seeds)
    page.get_by_role("button", name="Importér").click()
    assert "Importen er i gang." in page.inner_text("main")
    check_axe(browser, page.url, ctx.storage_state())
    page.get_by_role("button", name="Stop importen").click()
    text = page.inner_text("main")
    assert "Importen blev stoppet" in text and f"0 af {len(seeds)} filer færdige" in text
    assert page.get_by_role("button", name="Stop importen").count() == 0
    shot(page, "import-job-stopped")
    ctx.close()


def test_a_correction_by_hand_is_shown_beside_the_documents_text(
    browser, live_server, people, seeds
) -> None:  # type: ignore[no-untyped-def]
    from dagsorden.importer.run import import_paths

    import_paths([seeds[2]], progress=False)
    item = m.AgendaItem.objects.get()
    ctx, page = context(browser, live_server)
    sign_in(page, "sekretaer")
    page.goto(page.base + f"/sekretariat/sager/{item.pk}/")
    page.get_by_role("textbox", name="Indstilling:").fill(
        "Kommunaldirektøren indstiller, at punkterne drøftes."
    )
    page.get_by_role("button", name="Gem punktet").click()
    page.wait_for_load_state()
    assert "Rettet i hånden; dokumentets tekst står under formularen." in page.content()
    summary = page.get_by_text("Dokumentets tekst i felterne rettet i hånden").first
    summary.click()  # a <details>: opens without script
    assert page.get_by_text("Kommunaldirektøren indstiller, at punkterne behandles.").is_visible()
    shot(page, "item-corrected")
    check_axe(browser, page.url, ctx.storage_state())
    page.get_by_role("button", name="Brug dokumentets tekst: Indstilling").click()
    page.wait_for_load_state()
    assert "Feltet har dokumentets tekst igen." in page.content()
    assert page.get_by_role("textbox", name="Indstilling:").input_value() == (
        "Kommunaldirektøren indstiller, at punkterne behandles."
    )
    ctx.close()
