from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def golden_dir() -> Path:
    return GOLDEN


@pytest.fixture
def seeds() -> list[Path]:
    return sorted(GOLDEN.glob("*.txt"))
