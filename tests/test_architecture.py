"""The layout the project promises: a core without Django, and every setting documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "dagsorden"


def test_core_imports_and_parses_with_django_absent() -> None:
    # Make 'import django' fail in a fresh interpreter, then use the core.
    code = (
        "import sys; sys.modules['django'] = None\n"
        "import dagsorden.core as core\n"
        f"m = core.parse_file({str(ROOT / 'tests/golden/002_6f7cb0de90a56b03.txt')!r})\n"
        "assert len(m.items[0].points) == 5\n"
        "assert not any(k == 'django' or k.startswith('django.') for k in sys.modules if sys.modules[k])\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_pure_packages_never_import_django() -> None:
    offenders = [
        p.name
        for package in ("core", "documents")
        for p in (SRC / package).glob("*.py")
        if re.search(r"^\s*(from|import)\s+django", p.read_text(), re.M)
    ]
    assert offenders == []


def test_every_setting_is_documented() -> None:
    from dagsorden.config import SETTINGS

    doc = (ROOT / "docs" / "settings.md").read_text()
    missing = [name for name in SETTINGS if f"`{name}`" not in doc]
    assert missing == [], f"undocumented settings: {missing}"


def test_settings_are_read_only_through_config() -> None:
    # os.environ read elsewhere would be a setting that escapes the documentation.
    from dagsorden.config import SETTINGS

    for path in SRC.rglob("*.py"):
        if path.name == "config.py":
            continue
        for name in re.findall(r"""os\.environ(?:\.get)?\(?\[?["']([A-Z_]+)""", path.read_text()):
            assert name in SETTINGS or name == "DJANGO_SETTINGS_MODULE", f"{path.name} reads {name}"
