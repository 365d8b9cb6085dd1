"""Shared by the browser tests: Debian's chromium through Playwright, axe-core for WCAG 2.1 AA.

Under CI=true a missing chromium or axe-core fails the run; elsewhere these tests are skipped
with the reason, so a developer without a browser can still run the rest.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..required import require

# Playwright's sync API runs an event loop in this thread; the test's own DB access is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = Path(__file__).parent.parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
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


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require("chromium (apt-get install chromium)", bool(CHROMIUM))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def axe_violations(page) -> list[str]:  # type: ignore[no-untyped-def]
    require("axe-core (cd tests/axe && npm ci)", AXE.exists())
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in result["violations"]]


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
