from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"

# The tests read the command line's messages in Danish, whatever the developer's shell says
# (tests/test_language.py asks for English where it means to).
os.environ["DAGSORDEN_LANGUAGE"] = "da"


@pytest.fixture
def golden_dir() -> Path:
    return GOLDEN


@pytest.fixture
def seeds() -> list[Path]:
    return sorted(GOLDEN.glob("*.txt"))


@pytest.fixture
def libreoffice_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many files each LibreOffice run is given, run by run (core/libreoffice.py)."""
    from dagsorden.core import libreoffice

    runs: list[int] = []
    convert = libreoffice._convert

    def counted(files: list[Path], out: Path) -> str:
        runs.append(len(files))
        return convert(files, out)

    monkeypatch.setattr(libreoffice, "_convert", counted)
    return runs
