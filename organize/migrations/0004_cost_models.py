"""Cost models as real parties pay (issue 14, O5), and unknown values that stay unknown.

A share may now hold a stated amount, a payer other than its party and a group that pays as one
(`PayerGroup`); percentages keep ten decimals; a weighted key joins the keys. The total of a model, the
amount and dates of external funding and the committed money and staff time of a party may be unknown
(null: "belopp okänt", "ej angivet"); the four financing models carry a source (`Sourced`).

The method "one party pays X %, the others the rest by population" is no longer a method of its own: it
is the key "per capita" with that party's share holding the percentage. The data migration moves each
such model (the anchor party becomes a share with its percentage, as visible as the model). Percentages
of shares that the old equal and per-capita methods ignored are cleared, so every model shares its
total exactly as before. Committed money or staff time saved as 0 stays 0: whether a 0 was stated or
the old default cannot be told afterwards.
"""

import django.core.validators
import django.db.models.deletion
from decimal import Decimal
from django.db import migrations, models


def anchor_to_share(apps, schema_editor):
    FinancingModel = apps.get_model("organize", "FinancingModel")
    FinancingShare = apps.get_model("organize", "FinancingShare")
    for model in FinancingModel.objects.exclude(method="fixed_shares"):
        FinancingShare.objects.filter(financing=model).update(percent=None)
        if model.method != "anchor_then_population":
            continue
        if model.anchor_organization_id is not None:
            share, _created = FinancingShare.objects.update_or_create(
                financing=model,
                organization_id=model.anchor_organization_id,
                defaults={
                    "collaboration_id": model.collaboration_id,
                    "percent": model.anchor_percent,
                    "visibility": model.visibility,
                },
            )
            share.shared_with.set(model.shared_with.all())
        model.method = "per_capita"
        model.save(update_fields=["method"])


class Migration(migrations.Migration):

    dependencies = [
        ('actors', '0002_alter_areapopulation_value_alter_areapopulation_year'),
        ('collaborations', '0002_reference_data'),
        ('organize', '0003_cap_visibility'),
    ]

    operations = [
        migrations.AddField(
            model_name='externalfunding',
            name='is_assumption',
            field=models.BooleanField(default=False, help_text='Kryssa i när värdena är antaganden och inte står i källan. De visas då märkta.', verbose_name='antaget värde'),
        ),
        migrations.AddField(
            model_name='externalfunding',
            name='source_note',
            field=models.TextField(blank=True, help_text='Handlingen uppgiften kommer från och vad den säger: avtal, stadgar, årsredovisning, protokoll …', verbose_name='källa'),
        ),
        migrations.AddField(
            model_name='externalfunding',
            name='source_page',
            field=models.CharField(blank=True, max_length=30, verbose_name='sida eller avsnitt'),
        ),
        migrations.AddField(
            model_name='externalfunding',
            name='source_url',
            field=models.URLField(blank=True, max_length=500, verbose_name='länk till källan'),
        ),
        migrations.AddField(
            model_name='financingmodel',
            name='is_assumption',
            field=models.BooleanField(default=False, help_text='Kryssa i när värdena är antaganden och inte står i källan. De visas då märkta.', verbose_name='antaget värde'),
        ),
        migrations.AddField(
            model_name='financingmodel',
            name='population_weight',
            field=models.DecimalField(blank=True, decimal_places=2, help_text='För en viktad nyckel: så stor del delas efter folkmängd, resten i lika delar.', max_digits=5, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0')), django.core.validators.MaxValueValidator(Decimal('100'))], verbose_name='andel efter folkmängd (%)'),
        ),
        migrations.AddField(
            model_name='financingmodel',
            name='source_note',
            field=models.TextField(blank=True, help_text='Handlingen uppgiften kommer från och vad den säger: avtal, stadgar, årsredovisning, protokoll …', verbose_name='källa'),
        ),
        migrations.AddField(
            model_name='financingmodel',
            name='source_page',
            field=models.CharField(blank=True, max_length=30, verbose_name='sida eller avsnitt'),
        ),
        migrations.AddField(
            model_name='financingmodel',
            name='source_url',
            field=models.URLField(blank=True, max_length=500, verbose_name='länk till källan'),
        ),
        migrations.AddField(
            model_name='financingshare',
            name='amount',
            field=models.DecimalField(blank=True, decimal_places=2, max_digits=14, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0'))], verbose_name='angivet belopp (kr)'),
        ),
        migrations.AddField(
            model_name='financingshare',
            name='is_assumption',
            field=models.BooleanField(default=False, help_text='Kryssa i när värdena är antaganden och inte står i källan. De visas då märkta.', verbose_name='antaget värde'),
        ),
        migrations.AddField(
            model_name='financingshare',
            name='paid_by',
            field=models.ForeignKey(blank=True, help_text='När en annan part betalar andelen.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='actors.organization', verbose_name='betalas av'),
        ),
        migrations.AddField(
            model_name='financingshare',
            name='source_note',
            field=models.TextField(blank=True, help_text='Handlingen uppgiften kommer från och vad den säger: avtal, stadgar, årsredovisning, protokoll …', verbose_name='källa'),
        ),
        migrations.AddField(
            model_name='financingshare',
            name='source_page',
            field=models.CharField(blank=True, max_length=30, verbose_name='sida eller avsnitt'),
        ),
        migrations.AddField(
            model_name='financingshare',
            name='source_url',
            field=models.URLField(blank=True, max_length=500, verbose_name='länk till källan'),
        ),
        migrations.AddField(
            model_name='resourcecommitment',
            name='is_assumption',
            field=models.BooleanField(default=False, help_text='Kryssa i när värdena är antaganden och inte står i källan. De visas då märkta.', verbose_name='antaget värde'),
        ),
        migrations.AddField(
            model_name='resourcecommitment',
            name='source_note',
            field=models.TextField(blank=True, help_text='Handlingen uppgiften kommer från och vad den säger: avtal, stadgar, årsredovisning, protokoll …', verbose_name='källa'),
        ),
        migrations.AddField(
            model_name='resourcecommitment',
            name='source_page',
            field=models.CharField(blank=True, max_length=30, verbose_name='sida eller avsnitt'),
        ),
        migrations.AddField(
            model_name='resourcecommitment',
            name='source_url',
            field=models.URLField(blank=True, max_length=500, verbose_name='länk till källan'),
        ),
        migrations.AlterField(
            model_name='externalfunding',
            name='amount',
            field=models.DecimalField(blank=True, decimal_places=2, max_digits=14, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0'))], verbose_name='belopp (kr)'),
        ),
        migrations.AlterField(
            model_name='externalfunding',
            name='end_date',
            field=models.DateField(blank=True, null=True, verbose_name='till'),
        ),
        migrations.AlterField(
            model_name='externalfunding',
            name='start_date',
            field=models.DateField(blank=True, null=True, verbose_name='från'),
        ),
        migrations.AlterField(
            model_name='financingmodel',
            name='method',
            field=models.CharField(choices=[('fixed_shares', 'Fasta andelar (varje part en andel i procent)'), ('equal', 'Lika delar'), ('per_capita', 'Per invånare'), ('weighted', 'Viktad: del efter folkmängd, del i lika delar')], help_text='Hur resten delas mellan de parter som varken har ett angivet belopp eller en andel i procent.', max_length=24, verbose_name='fördelningsnyckel'),
        ),
        migrations.AlterField(
            model_name='financingmodel',
            name='total',
            field=models.DecimalField(blank=True, decimal_places=2, help_text='Lämna tomt om källan inte anger beloppet: andelarna visas ändå, beloppen som okända.', max_digits=14, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0'))], verbose_name='belopp att fördela (kr)'),
        ),
        migrations.AlterField(
            model_name='financingshare',
            name='percent',
            field=models.DecimalField(blank=True, decimal_places=10, help_text='Av det som återstår efter de angivna beloppen; upp till tio decimaler.', max_digits=13, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0')), django.core.validators.MaxValueValidator(Decimal('100'))], verbose_name='andel (%)'),
        ),
        migrations.AlterField(
            model_name='resourcecommitment',
            name='fte_committed',
            field=models.DecimalField(blank=True, decimal_places=2, max_digits=6, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0'))], verbose_name='årsarbetskrafter, utlovat'),
        ),
        migrations.AlterField(
            model_name='resourcecommitment',
            name='money_committed',
            field=models.DecimalField(blank=True, decimal_places=2, max_digits=14, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0'))], verbose_name='pengar, utlovat (kr)'),
        ),
        migrations.CreateModel(
            name='PayerGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, verbose_name='gruppens namn')),
                ('method', models.CharField(choices=[('fixed_shares', 'Fasta andelar (varje part en andel i procent)'), ('equal', 'Lika delar'), ('per_capita', 'Per invånare'), ('weighted', 'Viktad: del efter folkmängd, del i lika delar')], max_length=24, verbose_name='gruppens fördelningsnyckel')),
                ('population_weight', models.DecimalField(blank=True, decimal_places=2, max_digits=5, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0')), django.core.validators.MaxValueValidator(Decimal('100'))], verbose_name='andel efter folkmängd inom gruppen (%)')),
                ('percent', models.DecimalField(blank=True, decimal_places=10, max_digits=13, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0')), django.core.validators.MaxValueValidator(Decimal('100'))], verbose_name='gruppens andel (%)')),
                ('amount', models.DecimalField(blank=True, decimal_places=2, max_digits=14, null=True, validators=[django.core.validators.MinValueValidator(Decimal('0'))], verbose_name='gruppens angivna belopp (kr)')),
                ('collaboration', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='collaborations.collaboration')),
                ('financing', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='groups', to='organize.financingmodel')),
            ],
            options={
                'verbose_name': 'betalargrupp',
                'verbose_name_plural': 'betalargrupper',
                'ordering': ['financing', 'name'],
            },
        ),
        migrations.AddField(
            model_name='financingshare',
            name='group',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='members', to='organize.payergroup', verbose_name='i gruppen'),
        ),
        migrations.AddConstraint(
            model_name='financingshare',
            constraint=models.CheckConstraint(condition=models.Q(('percent__isnull', True), ('amount__isnull', True), _connector='OR'), name='financing_share_percent_or_amount', violation_error_message='Ange antingen en andel i procent eller ett belopp, inte båda.'),
        ),
        migrations.AddConstraint(
            model_name='payergroup',
            constraint=models.UniqueConstraint(fields=('financing', 'name'), name='payer_group_name_unique'),
        ),
        migrations.RunPython(anchor_to_share, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='financingmodel',
            name='anchor_organization',
        ),
        migrations.RemoveField(
            model_name='financingmodel',
            name='anchor_percent',
        ),
    ]
