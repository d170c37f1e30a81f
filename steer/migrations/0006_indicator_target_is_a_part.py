"""An indicator's targets become parts of it (core.permissions.ScopedPart): exactly as visible as the
indicator. The services always gave targets their indicator's visibility (on creation and on every change
of it), so no one sees a target they could not see before through the pages or the API."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('steer', '0005_cap_visibility'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='indicatortarget',
            name='shared_with',
        ),
        migrations.RemoveField(
            model_name='indicatortarget',
            name='visibility',
        ),
    ]
