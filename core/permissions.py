"""The permission gateway.

Every collaboration-scoped object is reached through `Model.objects.visible_to(user)` (what may be
seen) and django-rules predicates (what may be changed). No view, API endpoint, export or list
queries a scoped model around it.

The rule, stated once:

* A platform administrator sees everything.
* A collaboration is visible when it is *public*; or it is for *participants* and the user's
  organization takes part in it (or the user holds a role in it); or it is shared with *named
  organizations* and the user's organization is one of them; or the user coordinates it.
* An object inside a collaboration is visible when its collaboration is visible **and** its own
  visibility admits the user by the same three cases; the collaboration's coordinators see every
  object in it.
* Nothing is more visible than what it belongs to or refers to: an object whose foreign key leads to
  another collaboration-scoped object (an indicator's goal, a membership's body, an adoption's version) is
  visible only when that object's own visibility admits the user too (`capping_relations`). The services
  refuse a visibility wider than the parent's, and narrowing a parent narrows its parts (`core.services`);
  this rule is the read side of the same invariant, so data written past the services cannot leak either.
* A model may add a restriction that binds everyone, coordinators and administrators included, as the
  classmethod `scope_restriction(scope) -> Q` (secrecy binds persons: the material of a body under secrecy
  is for the persons sitting in it).

What a user is (organizations, collaborations, roles) is resolved once per request by the resolver
named in `settings.SAMVERKAN_SCOPE_RESOLVER`, so `core` stays free of domain models.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.constants import LOOKUP_SEP
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Offentlig")
    PARTICIPANTS = "participants", _("Deltagare")
    NAMED = "named", _("Namngivna organisationer")


class CollaborationRoleKind(models.TextChoices):
    """Roles a person holds in one collaboration."""

    COORDINATOR = "coordinator", _("Samordnare")
    REPRESENTATIVE = "representative", _("Aktörsrepresentant")
    STEERING_MEMBER = "steering_member", _("Ledamot i styrgrupp")
    ANALYST = "analyst", _("Analytiker")
    READER = "reader", _("Läsare")


@dataclass(frozen=True)
class Scope:
    """What one user is, for the purpose of deciding what they may see and do."""

    user_id: int | None = None
    person_id: int | None = None
    is_admin: bool = False
    is_system: bool = False
    organization_ids: frozenset[int] = frozenset()
    participant_collaboration_ids: frozenset[int] = frozenset()
    roles: Mapping[int, frozenset[str]] = field(default_factory=dict)

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None

    @property
    def coordinated_collaboration_ids(self) -> frozenset[int]:
        return frozenset(cid for cid, roles in self.roles.items() if CollaborationRoleKind.COORDINATOR in roles)

    def has_role(self, collaboration_id: int | None, *kinds: str) -> bool:
        if collaboration_id is None:
            return False
        held = self.roles.get(collaboration_id, frozenset())
        return bool(held.intersection(kinds)) if kinds else bool(held)

    def is_participant(self, collaboration_id: int | None) -> bool:
        return collaboration_id in self.participant_collaboration_ids


class SystemActor:
    """The platform itself, as the actor of loaders, management commands and scheduled work.

    Passed explicitly (`actor=SYSTEM`, `visible_to(SYSTEM)`): it may do and see everything, and its
    changes are recorded as "system". `None` is never the system: the gateway reads it as an anonymous
    visitor, and a service refuses it (`core.services.require`).
    """

    is_authenticated = False
    pk = None

    def has_perm(self, perm: str, obj: Any = None) -> bool:
        return True

    def __repr__(self) -> str:
        return "SYSTEM"


SYSTEM = SystemActor()
ANONYMOUS_SCOPE = Scope()
SYSTEM_SCOPE = Scope(is_admin=True, is_system=True)
_CACHE_ATTR = "_samverkan_scope"


def scope_for(user: AbstractBaseUser | AnonymousUser | SystemActor | None) -> Scope:
    """The user's scope, resolved once and cached on the user object for the request."""
    if user is SYSTEM:
        return SYSTEM_SCOPE
    if user is None or not user.is_authenticated:
        return ANONYMOUS_SCOPE
    cached: Scope | None = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        resolver = import_string(settings.SAMVERKAN_SCOPE_RESOLVER)
        cached = resolver(user)
        setattr(user, _CACHE_ATTR, cached)
    return cached


def forget_scope(user: Any) -> None:
    """Drop the cached scope (after a change to the user's roles or organizations)."""
    if user is not None and hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def _collaboration_path(model: type[models.Model]) -> str | None:
    return getattr(model, "scope_collaboration_field", None)


def gateway(model: type[models.Model]) -> ScopedManager[Any]:
    """The manager of a collaboration-scoped model, with `visible_to` (a model of `scoped_models()`)."""
    return cast("ScopedManager[Any]", model._default_manager)


def related_model(field: Any) -> type[models.Model]:
    """The model a relation leads to (a class once the app registry is ready, never "self")."""
    return cast("type[models.Model]", field.related_model)


def _own_visibility_q(model: type[models.Model], scope: Scope, collab_ref: str, prefix: str = "") -> Q:
    """Objects whose own visibility admits the user (ignoring the collaboration's own visibility).

    With `prefix` ("parent__"), the same test of the object a foreign key leads to."""
    q = Q(**{f"{prefix}visibility": Visibility.PUBLIC})
    if not scope.is_authenticated:
        return q
    q |= Q(
        **{
            f"{prefix}visibility": Visibility.PARTICIPANTS,
            f"{prefix}{collab_ref}__in": scope.participant_collaboration_ids,
        }
    )
    if scope.organization_ids:
        through: type[models.Model] = cast(Any, model._meta.get_field("shared_with")).remote_field.through
        source, target = _through_columns(through, model)
        shared = through._default_manager.filter(**{f"{target}__in": scope.organization_ids}).values(source)
        q |= Q(**{f"{prefix}visibility": Visibility.NAMED, f"{prefix}pk__in": shared})
    if scope.coordinated_collaboration_ids:
        q |= Q(**{f"{prefix}{collab_ref}__in": scope.coordinated_collaboration_ids})
    return q


def _through_columns(through: type[models.Model], model: type[models.Model]) -> tuple[str, str]:
    source = target = ""
    for f in through._meta.fields:
        if f.is_relation and f.related_model is model:
            source = f.attname
        elif f.is_relation:
            target = f.attname
    return source, target


def capping_relations(model: type[models.Model]) -> list[models.ForeignKey[Any, Any]]:
    """The foreign keys of `model` that lead to another collaboration-scoped object (not the one to the
    collaboration itself): what the object belongs to or refers to, and so what caps its visibility."""
    path = _collaboration_path(model)
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, models.ForeignKey)  # a OneToOneField is one too (a plan of one funding)
        and (f.many_to_one or f.one_to_one)
        and f.name != path
        and issubclass(related_model(f), ScopedModel)
    ]


def _restrictions_q(model: type[models.Model], scope: Scope) -> Q:
    restriction = getattr(model, "scope_restriction", None)
    return Q() if restriction is None else restriction(scope)


def visibility_q(model: type[models.Model], user: Any) -> Q:
    """The Q that keeps the objects of `model` that `user` may see."""
    scope = scope_for(user)
    if scope.is_system:  # the platform itself: everything
        return Q()
    parent_field = getattr(model, "scope_parent", None)
    if parent_field:  # a part of an aggregate: exactly as visible as the aggregate
        aggregate = related_model(model._meta.get_field(parent_field))
        visible_aggregates = gateway(aggregate).visible_to(user).values("pk")
        return Q(**{f"{parent_field}__in": visible_aggregates}) & _restrictions_q(model, scope)
    if scope.is_admin:  # everything, but what a model's own rule (secrecy) keeps from everyone
        return _restrictions_q(model, scope)
    path = _collaboration_path(model)
    if path is None:  # the collaboration itself
        return _own_visibility_q(model, scope, "pk")
    parent = related_model(model._meta.get_field(path))
    visible_parents = cast("ScopedManager[Any]", parent._default_manager).visible_to(user).values("pk")
    q = _own_visibility_q(model, scope, f"{path}_id") & Q(**{f"{path}__in": visible_parents})
    for fk in capping_relations(model):
        # The parent's own visibility, by a join (it is in the same collaboration, checked above). Its own
        # parents in turn are kept at least as narrow by the services and the migrations; a nested
        # `IN (SELECT …)` per level made cold pages two to three times slower.
        parent_path = _collaboration_path(related_model(fk))
        referred = _own_visibility_q(related_model(fk), scope, f"{parent_path}_id", prefix=f"{fk.name}__")
        q &= Q(**{f"{fk.name}__isnull": True}) | referred if fk.null else referred
    return q & _restrictions_q(model, scope)


class _VisiblePrefetch(Prefetch):  # type: ignore[type-arg]  # Django's Prefetch is not generic; the stubs' is
    """The prefetch `VisiblePrefetch` makes (see there)."""

    def __init__(self, lookup: str, user: Any, queryset: QuerySet[Any] | None = None, to_attr: str | None = None):
        if LOOKUP_SEP in lookup:
            raise ValueError(f"VisiblePrefetch({lookup!r}): one relation at a time; nest a VisiblePrefetch instead")
        self.user = user
        super().__init__(lookup, queryset=None if queryset is None else self._visible(queryset), to_attr=to_attr)

    def _visible(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if not is_scoped(queryset.model):
            raise TypeError(f"VisiblePrefetch({self.prefetch_through!r}): {queryset.model.__name__} is not scoped")
        return queryset.filter(visibility_q(queryset.model, self.user))

    def resolve(self, model: type[models.Model]) -> None:
        """Find the related model from the lookup, on `model`, if no queryset was given."""
        if self.queryset is None:
            related = related_model(model._meta.get_field(self.prefetch_through))
            self.queryset = self._visible(related._default_manager.all())

    def get_current_querysets(self, level: int) -> list[QuerySet[Any]] | None:
        if self.queryset is None:
            raise ImproperlyConfigured(
                f"VisiblePrefetch({self.prefetch_through!r}) on a queryset that is not scoped: give its queryset"
            )
        return super().get_current_querysets(level)


def VisiblePrefetch(  # noqa: N802  # used like the Prefetch it stands in for
    lookup: str, user: Any, queryset: QuerySet[Any] | None = None, to_attr: str | None = None
) -> Prefetch[Any, Any]:
    """A prefetch of one relation to a collaboration-scoped model that keeps only the related objects
    `user` may see, so a template that walks the relation cannot show a hidden one.

    `queryset` (of the related model, for ordering and joins) is optional; without it, the related
    model is found from the lookup when the prefetch is added to a scoped queryset's
    `prefetch_related`. One relation at a time: a relation of the related objects is prefetched by a
    `VisiblePrefetch` in `queryset`, so no level is walked unfiltered.
    """
    # Built through Any: django-stubs' mypy plugin cannot specialize a subclass of its generic Prefetch.
    return cast("Prefetch[Any, Any]", cast(Any, _VisiblePrefetch)(lookup, user, queryset, to_attr))


class ScopedQuerySet(models.QuerySet[Any, Any]):
    """QuerySet of a collaboration-scoped model; the only way views reach such objects."""

    def visible_to(self, user: Any) -> ScopedQuerySet:
        return self.filter(visibility_q(self.model, user))

    def prefetch_related(self, *lookups: Any) -> ScopedQuerySet:
        for lookup in lookups:
            if isinstance(lookup, _VisiblePrefetch):
                lookup.resolve(self.model)
        return super().prefetch_related(*lookups)

    def editable_by(self, user: Any) -> ScopedQuerySet:
        """Objects in collaborations the user coordinates (admins: all)."""
        scope = scope_for(user)
        if scope.is_admin:
            return self.all()
        path = _collaboration_path(self.model)
        ref = "pk" if path is None else f"{path}_id"
        return self.filter(**{f"{ref}__in": scope.coordinated_collaboration_ids})


ScopedManager = models.Manager.from_queryset(ScopedQuerySet, class_name="ScopedManager")


def is_scoped(model: Any) -> bool:
    """The model's objects live in a collaboration and are reached through the gateway."""
    return isinstance(model, type) and issubclass(model, ScopedModel | ScopedPart)


class ScopedPart(models.Model):
    """Base for a part of an aggregate (a target of an indicator; an agenda item of a meeting): it has no
    visibility of its own. `scope_parent` names the foreign key to the aggregate, and the part is
    visible exactly to those who may see the aggregate, on every channel (`visibility_q`), so every
    figure worked out over an aggregate's parts is the same for everyone who sees it.

    Written only through the aggregate's services; removed with `remove_…`. A part that must be more
    secret than its aggregate is not a part: it is an object of its own (a `ScopedModel`) that refers
    to the aggregate, and is capped by it (docs/decisions/0001-parts-of-an-aggregate.md).
    """

    scope_collaboration_field: str | None = "collaboration"
    scope_parent: str = ""

    objects = ScopedManager()

    class Meta:
        abstract = True

    @property
    def scope_collaboration_id(self) -> int | None:
        value: int | None = getattr(self, f"{self.scope_collaboration_field}_id")
        return value


class ScopedModel(models.Model):
    """Base for collaboration-scoped models: a visibility and the organizations it is shared with.

    Subclasses set `scope_collaboration_field` to the name of their foreign key to the
    collaboration (None on the collaboration itself).
    """

    scope_collaboration_field: str | None = "collaboration"

    visibility = models.CharField(
        _("synlighet"), max_length=16, choices=Visibility.choices, default=Visibility.PARTICIPANTS
    )
    shared_with = models.ManyToManyField(
        "actors.Organization",
        blank=True,
        related_name="+",
        verbose_name=_("delas med organisationer"),
        help_text=_("Gäller när synligheten är 'Namngivna organisationer'."),
    )

    objects = ScopedManager()

    class Meta:
        abstract = True

    @property
    def scope_collaboration_id(self) -> int | None:
        path = self.scope_collaboration_field
        collaboration_id: int | None = self.pk if path is None else getattr(self, f"{path}_id")
        return collaboration_id
