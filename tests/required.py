"""Tools some tests need beyond Python packages (a browser, LibreOffice).

Under CI=true a missing one fails the run; elsewhere its tests are skipped with the reason, so
a developer without it can still run the rest.
"""

from __future__ import annotations

import os

import pytest


def require(what: str, ok: bool) -> None:
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required in CI")
    pytest.skip(f"{what} is not installed")
