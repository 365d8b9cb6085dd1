"""The production web server: gunicorn serving the Django app (static files by WhiteNoise)."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

from .config import env


class _Gunicorn(BaseApplication):
    def __init__(self, app: Any, options: dict[str, Any]) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.application


def serve(host: str, port: int) -> None:
    from .wsgi import application

    host_part = f"[{host}]" if ":" in host else host
    _Gunicorn(
        application,
        {
            "bind": f"{host_part}:{port}",
            "workers": int(env("DAGSORDEN_WORKERS")),
            "accesslog": "-",
            "timeout": 60,
            "graceful_timeout": 10,
            # gunicorn's run-time control socket (~/.gunicorn/gunicorn.ctl) is not used, and
            # two servers on one machine would take it from each other.
            "control_socket_disable": True,
        },
    ).run()
