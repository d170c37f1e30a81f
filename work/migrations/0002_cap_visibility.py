"""Nothing of the parties' work is more visible than what it belongs to (the rule of `core.capping`)."""

from django.db import migrations

from core.capping import cap_existing

PAIRS = [
    ("work.Activity", "plan"),
]


def forwards(apps, schema_editor):
    cap_existing(apps, PAIRS)


class Migration(migrations.Migration):
    dependencies = [("work", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
