"""Existing parts that were more visible than what they belong to are narrowed to it (issue 12)."""

from django.db import migrations

from core.capping import cap_existing

PAIRS = [
    ("steer.Goal", "document"),
    ("steer.Goal", "parent"),
    ("steer.Indicator", "goal"),
    ("steer.IndicatorTarget", "indicator"),
    ("steer.IndicatorValue", "indicator"),
    ("steer.Assessment", "round"),
    ("steer.Assessment", "goal"),
    ("steer.Assessment", "indicator"),
    ("steer.Evidence", "round"),
    ("steer.AnalysisEntry", "round"),
    ("steer.AnalysisEntry", "goal"),
    ("steer.AnalysisEntry", "indicator"),
    ("steer.EnvironmentalScan", "round"),
]


def forwards(apps, schema_editor):
    cap_existing(apps, PAIRS)


class Migration(migrations.Migration):
    dependencies = [
        ("steer", "0004_indicator_value_ranges"),
        ("organize", "0003_cap_visibility"),
        ("core", "0002_generation"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
