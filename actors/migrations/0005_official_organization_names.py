"""Official names of places (issue 15): five kommuner were stored with an "s" added to their name
("Kalixs kommun", "Faluns kommun"); and every kommun and region gets the official name of its
organization ("Falu kommun", "Region Stockholm", "Region Gotland") from `actors/data/organization_names.csv`.

Only areas as they came from the shipped file are corrected (a name somebody changed is left alone)."""

import csv
from pathlib import Path

from django.db import migrations

# SCB code: (the name as stored before, the official name)
CORRECTED = {
    "0880": ("Kalmars kommun", "Kalmar kommun"),
    "1421": ("Orusts kommun", "Orust kommun"),
    "2080": ("Faluns kommun", "Falu kommun"),
    "2513": ("Överkalixs kommun", "Överkalix kommun"),
    "2514": ("Kalixs kommun", "Kalix kommun"),
}
NAMES = Path(__file__).resolve().parent.parent / "data" / "organization_names.csv"


def forwards(apps, schema_editor):
    Area = apps.get_model("actors", "Area")
    for code, (wrong, right) in CORRECTED.items():
        Area.objects.filter(scb_code=code, official_name=wrong).update(official_name=right)
    with open(NAMES, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            Area.objects.filter(scb_code=row["scb_code"], organization_name="").update(
                organization_name=row["organization_name"]
            )


def backwards(apps, schema_editor):
    Area = apps.get_model("actors", "Area")
    for code, (wrong, right) in CORRECTED.items():
        Area.objects.filter(scb_code=code, official_name=right).update(official_name=wrong)


class Migration(migrations.Migration):
    dependencies = [("actors", "0004_area_organization_name")]

    operations = [migrations.RunPython(forwards, backwards)]
