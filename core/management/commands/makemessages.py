"""`makemessages` that also finds the strings marked `_t(…)`: the modules that need both `gettext_lazy` (as `_`)
and `gettext` import the latter as `_t`."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=_t"]
