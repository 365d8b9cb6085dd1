"""The dagsorden command. Thin: each subcommand parses its arguments and calls one function.

Every command that uses the database creates or migrates it first: there is no separate
migrate step.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dagsorden.settings")
    import django

    django.setup()


def _migrate() -> None:
    _django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def cmd_parse(args: argparse.Namespace) -> int:
    from dagsorden.core import ParseError, parse_file, to_dict, to_outline
    from dagsorden.core.errors import ReaderUnavailable

    try:
        minutes = parse_file(args.file)
    except (ParseError, ReaderUnavailable) as exc:
        print(f"dagsorden parse: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        doc = to_dict(minutes)
        doc["source"] = Path(args.file).name
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print(to_outline(minutes))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.importer.run import import_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(f"dagsorden import: {p}: no such file or folder", file=sys.stderr)
    from dagsorden.core.errors import ReaderUnavailable

    try:
        summary = import_paths([p for p in args.paths if Path(p).exists()])
    except ReaderUnavailable as exc:
        print(f"dagsorden import: {exc}", file=sys.stderr)
        return 1
    for path, reason in summary.failed:
        print(f"fejl: {path}: {reason}", file=sys.stderr)
    print(summary.line())
    return 0 if summary.ok and not missing else 1


def seed_archive() -> Path:
    """The seed minutes that ship inside the package."""
    return Path(__file__).parent / "seed_archive"


def cmd_demo(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.importer.run import import_paths

    summary = import_paths([seed_archive()], progress=False)
    print(f"Demo-arkiv: {summary.line()}")
    for path, reason in summary.failed:
        print(f"fejl: {path}: {reason}", file=sys.stderr)
    if args.no_serve:
        return 0 if summary.ok else 1
    return cmd_serve(args)


def cmd_serve(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.server import serve

    print(f"dagsorden kører på http://{args.host}:{args.port}/  (Ctrl+C stopper)", flush=True)
    serve(args.host, args.port)
    return 0


def cmd_createuser(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.accounts.users import create_user

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    if password is None:
        import getpass

        password = getpass.getpass("Adgangskode: ")
    try:
        user = create_user(args.username, password, email=args.email, role=args.role)
    except ValueError as exc:
        print(f"dagsorden createuser: {exc}", file=sys.stderr)
        return 2
    print(f"Bruger {user.get_username()} oprettet ({args.role}).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.backup import backup

    path = backup(Path(args.file) if args.file else None)
    print(f"Sikkerhedskopi gemt: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.backup import BackupError, restore

    try:
        counts = restore(Path(args.file))
    except BackupError as exc:
        print(f"dagsorden restore: {exc}", file=sys.stderr)
        return 2
    print(f"Gendannet: {counts} objekter.")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    _migrate()
    from dagsorden.search.indexer import rebuild

    print(f"Søgeindeks genopbygget: {rebuild()} møder.")
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    _django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["dagsorden manage", *args.rest])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dagsorden", description="Dagsordener og referater.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse a minutes document (PDF, DOCX or text)")
    p.add_argument("file")
    p.add_argument("--format", choices=["json", "text"], default="json")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("import", help="import minutes documents (files and folders, recursive)")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_import)

    for name, func, text in (
        ("serve", cmd_serve, "run the web server"),
        ("demo", cmd_demo, "import the seed archive and run the web server"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, default=8000)
        if name == "demo":
            p.add_argument("--no-serve", action="store_true", help="import only, do not serve")
        p.set_defaults(func=func)

    p = sub.add_parser("createuser", help="create a user (secretary, member or admin)")
    p.add_argument("username")
    p.add_argument("--email", default="")
    p.add_argument("--role", choices=["member", "secretary", "admin"], default="member")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p.set_defaults(func=cmd_createuser)

    p = sub.add_parser("backup", help="write the database and files to a .tar.gz")
    p.add_argument("file", nargs="?")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database and files with a backup")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("reindex", help="rebuild the search index")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("manage", help="run a Django management command")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_manage)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
