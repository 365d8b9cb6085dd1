"""Every setting dagsorden reads from the environment, in one place.

Each is documented in docs/settings.md; a test fails when one is missing there. Read them
with env(); asking for a name not listed here is an error, so none can go undocumented.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    "DATABASE_URL": Setting(
        "",
        "Database URL: sqlite:///path/to/db.sqlite3 or postgres://user:pass@host:5432/name. "
        "Empty: an SQLite file in the data folder.",
    ),
    "DAGSORDEN_DATA": Setting(
        "./data", "Data folder: SQLite database, uploaded files, secret key, backups."
    ),
    "DAGSORDEN_SECRET_KEY": Setting(
        "", "Django's secret key. Empty: one is generated once and kept in the data folder."
    ),
    "DAGSORDEN_DEBUG": Setting("false", "true shows Django's debug pages. Never in production."),
    "DAGSORDEN_ALLOWED_HOSTS": Setting(
        "127.0.0.1,localhost,[::1]", "Comma-separated host names the site answers to."
    ),
    "DAGSORDEN_CSRF_TRUSTED_ORIGINS": Setting(
        "",
        "Comma-separated origins (https://dagsorden.example.dk) allowed to post forms behind a proxy.",
    ),
    "DAGSORDEN_HTTPS": Setting(
        "false",
        "true behind an HTTPS reverse proxy: secure cookies, HSTS, redirect to HTTPS, trust X-Forwarded-Proto.",
    ),
    "DAGSORDEN_ORGANISATION": Setting(
        "Norddjurs Kommune", "The municipality's name, shown on every page."
    ),
    "DAGSORDEN_MAX_UPLOAD_MB": Setting("50", "Largest document or attachment accepted, in MiB."),
    "DAGSORDEN_LOG_LEVEL": Setting("INFO", "Log level: DEBUG, INFO, WARNING or ERROR."),
    "DAGSORDEN_WORKERS": Setting("2", "Web server worker processes for 'dagsorden serve'."),
    "DAGSORDEN_LANGUAGE": Setting(
        "da", "The command line's language: da (Danish) or en (English)."
    ),
}


def env(name: str) -> str:
    """The value of a documented setting (its default when unset)."""
    if name not in SETTINGS:
        raise KeyError(f"{name} is not a documented dagsorden setting (add it to config.SETTINGS)")
    return os.environ.get(name, SETTINGS[name].default)


def env_bool(name: str) -> bool:
    return env(name).strip().lower() in ("1", "true", "yes", "on")


def env_list(name: str) -> list[str]:
    return [part.strip() for part in env(name).split(",") if part.strip()]


def data_dir() -> Path:
    path = Path(env("DAGSORDEN_DATA")).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key() -> str:
    """The configured key, else one generated once and kept (readable by the owner only)."""
    key = env("DAGSORDEN_SECRET_KEY")
    if key:
        return key
    path = data_dir() / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()
