"""Existing parts that were more visible than what they belong to are narrowed to it (issue 12)."""

from django.db import migrations

from core.capping import cap_existing

PAIRS = [
    ("organize.Body", "parent"),
    ("organize.AgreementVersion", "agreement"),
    ("organize.Adoption", "version"),
    ("organize.FollowUpDuty", "report_to"),
    ("organize.Membership", "body"),
    ("organize.BodyDocument", "body"),
    ("organize.FinancingShare", "financing"),
]


def forwards(apps, schema_editor):
    cap_existing(apps, PAIRS)


class Migration(migrations.Migration):
    dependencies = [
        ("organize", "0002_body_document_kind"),
        ("core", "0002_generation"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
