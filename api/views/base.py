"""What every viewset of the API shares: the History action, lists kept in the cache, and the scoped
read/write viewset."""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api import conditional
from api.openapi import ConditionalAutoSchema
from api.serializers.collaborations import ChangeRecordSerializer
from core import generations
from core.numbers import read_id
from core.queries import history_for, readable_records
from core.services import field_error


def filtered_by_id(queryset, request, name: str, field: str | None = None):
    """The list narrowed to what refers to the object whose id the query parameter `name` gives; a value
    that cannot be an id is refused (400) naming the parameter, rather than ignored."""
    if request.method not in ("GET", "HEAD"):  # a write's answer is the object written
        return queryset
    number = id_param(request, name)
    return queryset if number is None else queryset.filter(**{field or f"{name}_id": number})


def id_param(request, name: str) -> int | None:
    """The id the query parameter `name` gives, None when it is not given; refused (400) naming the
    parameter when it cannot be an id."""
    value = request.query_params.get(name)
    if not value:
        return None
    number = read_id(value)
    if number is None:
        raise field_error(name, _("Ange ett id (ett heltal från 1)."), code="invalid")
    return number


def with_visible_references(queryset, user, **references):
    """The queryset with `<name>_visible` for each reference named (name=model): whether the user may see
    what it refers to, so that a serializer's `VisibleRelatedField` shows what they may not as null (a
    news post on a decision of a body under secrecy, read by someone outside it). One query in all."""
    for name, model in references.items():
        seen = model.objects.visible_to(user).filter(pk=OuterRef(f"{name}_id"))
        queryset = queryset.annotate(**{f"{name}_visible": Exists(seen)})
    return queryset


class HistoryMixin:
    @extend_schema(responses=ChangeRecordSerializer(many=True))
    @action(detail=True, methods=["get"])
    def history(self, request, **kwargs):
        """The History of this object."""
        page = readable_records(self.paginate_queryset(history_for(self.get_object())), request.user)
        return self.get_paginated_response(ChangeRecordSerializer(page, many=True).data)


class CachedListMixin:
    """A list answer is kept in the cache under a key that names every change counter, the caller's
    permission scope, the language and the address asked for (`core.generations`): any change anywhere
    moves it. For lists whose data change only through recorded changes."""

    def list(self, request, *args, **kwargs):
        renderer = getattr(request, "accepted_renderer", None)
        where = (request.get_host(), request.get_full_path(), getattr(renderer, "format", ""))
        key = generations.version_of(request.user, None, "api-list", type(self).__name__, *where)
        return Response(
            generations.remember(key, lambda: super(CachedListMixin, self).list(request, *args, **kwargs).data)
        )


COLLABORATION_FILTER = OpenApiParameter(
    "collaboration", str, description="Only the objects of this collaboration (its slug, `kortadress`)."
)
PER_FILTER = OpenApiParameter(
    "per",
    OpenApiTypes.DATE,
    description="As of this day (YYYY-MM-DD): only what was valid then (start unknown or on/before it, end "
    "unknown or on/after it). A date that cannot be read is answered with 400 naming `per`.",
)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER]))
class ScopedViewSet(HistoryMixin, CachedListMixin, viewsets.ReadOnlyModelViewSet):
    """Objects of one scoped model that the caller may see, optionally `?collaboration=<slug>`.

    Conditional writes (`api.conditional`): a detail answer sends an `ETag`; a PATCH or DELETE with
    a stale `If-Match` is refused with 412.

    Subclasses name their model and what to join. A viewset that accepts writes builds on
    `ScopedWriteViewSet` instead.
    """

    schema = ConditionalAutoSchema()
    model: Any = None
    related: tuple[str, ...] = ()
    prefetch: tuple[Any, ...] = ("shared_with",)
    update_serializer_class: Any = None
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
    http_method_names = ["get", "head", "options"]
    etag: str | None = None  # sent with a successful answer (`api.conditional`)

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        self.etag = conditional.etag(instance)
        return Response(self.get_serializer(instance).data)

    def finalize_response(self, request, response, *args, **kwargs):
        if self.etag and 200 <= response.status_code < 300:
            response["ETag"] = self.etag
        return super().finalize_response(request, response, *args, **kwargs)

    def get_queryset(self):
        qs = self.model.objects.visible_to(self.request.user).select_related("collaboration", *self.related)
        qs = qs.prefetch_related(*self.prefetch)
        slug = self.request.query_params.get("collaboration")
        return qs.filter(collaboration__slug=slug) if slug else qs

    def get_serializer_class(self):
        if self.action in ("update", "partial_update") and self.update_serializer_class is not None:
            return self.update_serializer_class
        return self.serializer_class

    def visible(self, model):
        """The objects of another scoped model that the caller may see (for an action's choices)."""
        return model.objects.visible_to(self.request.user)

    def answer_with(self, obj):
        """The object as the caller now sees it, after an action."""
        obj = self.get_queryset().filter(pk=obj.pk).first() or obj
        return Response(self.get_serializer(obj).data)


WRITES = (("create_with", "post"), ("update_with", "patch"), ("delete_with", "delete"))


class ScopedWriteViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, mixins.DestroyModelMixin, ScopedViewSet):
    """A scoped viewset that accepts writes, each through a service, never through `serializer.save()`.

    A subclass defines `create_with(data)`, `update_with(obj, data)` and `delete_with(obj)` for the
    writes it accepts, each calling a service; the methods it answers follow from which it defines
    (POST, PATCH, DELETE), with those of its actions, so a write it does not accept is a 405 and is
    not in the schema.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "http_method_names" not in cls.__dict__:
            accepted = {method for hook, method in WRITES if callable(getattr(cls, hook, None))}
            accepted |= {method for extra in cls.get_extra_actions() for method in extra.mapping}
            cls.http_method_names = [
                m
                for m in ("get", "post", "patch", "delete", "head", "options")
                if m in accepted | {"get", "head", "options"}
            ]

    def perform_create(self, serializer):
        created = self.create_with(dict(serializer.validated_data))
        # Answer with the object as the caller now sees it (or as written, if its visibility hides it).
        serializer.instance = self.get_queryset().filter(pk=created.pk).first() or created

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("collaboration", None)  # an object stays in its collaboration
        updated = conditional.write_if_match(self.request, self.get_object(), lambda obj: self.update_with(obj, data))
        serializer.instance = self.get_queryset().filter(pk=updated.pk).first() or updated
        self.etag = conditional.etag(serializer.instance)

    def perform_destroy(self, instance):
        conditional.write_if_match(self.request, instance, self.delete_with)
