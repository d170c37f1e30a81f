"""Nothing of leading is more visible than what it belongs to or refers to (the rule of `core.capping`)."""

from django.db import migrations

from core.capping import cap_existing

PAIRS = [
    ("lead.Meeting", "body"),
    ("lead.AgendaItem", "meeting"),
    ("lead.AgendaItem", "carried_from"),
    ("lead.Decision", "meeting"),
    ("lead.Decision", "item"),
    ("lead.Decision", "body"),
    ("lead.Decision", "agreement"),
    ("lead.Decision", "replaced_by"),
    ("lead.Assignment", "body"),
    ("lead.Assignment", "meeting"),
    ("lead.Assignment", "decision"),
    ("lead.Assignment", "goal"),
    ("lead.NewsPost", "goal"),
    ("lead.NewsPost", "decision"),
    ("lead.AfterProjectPlan", "decision"),
    ("lead.AfterProjectPlan", "funding"),
]


def forwards(apps, schema_editor):
    cap_existing(apps, PAIRS)


class Migration(migrations.Migration):
    dependencies = [("lead", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
