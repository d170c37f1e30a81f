"""A goal is no more visible than the goal that supersedes it (issue 14: superseded goals)."""

from django.db import migrations

from core.capping import cap_existing

PAIRS = [("steer.Goal", "superseded_by")]


def forwards(apps, schema_editor):
    cap_existing(apps, PAIRS)


class Migration(migrations.Migration):
    dependencies = [("steer", "0008_source_links")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
