"""Kolada series imported before issue 15 lost their producer when "Källa: …" did not end with a full
stop (about a third of the catalogue); read it again from the description they keep.

The reading is copied here as it was when this migration was written, so that the migration does the
same thing whatever later becomes of `stats.importers.producer_from_description`."""

import re

from django.db import migrations

MARK = re.compile(r"(?<![A-Za-zÅÄÖåäö])Källa(?:[:.]\s*|\s+(?=[A-ZÅÄÖ]))")
END = re.compile(r"\n|\.(?=\s|[A-ZÅÄÖ]|$)")
LENGTH = 200


def _producer(description):
    text = description.replace("\\n", "\n")
    mark = MARK.search(text)
    if mark is None:
        return ""
    rest = text[mark.end() :]
    end = END.search(rest)
    producer = (rest[: end.start()] if end else rest).strip().rstrip(".").strip()
    return producer if len(producer) <= LENGTH else producer[: LENGTH - 1] + "…"


def forwards(apps, schema_editor):
    Series = apps.get_model("stats", "Series")
    for series in Series.objects.filter(source="kolada", producer="").exclude(description=""):
        producer = _producer(series.description)
        if producer:
            Series.objects.filter(pk=series.pk).update(producer=producer)


class Migration(migrations.Migration):
    dependencies = [("stats", "0004_observation_value_range")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
