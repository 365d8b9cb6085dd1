"""The dagsorden command. Thin: each subcommand parses its arguments and calls one function.

Every command that uses the database creates or migrates it first: there is no separate
migrate step. It speaks Danish, or English with DAGSORDEN_LANGUAGE=en (core/language.py).
"""

from __future__ import annotations

import argparse
import gettext
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dagsorden.core.files import shown

if TYPE_CHECKING:
    from dagsorden.core import Minutes
from dagsorden.core.language import LOCALE_DIR, language, ngettext
from dagsorden.core.language import gettext as _

INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl-C (128 + SIGINT)
BROKEN_PIPE = 141  # the shell's code for a command whose reader went away (128 + SIGPIPE)


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dagsorden.settings")
    import django
    from django.utils import translation

    django.setup()
    translation.activate(language())  # Django's messages (a password refused) in ours


def _migrate() -> None:
    _django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


STDIN = "<stdin>"


def parse_stdin(ocr: bool = False) -> Minutes:
    """The document on standard input, read as a file is (to the same size limit)."""
    from dagsorden.core import ParseError, parse_bytes
    from dagsorden.core.errors import MAX_DOCUMENT_BYTES

    data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ParseError.too_large(len(data), STDIN)
    return parse_bytes(data, STDIN, ocr)


def cmd_parse(args: argparse.Namespace) -> int:
    from dagsorden.core import ParseError, parse_file, to_dict, to_outline
    from dagsorden.core.errors import ReaderUnavailable

    stdin = args.file == "-"  # 'pdftotext referat.pdf - | dagsorden parse -'
    try:
        minutes = parse_stdin(args.ocr) if stdin else parse_file(args.file, args.ocr)
    except (ParseError, ReaderUnavailable) as exc:
        from dagsorden.core.extract import no_text_in_pdf

        scan = not args.ocr and getattr(exc, "problem", "") == no_text_in_pdf()
        hint = _(" (læs den med --ocr)") if scan else ""  # the error stays one line
        print(f"dagsorden parse: {exc}{hint}", file=sys.stderr)
        return 2
    if args.format == "json":
        doc = to_dict(minutes)
        doc["source"] = STDIN if stdin else shown(Path(args.file).name)
        print(json.dumps(doc, ensure_ascii=False, indent=1))
        # The outline ends with them; beside JSON they would go unread in a file.
        for warning in minutes.warnings:
            name = STDIN if stdin else args.file
            print(_("advarsel: %(warning)s") % {"warning": f"{name}: {warning}"}, file=sys.stderr)
    else:
        print(to_outline(minutes))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.importer.run import import_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(
            _("dagsorden import: %(path)s: ingen sådan fil eller mappe") % {"path": shown(p)},
            file=sys.stderr,
        )
    from dagsorden.core.errors import ReaderUnavailable

    try:
        summary = import_paths(
            [p for p in args.paths if Path(p).exists()],
            dry_run=args.dry_run,
            ocr=args.ocr,
            open_unmarked=args.open_unmarked,
            reread=args.reread,
        )
    except ReaderUnavailable as exc:
        print(f"dagsorden import: {exc}", file=sys.stderr)
        return 1
    _print_failures(summary.failed)
    _hint_ocr(args.ocr, [reason for _path, reason in summary.failed])
    for warning in summary.warnings:
        print(_("advarsel: %(warning)s") % {"warning": warning}, file=sys.stderr)
    print(summary.line())
    _say_unstated(summary.unstated, summary.opened)
    if args.dry_run:
        print(_("(prøvekørsel: intet er gemt)"))
    if summary.interrupted:
        print(
            _(
                "dagsorden import: afbrudt; importér igen for at fortsætte "
                "(det, der er importeret, springes over)"
            ),
            file=sys.stderr,
        )
        return INTERRUPTED
    return 0 if summary.ok and not missing else 1


def cmd_import_job(args: argparse.Namespace) -> int:
    _django()
    from dagsorden.importer.jobs import run_job
    from dagsorden.importer.models import ImportJob

    try:
        job = run_job(args.job)
    except ImportJob.DoesNotExist:
        print(
            _("dagsorden import-job: intet importjob %(job)s") % {"job": args.job}, file=sys.stderr
        )
        return 1
    return 0 if job.state == ImportJob.DONE else 1


def _say_unstated(unstated: int, opened: int) -> None:
    if opened:
        print(
            ngettext(
                "%(n)d punkt uden angivet adgang er åbnet",
                "%(n)d punkter uden angivet adgang er åbnet",
                opened,
            )
            % {"n": opened}
        )
    if unstated:
        print(
            ngettext(
                "tip: %(n)d punkt er lukket, fordi dokumentet ikke angiver dets adgang; er "
                "referaterne offentliggjort, som de står, så importér igen med --open-unmarked",
                "tip: %(n)d punkter er lukkede, fordi dokumenterne ikke angiver deres adgang; er "
                "referaterne offentliggjort, som de står, så importér igen med --open-unmarked",
                unstated,
            )
            % {"n": unstated},
            file=sys.stderr,
        )


def _hint_ocr(asked: bool, problems: list[str]) -> None:
    """Where a PDF failed for want of text (a scan), and OCR was not asked for: say how."""
    from dagsorden.core.extract import no_text_in_pdf

    if not asked and no_text_in_pdf() in problems:
        print(
            _("tip: indscannede PDF-filer læses med --ocr (Tesseract; sekunder pr. side)"),
            file=sys.stderr,
        )


def _print_failures(failed: list[tuple[str, str]]) -> None:
    for path, reason in failed:
        print(_("fejl: %(path)s: %(reason)s") % {"path": path, "reason": reason}, file=sys.stderr)


def seed_archive() -> Path:
    """The seed minutes that ship inside the package."""
    return Path(__file__).parent / "seed_archive"


def cmd_demo(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.importer.run import import_paths

    summary = import_paths([seed_archive()], progress=False)
    print(_("Demo-arkiv: %(summary)s") % {"summary": summary.line()})
    _print_failures(summary.failed)
    _demo_annual_plan()
    if args.no_serve:
        return 0 if summary.ok else 1
    return cmd_serve(args)


def _demo_annual_plan() -> None:
    """The årshjul a newcomer sees: each body's dialogue meetings with the heads of
    department the archive shows it met (the step the secretariat takes on its årshjul page),
    public, as the demo's secretariat decides."""
    from dagsorden.meetings.planner import heads_found_onto_topic, heads_met_by_body

    for found in heads_met_by_body(public=True):  # (each body's heads worked out once)
        done = heads_found_onto_topic(found, found["topics"].first(), public=True)
        if done is not None:
            topic, n = done
            print(
                _("Årshjul: »%(topic)s« i %(body)s med %(n)d afdelingschefer fra arkivet.")
                % {"topic": topic.title, "body": found["body"].name, "n": n}
            )


def cmd_serve(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.server import serve

    url = f"http://{args.host}:{args.port}/"
    print(_("dagsorden kører på %(url)s  (Ctrl+C stopper)") % {"url": url}, flush=True)
    serve(args.host, args.port)
    return 0


def cmd_createuser(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.accounts.users import create_user

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    if password is None:
        import getpass

        password = getpass.getpass(_("Adgangskode: "))
    try:
        user = create_user(args.username, password, email=args.email, role=args.role)
    except ValueError as exc:
        print(f"dagsorden createuser: {exc}", file=sys.stderr)
        return 2
    print(
        _("Bruger %(user)s oprettet (%(role)s).") % {"user": user.get_username(), "role": args.role}
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.backup import backup

    path = backup(Path(args.file) if args.file else None)
    print(_("Sikkerhedskopi gemt: %(path)s") % {"path": path})
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.backup import BackupError, restore

    try:
        counts = restore(Path(args.file))
    except BackupError as exc:
        print(f"dagsorden restore: {exc}", file=sys.stderr)
        return 2
    print(_("Gendannet: %(count)s objekter.") % {"count": counts})
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    _migrate()
    from tqdm import tqdm

    from dagsorden.search.file_text import read_unread, scans, unread
    from dagsorden.search.indexer import rebuild

    # Texts of attachments' files not read yet (stored before texts were): read them first.
    todo = unread()
    bar = tqdm(
        todo, total=todo.count(), desc=_("Bilag"), unit=_("fil"), disable=not sys.stderr.isatty()
    )
    read = read_unread(bar)
    bar.close()
    if read:
        print(_("Tekst læst af %(count)d bilag.") % {"count": read})
    if args.ocr:  # PDF bilag that gave no text: scans, read again by OCR
        todo = scans()
        bar = tqdm(
            todo, total=todo.count(), desc=_("OCR"), unit=_("fil"), disable=not sys.stderr.isatty()
        )
        read = read_unread(bar, chunk=1, ocr=True)
        bar.close()
        print(_("Tekst læst med OCR af %(count)d indscannede bilag.") % {"count": read})
    print(_("Søgeindeks genopbygget: %(count)d møder.") % {"count": rebuild()})
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    _django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["dagsorden manage", *args.rest])
    return 0


def _argparse_in_our_language() -> None:
    """argparse's own words (its usage line, its help's headings, its errors) in Danish when
    the command line speaks Danish: argparse looks them up through its module's gettext
    functions, which are handed the Danish catalog of its messages
    (locale/da/LC_MESSAGES/argparse.po)."""
    if language() != "da":
        return
    catalog = gettext.translation("argparse", LOCALE_DIR, languages=["da"], fallback=True)
    setattr(argparse, "_", catalog.gettext)  # noqa: B010  (a module's global, not an attribute)
    setattr(argparse, "ngettext", catalog.ngettext)  # noqa: B010


def _parser(sub: argparse._SubParsersAction, name: str, help: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help, description=help)


def _ocr_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ocr",
        action="store_true",
        help=_(
            "læs indscannede PDF-filer med OCR (Tesseract; sekunder pr. side); uden den fejler de"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    _argparse_in_our_language()
    parser = argparse.ArgumentParser(
        prog="dagsorden",
        description=_("Dagsordener og referater."),
        epilog=_("English: DAGSORDEN_LANGUAGE=en."),
    )
    sub = parser.add_subparsers(
        dest="command", required=True, title=_("kommandoer"), metavar=_("KOMMANDO")
    )

    p = _parser(sub, "parse", _("læs et referat (PDF, Word eller tekst) og skriv det struktureret"))
    p.add_argument("file", metavar=_("FIL"), help=_("'-' læser fra standard input"))
    p.add_argument(
        "--format",
        choices=["json", "text"],
        default="json",
        help=_("json (som minutes.schema.json) eller text (en oversigt); json er standard"),
    )
    _ocr_option(p)
    p.set_defaults(func=cmd_parse)

    p = _parser(
        sub,
        "import",
        _("importér referater og deres bilag (filer, mapper med undermapper og zip-arkiver)"),
    )
    p.add_argument("paths", nargs="+", metavar=_("STI"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=_("læs og kontrollér alt som ved en import, men gem intet"),
    )
    _ocr_option(p)
    p.add_argument(
        "--open-unmarked",
        action="store_true",
        help=_(
            "referaterne er offentliggjort, som de står: punkter, hvis adgang de ikke angiver "
            "(andre dagsordenssystemers referater), bliver åbne i stedet for lukkede"
        ),
    )
    p.add_argument(
        "--reread",
        action="store_true",
        help=_(
            "læs også filer, der er importeret uændret før, igen med denne version, og opdatér "
            "de møder, hvis læsning er ændret (godkendte referater røres ikke)"
        ),
    )
    p.set_defaults(func=cmd_import)
    p = _parser(sub, "import-job", _("kør et importjob fra webben (serveren starter det selv)"))
    p.add_argument("job", metavar="ID")
    p.set_defaults(func=cmd_import_job)

    for name, func, text in (
        ("serve", cmd_serve, _("start webserveren")),
        ("demo", cmd_demo, _("importér demo-arkivet og start webserveren")),
    ):
        p = _parser(sub, name, text)
        p.add_argument("--host", default="127.0.0.1", help=_("adressen; standard 127.0.0.1"))
        p.add_argument("--port", type=int, default=8000, help=_("porten; standard 8000"))
        if name == "demo":
            p.add_argument(
                "--no-serve", action="store_true", help=_("importér kun, start ikke serveren")
            )
        p.set_defaults(func=func)

    p = _parser(sub, "createuser", _("opret en bruger (sekretær, medlem eller administrator)"))
    p.add_argument("username", metavar=_("BRUGERNAVN"))
    p.add_argument("--email", default="", help=_("brugerens e-mailadresse"))
    p.add_argument(
        "--role",
        choices=["member", "secretary", "admin"],
        default="member",
        help=_("member (medlem, standard), secretary (sekretær) eller admin"),
    )
    p.add_argument(
        "--password-stdin", action="store_true", help=_("læs adgangskoden fra standard input")
    )
    p.set_defaults(func=cmd_createuser)

    p = _parser(sub, "backup", _("gem databasen og filerne i en .tar.gz"))
    p.add_argument("file", nargs="?", metavar=_("FIL"))
    p.set_defaults(func=cmd_backup)

    p = _parser(sub, "restore", _("erstat databasen og filerne med en sikkerhedskopi"))
    p.add_argument("file", metavar=_("FIL"))
    p.set_defaults(func=cmd_restore)

    p = _parser(sub, "reindex", _("genopbyg søgeindekset"))
    p.add_argument(
        "--ocr",
        action="store_true",
        help=_("læs også indscannede PDF-bilag uden tekst med OCR (Tesseract; sekunder pr. side)"),
    )
    p.set_defaults(func=cmd_reindex)

    p = _parser(sub, "manage", _("kør en af Djangos administrationskommandoer"))
    p.add_argument("rest", nargs=argparse.REMAINDER, metavar=_("KOMMANDO"))
    p.set_defaults(func=cmd_manage)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print(_("dagsorden: afbrudt"), file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader went away ('dagsorden parse … | head'): nothing more to say, and no
        # traceback. Python's own flush at exit would fail again on the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
