"""The command line speaks Danish, or English with DAGSORDEN_LANGUAGE=en; its messages and
the web site's share one catalog, which must translate every one of them."""

from __future__ import annotations

import argparse
import ast
import gettext
import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from dagsorden.core import ParseError, parse_bytes
from dagsorden.core.language import LOCALE_DIR, language, speaking

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "dagsorden"
PO = LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"
# argparse's own messages in Danish (the Danish of dagsorden's messages is their msgid)
ARGPARSE_PO = LOCALE_DIR / "da" / "LC_MESSAGES" / "argparse.po"


def _entries(po: Path = PO) -> list[tuple[str | None, str, str, bool]]:
    """Each entry of a catalog: (msgctxt, msgid, msgstr, fuzzy), the header left out; of a
    plural entry, its singular and the singular's translation ('' unless every form has
    one)."""
    out = []
    for entry in polib.pofile(str(po)):
        if entry.obsolete:
            continue
        translated = entry.msgstr
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            translated = forms.get(0, "") if all(forms.values()) and len(forms) > 1 else ""
        out.append((entry.msgctxt, entry.msgid, translated, entry.fuzzy))
    return out


def _marked_in_python() -> set[str]:
    """The literal messages passed to _() in the command line's code (of a counted one kept
    to be said later, ngettext_noop(), its singular)."""
    files = [
        SRC / "cli.py",
        SRC / "backup.py",
        SRC / "accounts" / "users.py",
        SRC / "importer" / "run.py",
        SRC / "importer" / "attachment_files.py",
        SRC / "importer" / "store.py",
        *sorted((SRC / "core").glob("*.py")),
    ]
    found = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "gettext", "ngettext_noop")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("po", [PO, ARGPARSE_PO], ids=["django.po", "argparse.po"])
def test_every_message_is_translated_and_none_is_fuzzy(po: Path) -> None:
    entries = _entries(po)
    assert len(entries) > (300 if po == PO else 15)
    assert [e[1] for e in entries if not e[2]] == []
    assert [e[1] for e in entries if e[3]] == []


@pytest.mark.parametrize("po", [PO, ARGPARSE_PO], ids=["django.po", "argparse.po"])
def test_the_compiled_catalog_is_the_catalog(po: Path) -> None:
    lang = po.parent.parent.name
    compiled = gettext.translation(po.stem, LOCALE_DIR, languages=[lang])
    stale = [
        msgid
        for context, msgid, msgstr, _ in _entries(po)
        if (compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)) != msgstr
    ]
    assert stale == [], f"run msgfmt -o {po.stem}.mo {po.name} in locale/{lang}/LC_MESSAGES"


def test_argparse_has_the_messages_of_its_catalog() -> None:
    # A Python whose argparse words a message otherwise would leave it in English.
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    missing = [msgid for _, msgid, _, _ in _entries(ARGPARSE_PO) if repr(msgid)[1:-1] not in source]
    assert missing == []


def test_every_message_of_the_command_line_is_in_the_catalog() -> None:
    marked = _marked_in_python()
    assert "filen er tom" in marked  # the scan finds them
    assert "»%(item)s«: underpunkt %(points)s fik ingen del af beslutningen" in marked
    assert sorted(marked - {msgid for _, msgid, _, _ in _entries()}) == []


def _run(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DAGSORDEN_LANGUAGE": language}
    return subprocess.run(
        [sys.executable, "-m", "dagsorden.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("language", "usage", "command", "error", "missing"),
    [
        (
            "da",
            "brug: dagsorden",
            "læs et referat",
            "filen er tom",
            "dagsorden parse: fejl: disse argumenter mangler: FIL",
        ),
        (
            "en",
            "usage: dagsorden",
            "read a minutes document",
            "the file is empty",
            "dagsorden parse: error: the following arguments are required: FILE",
        ),
    ],
)
def test_the_command_line_in_each_language(
    tmp_path: Path, language: str, usage: str, command: str, error: str, missing: str
) -> None:
    helped = _run("--help", language=language)
    assert helped.returncode == 0
    assert helped.stdout.startswith(usage) and command in helped.stdout
    wrong = _run("parse", language=language)
    assert wrong.returncode == 2 and wrong.stderr.strip().splitlines()[-1] == missing
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    failed = _run("parse", str(empty), language=language)
    assert failed.returncode != 0
    assert failed.stderr.strip() == f"dagsorden parse: {empty.name}: {error}"


def test_a_parse_error_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DAGSORDEN_LANGUAGE", "en")
    with pytest.raises(ParseError, match="^referat.txt: no agenda item found"):
        parse_bytes(b"Hej med dig\nDette er ikke et referat.", "referat.txt")
    monkeypatch.setenv("DAGSORDEN_LANGUAGE", "da")
    with pytest.raises(ParseError, match="^referat.txt: intet dagsordenspunkt fundet"):
        parse_bytes(b"Hej med dig\nDette er ikke et referat.", "referat.txt")


def test_speaking_chooses_the_language_within_and_no_further(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DAGSORDEN_LANGUAGE", "da")
    with speaking("en-gb"):  # as Django names a language
        assert language() == "en"
        with pytest.raises(ParseError, match="^tom.txt: the file is empty$"):
            parse_bytes(b"", "tom.txt")
        with speaking("da"):
            assert language() == "da"
        assert language() == "en"
    assert language() == "da"
    monkeypatch.setenv("DAGSORDEN_LANGUAGE", "en")
    with speaking("da"):  # over the setting
        assert language() == "da"
    assert language() == "en"
