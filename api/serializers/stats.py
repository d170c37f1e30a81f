from typing import Any

from rest_framework import serializers

from stats.models import ImportRun, Observation, Series


class SeriesSerializer(serializers.ModelSerializer):
    attribution = serializers.CharField(read_only=True)

    class Meta:
        model = Series
        fields = [
            "id",
            "source",
            "external_id",
            "title",
            "description",
            "unit",
            "is_divided_by_gender",
            "periodicity",
            "producer",
            "publication_date",
            "publ_period",
            "is_discontinued",
            "changed_at_source",
            "imported_at",
            "attribution",
        ]


class ObservationSerializer(serializers.ModelSerializer):
    area: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(slug_field="scb_code", read_only=True)

    class Meta:
        model = Observation
        fields = ["area", "period", "year", "gender", "value", "status", "count", "revision"]


class ImportRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportRun
        fields = [
            "id",
            "source",
            "label",
            "request",
            "status",
            "reason",
            "detail",
            "report",
            "started_at",
            "finished_at",
        ]


class KoladaImportSerializer(serializers.Serializer):
    kpi_ids = serializers.ListField(child=serializers.CharField(max_length=12), min_length=1)
    municipality_ids = serializers.ListField(child=serializers.CharField(max_length=4), min_length=1)
    years = serializers.ListField(child=serializers.IntegerField(min_value=1900, max_value=2200), required=False)
