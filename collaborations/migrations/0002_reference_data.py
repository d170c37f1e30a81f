"""Reference data: drivers, themes and the 17 goals and 169 targets of Agenda 2030.

Not demo data: every installation needs it. Demo data and logins are created by `seed_demo` only.
"""

from django.db import migrations


def load(apps, schema_editor):
    from collaborations.reference import load_reference_data

    load_reference_data(apps)


class Migration(migrations.Migration):
    dependencies = [("collaborations", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
