"""The dagsorden command, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_minutes.py"
GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(autouse=True)
def cli_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """On PostgreSQL each test's commands get a database of their own, dropped afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        monkeypatch.setenv("DATABASE_URL", "")
        yield
        return
    import psycopg

    server, name = url.rsplit("/", 1)[0], f"cli_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    monkeypatch.setenv("DATABASE_URL", f"{server}/{name}")
    yield
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def run(*args: str, data: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DAGSORDEN_DATA": str(data)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "dagsorden.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_parse_json(tmp_path: Path, seeds: list[Path]) -> None:
    out = run("parse", str(seeds[2]), "--format", "json", data=tmp_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["source"] == seeds[2].name and len(doc["items"][0]["points"]) == 5


def test_parse_says_what_may_be_misread_beside_the_json(tmp_path: Path) -> None:
    from ..core.test_doubts import NUMBERED

    path = tmp_path / "maj.txt"
    path.write_text(NUMBERED.format(third=3, decision="1. Drøftet.\n3. Godt."))
    out = run("parse", str(path), "--format", "json", data=tmp_path)
    assert out.returncode == 0
    doubt = "»Punkter til behandling«: underpunkt 2 fik ingen del af beslutningen"
    assert json.loads(out.stdout)["warnings"] == [doubt]
    assert out.stderr == f"advarsel: {path}: {doubt}\n"
    outline = run("parse", str(path), "--format", "text", data=tmp_path)
    assert outline.stdout.endswith(f"Advarsel: {doubt}\n") and outline.stderr == ""


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_parse_scores_one_with_the_shared_scorer(tmp_path: Path, seeds: list[Path]) -> None:
    for seed in seeds:
        pred = tmp_path / f"{seed.stem}.json"
        pred.write_text(run("parse", str(seed), data=tmp_path).stdout)
        score = subprocess.run(
            [sys.executable, str(SCORER), str(GOLD / f"{seed.stem}.json"), str(pred)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert score.stdout.strip().splitlines()[-1] == "overall 1.000", score.stdout


def test_parse_reads_standard_input(tmp_path: Path, seeds: list[Path]) -> None:
    out = run("parse", "-", data=tmp_path, stdin=seeds[2].read_text(encoding="utf-8"))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["source"] == "<stdin>" and len(doc["items"][0]["points"]) == 5
    bad = run("parse", "-", data=tmp_path, stdin="ikke et referat")
    assert bad.returncode == 2
    assert bad.stderr.startswith("dagsorden parse: <stdin>: intet dagsordenspunkt fundet")


def test_parse_text_outline(tmp_path: Path, seeds: list[Path]) -> None:
    out = run("parse", str(seeds[0]), "--format", "text", data=tmp_path)
    assert out.returncode == 0
    assert "Direktionen 20-01-2021" in out.stdout and "Bilag 6: Åben" in out.stdout


def test_parse_into_a_reader_that_went_away_says_nothing(tmp_path: Path, seeds: list[Path]) -> None:
    """'dagsorden parse … | head': the pipe's reader gone, no traceback, the shell's code."""
    read, write = os.pipe()
    os.close(read)  # gone before the first line is written
    env = {**os.environ, "DAGSORDEN_DATA": str(tmp_path)}
    with os.fdopen(write, "wb") as stdout:
        out = subprocess.run(
            [sys.executable, "-m", "dagsorden.cli", "parse", str(seeds[0]), "--format", "text"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    assert (out.returncode, out.stderr) == (141, "")


def test_parse_error_is_one_line_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "tom.pdf"
    bad.write_bytes(b"")
    out = run("parse", str(bad), data=tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip() == "dagsorden parse: tom.pdf: filen er tom"


def test_import_summary_and_exit_code(tmp_path: Path, seeds: list[Path]) -> None:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    for seed in seeds:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "brudt.txt").write_text("ikke et referat")
    dry = run("import", "--dry-run", str(folder), data=tmp_path / "data")
    assert dry.returncode == 1 and dry.stdout.splitlines() == [
        "3 importeret, 0 uændret, 0 opdateret, 1 fejlet",
        "(prøvekørsel: intet er gemt)",
    ]
    assert "brudt.txt: intet dagsordenspunkt fundet" in dry.stderr
    out = run("import", str(folder), data=tmp_path / "data")  # the dry run stored nothing
    assert out.returncode == 1
    assert out.stdout.strip() == "3 importeret, 0 uændret, 0 opdateret, 1 fejlet"
    assert "brudt.txt: intet dagsordenspunkt fundet" in out.stderr
    again = run("import", *map(str, seeds), data=tmp_path / "data")
    assert (
        again.returncode == 0
        and again.stdout.strip() == "0 importeret, 3 uændret, 0 opdateret, 0 fejlet"
    )
    # read again by the same parser: read alike, nothing to update
    reread = run("import", "--reread", str(folder), data=tmp_path / "data")
    assert reread.stdout.strip() == "0 importeret, 3 uændret, 0 opdateret, 1 fejlet"


def test_import_warns_of_two_versions_of_an_item(tmp_path: Path, seeds: list[Path]) -> None:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    seed = seeds[0].read_text(encoding="utf-8")
    (folder / "referat.txt").write_text(seed, encoding="utf-8")
    (folder / "rettet.txt").write_text(seed.replace("Drøftet.", "Godkendt."), encoding="utf-8")
    out = run("import", str(folder), data=tmp_path / "data")
    assert out.returncode == 0  # stored: a warning, not a failure
    assert out.stdout.strip() == "2 importeret, 0 uændret, 0 opdateret, 0 fejlet"
    assert out.stderr.startswith(
        "advarsel: mødet Direktionen 20-01-2021 har nu 2 udgaver af punktet »Punkter til "
        "behandling« med forskelligt indhold, fra "
    )


def test_demo_imports_the_shipped_archive(tmp_path: Path) -> None:
    out = run("demo", "--no-serve", data=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "3 importeret" in out.stdout
    # the årshjul is not empty: the dialogue meetings with the heads the archive shows
    assert "Årshjul: »Dialogmøder« i Direktionen med 2 afdelingschefer fra arkivet." in out.stdout
    again = run("demo", "--no-serve", data=tmp_path)  # the same topic, not a second one
    assert again.returncode == 0 and "med 2 afdelingschefer" in again.stdout
    count = "from dagsorden.meetings.models import RecurringTopic as T; print(T.objects.count())"
    assert run("manage", "shell", "-c", count, data=tmp_path).stdout.splitlines()[-1] == "1"


def test_createuser_backup_restore(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--no-serve", data=data).returncode == 0
    made = run(
        "createuser",
        "sekretaer",
        "--role",
        "secretary",
        "--password-stdin",
        data=data,
        stdin="Referat-2023-sikker\n",
    )
    assert made.returncode == 0, made.stderr
    weak = run("createuser", "svag", "--password-stdin", data=data, stdin="123\n")
    assert weak.returncode == 2 and "for kort" in weak.stderr
    approve = (
        "from datetime import date; from dagsorden.meetings import workflow as w;"
        "from dagsorden.meetings.models import Body, Point;"
        "m = w.create_meeting(Body.objects.get(code='DIR'), date(2026, 12, 2), None);"
        "Point.objects.create(item=m.items.get(), order=0, title='Budget', decision='Godkendt.');"
        "[w.advance(m, s, None) for s in ('agenda_published', 'held', 'minutes_approved')]"
    )
    assert run("manage", "shell", "-c", approve, data=data).returncode == 0
    backup = tmp_path / "kopi.tar.gz"
    assert run("backup", str(backup), data=data).returncode == 0
    fresh = tmp_path / "fresh"
    restored = run("restore", str(backup), data=fresh)
    assert restored.returncode == 0, restored.stderr
    check = run(
        "manage",
        "shell",
        "-c",
        "from dagsorden.meetings.models import Point; from django.contrib.auth.models import User;"
        "print(Point.objects.count(), User.objects.filter(username='sekretaer').exists())",
        data=fresh,
    )
    assert check.stdout.strip().splitlines()[-1].split() == ["12", "True"]
    # Restoring over a database with approved minutes empties it first, and the restored
    # minutes are locked again.
    assert run("restore", str(backup), data=fresh).returncode == 0
    tamper = run(
        "manage",
        "shell",
        "-c",
        "from dagsorden.meetings.models import Point;"
        "Point.objects.filter(title='Budget').update(decision='x')",
        data=fresh,
    )
    assert tamper.returncode != 0 and "append-only" in tamper.stderr
    broken = tmp_path / "ikke.tar.gz"
    broken.write_text("nej")
    out = run("restore", str(broken), data=fresh)
    assert out.returncode == 2 and "ikke en sikkerhedskopi fra dagsorden" in out.stderr


def test_parse_says_when_the_reader_cannot_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], seeds: list[Path]
) -> None:
    import argparse

    import dagsorden.core
    from dagsorden import cli
    from dagsorden.core.errors import ReaderUnavailable

    def no_reader(path: object, ocr: bool = False) -> None:
        raise ReaderUnavailable.starting("PDF-læseren")

    monkeypatch.setattr(dagsorden.core, "parse_file", no_reader)
    parsed = argparse.Namespace(file=str(seeds[0]), format="json", ocr=False)
    assert cli.cmd_parse(parsed) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dagsorden parse: PDF-læseren kunne ikke starte")


def test_an_import_job_runs_in_a_process_of_its_own(tmp_path: Path, seeds: list[Path]) -> None:
    """The web's job started as the server starts it (`python -m dagsorden import-job`), in a
    process that outlives the one that started it, and done when that has long returned."""
    script = f"""
import time
from dagsorden.cli import _migrate
_migrate()
from pathlib import Path
from dagsorden.importer import jobs
from dagsorden.importer.models import ImportJob
from dagsorden.meetings.models import Meeting
seeds = [Path(p) for p in {[str(s) for s in seeds]!r}]
job = jobs.create_job([(p.read_bytes(), p.name) for p in seeds], None)
jobs.start(job)
for _ in range(600):
    job.refresh_from_db()
    if job.state not in ("queued", "running"):
        break
    time.sleep(0.1)
print(job.state, job.error, Meeting.objects.count(), [r["status"] for r in job.results])
"""
    env = {**os.environ, "DAGSORDEN_DATA": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0] == f"done  {len(seeds)} {['imported'] * len(seeds)}"


def test_parse_reads_a_scan_with_ocr_and_says_so_without(tmp_path: Path, seeds: list[Path]) -> None:
    from dagsorden.core import ocr
    from tests.pdfmaker import scanned, text_to_pdf
    from tests.required import require

    require(f"Tesseract with Danish ({ocr.INSTALL})", ocr.tesseract() is not None)
    scan = tmp_path / "skannet.pdf"
    scan.write_bytes(scanned(text_to_pdf(seeds[1].read_text())))
    failed = run("parse", str(scan), data=tmp_path)
    assert failed.returncode == 2
    assert (
        "skannet.pdf: PDF-filen har ingen tekst at læse (et indscannet dokument?)" in failed.stderr
    )
    assert failed.stderr.endswith("(et indscannet dokument?) (læs den med --ocr)\n")
    assert failed.stderr.count("\n") == 1  # one line
    out = run("parse", str(scan), "--ocr", data=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["date"] == "2022-01-26"
    imported = run("import", str(scan), data=tmp_path)
    assert (
        imported.returncode == 1 and "tip: indscannede PDF-filer læses med --ocr" in imported.stderr
    )
    imported = run("import", "--ocr", str(scan), data=tmp_path)
    assert imported.returncode == 0 and "1 importeret" in imported.stdout, imported.stderr


def test_import_says_how_to_open_items_no_line_marks(tmp_path: Path) -> None:
    """Another system's published minutes: the import says how many items are closed for
    want of a stated access, and --open-unmarked opens them (tests/web/test_unstated_access)."""
    from ..core.test_other_systems import CLOSED_ONLY_MARKED, ECONOMY

    minutes = tmp_path / "okonomiudvalget-2020-03-12.txt"
    minutes.write_text(ECONOMY[: ECONOMY.rindex("3. Salg af grund")] + CLOSED_ONLY_MARKED)
    data = tmp_path / "data"
    out = run("import", str(minutes), data=data)
    assert out.returncode == 0, out.stderr
    assert "tip: 3 punkter er lukkede, fordi dokumenterne ikke angiver deres adgang" in out.stderr
    assert "--open-unmarked" in out.stderr
    opened = run("import", "--open-unmarked", str(minutes), data=data)
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.splitlines() == [
        "0 importeret, 1 uændret, 0 opdateret, 0 fejlet",
        "3 punkter uden angivet adgang er åbnet",
    ]
    assert "tip:" not in opened.stderr
