"""Every database gets its own cache epoch (core.generations): a random value that every cache key names,
so that two databases served by one cache never meet each other's keys, and a restore can set a new one."""

import secrets

from django.db import migrations


def set_epoch(apps, schema_editor):
    Generation = apps.get_model("core", "Generation")
    Generation.objects.update_or_create(name="epoch", defaults={"value": secrets.randbits(63) or 1})


class Migration(migrations.Migration):
    dependencies = [("core", "0002_generation")]

    operations = [migrations.RunPython(set_epoch, migrations.RunPython.noop)]
