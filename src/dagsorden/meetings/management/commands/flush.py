"""Django's flush, inside guard.maintenance(): emptying the database (tests, restore) is the
one time locked minutes and the audit log may go."""

from typing import Any

from django.core.management.commands.flush import Command as FlushCommand

from dagsorden.meetings.guard import maintenance


class Command(FlushCommand):
    def handle(self, **options: Any) -> None:
        with maintenance():
            super().handle(**options)
