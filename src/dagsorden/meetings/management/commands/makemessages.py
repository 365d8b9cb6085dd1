"""Django's makemessages, told of core.language.ngettext_noop: the core keeps a counted
message to be said later (a parse's doubts, said in the reader's language), and its plural
must reach the catalog as one entry with the singular."""

from django.core.management.commands.makemessages import Command as MakeMessagesCommand


class Command(MakeMessagesCommand):
    xgettext_options = [*MakeMessagesCommand.xgettext_options, "--keyword=ngettext_noop:1,2"]
