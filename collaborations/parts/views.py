"""What every page of a collaboration part shares.

* `CollaborationScopedMixin`: the collaboration in the URL, reached through the gateway (404 when hidden).
* `PartPageMixin`: that, plus `scoped(model)`, the objects of a model in this collaboration that the
  user may see, and the app's tab and "may manage" flag for the templates.
* `PartFormPageMixin`, `PartCreateView`, `PartUpdateView`: a form page that only those who may make
  the change get to see (the permission is checked before the form is built; 403 with a message).
* `Parts`: an app's registry of its parts by the name used in their URLs (`avtal`, `mal`, …): model,
  removal service, the permission to remove, and the page shown after removal. One `PartDeleteView`
  and one `PartHistoryView` serve every app from its registry (`part_urls`).
* `serve_attachment`: send the file attached to an object reached through the gateway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.db import models
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import CreateView, UpdateView

from collaborations.models import Collaboration
from core.views import ObjectHistoryView, ServiceFormMixin, ServiceUpdateMixin, remove_current

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

FORM_TEMPLATE = "form_page.html"  # the form page every app's create and update views share
COORDINATORS_ONLY = _("Bara samverkans samordnare kan göra den här ändringen.")


class CollaborationScopedMixin:
    """Reach the collaboration in the URL through the gateway (404 when hidden)."""

    request: HttpRequest
    kwargs: dict[str, Any]

    def get_collaboration(self) -> Collaboration:
        if not hasattr(self, "_collaboration"):
            self._collaboration = get_object_or_404(
                Collaboration.objects.visible_to(self.request.user), slug=self.kwargs["slug"]
            )
        return self._collaboration

    def require(self, perm: str) -> None:
        if not self.request.user.has_perm(perm, self.get_collaboration()):
            raise PermissionDenied(COORDINATORS_ONLY)


class PartPageMixin(CollaborationScopedMixin):
    """A page inside a collaboration: `tab` marks the app's sub-navigation, `manage_permission` is the
    app's permission to manage its parts (shown to templates as `can_manage`)."""

    tab = ""
    manage_permission = ""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        collaboration = self.get_collaboration()
        can_manage = bool(self.manage_permission) and self.request.user.has_perm(self.manage_permission, collaboration)
        return super().get_context_data(  # type: ignore[misc]  # a mixin: the view's own context comes next
            collaboration=collaboration, can_manage=can_manage, tab=self.tab, **kwargs
        )

    def scoped(self, model: type[models.Model]) -> QuerySet[Any]:
        """Objects of `model` in this collaboration that the user may see (with the collaboration, for links)."""
        return (
            model._default_manager.visible_to(self.request.user)  # type: ignore[attr-defined]  # a ScopedManager
            .filter(collaboration=self.get_collaboration())
            .select_related("collaboration")
        )


class PartFormPageMixin(LoginRequiredMixin, PartPageMixin):
    """A form page that only those who hold `permission` on `permission_object()` get to see (403
    with `denied` otherwise); the form is given the collaboration and the user."""

    template_name: str | None = FORM_TEMPLATE
    permission = ""
    denied: str | Promise = COORDINATORS_ONLY
    heading: str | Promise = ""
    success_message: StrOrPromise = _("Ändringarna är sparade.")

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.user.is_authenticated:
            self.check_permission()
        return super().dispatch(request, *args, **kwargs)

    def permission_object(self) -> Any:
        return self.get_collaboration()

    def check_permission(self) -> None:
        if not self.permission:
            raise ImproperlyConfigured(f"{type(self).__name__} names no permission")
        if not self.request.user.has_perm(self.permission, self.permission_object()):
            raise PermissionDenied(self.denied)

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()  # type: ignore[misc]  # a mixin of a form view
        return {**kwargs, "collaboration": self.get_collaboration(), "user": self.request.user}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        back_url = self.get_success_url()  # type: ignore[attr-defined]  # the form view's own
        return super().get_context_data(heading=self.get_heading(), back_url=back_url, **kwargs)

    def get_heading(self) -> str:
        return str(self.heading)


class PartCreateView(PartFormPageMixin, ServiceFormMixin, CreateView):
    success_message = _("Sparat.")


class PartUpdateView(PartFormPageMixin, ServiceUpdateMixin, UpdateView):
    """Change one part; its own object is the permission object."""

    model: Any = None  # set by subclasses

    def get_queryset(self) -> QuerySet[Any]:
        return self.scoped(self.model)

    def get_object(self, queryset: QuerySet[Any] | None = None) -> Any:
        if not hasattr(self, "_object"):
            self._object = super().get_object(queryset)
        return self._object

    def permission_object(self) -> Any:
        return self.get_object()

    def get_success_url(self) -> str:
        return self.get_object().get_absolute_url()


# The registry of an app's parts --------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One kind of part, by the name used in its URLs.

    `remove` is the service that removes it (None: it is not removed on its own, only shown with its
    History), `permission` the permission to remove it, `after` the page shown after removal: a URL
    name taking the collaboration's slug, a function of the removed object, or None for the removed
    object's own address (the page it was shown on)."""

    model: type[models.Model]
    remove: Callable[..., Any] | None = None
    permission: str = ""
    after: str | Callable[[Any], str] | None = None

    def page_after(self, obj: Any, slug: str) -> str:
        if callable(self.after):
            return self.after(obj)
        if self.after is None:
            return obj.get_absolute_url()
        return reverse(self.after, args=[slug])


class Parts:
    """An app's parts by kind, for the one delete page and the one History page."""

    def __init__(self, parts: dict[str, Part], *, denied: str | Promise = COORDINATORS_ONLY) -> None:
        for kind, part in parts.items():
            if part.remove is not None and not part.permission:
                raise ImproperlyConfigured(f"the part {kind!r} is removed without a permission")
        self.parts = parts
        self.denied = denied

    def __getitem__(self, kind: str) -> Part:
        if kind not in self.parts:
            raise Http404
        return self.parts[kind]

    def removable(self, kind: str) -> Part:
        part = self[kind]
        if part.remove is None:
            raise Http404
        return part


class PartDeleteView(LoginRequiredMixin, PartPageMixin, View):
    """Remove one part (POST), through its service, if it is still what the page showed. A refusal by
    the service is shown as a message on the part's page."""

    parts: Parts

    def post(self, request: HttpRequest, slug: str, kind: str, pk: int) -> HttpResponse:
        part = self.parts.removable(kind)
        obj = get_object_or_404(self.scoped(part.model), pk=pk)
        if not request.user.has_perm(part.permission, obj):
            raise PermissionDenied(self.parts.denied)
        back = part.page_after(obj, slug)
        try:
            remove_current(request, obj, cast("Callable[..., Any]", part.remove))  # removable: it has one
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect(obj.get_absolute_url())
        messages.success(request, _("Borttaget: %(obj)s") % {"obj": obj})
        return redirect(back)


class PartHistoryView(PartPageMixin, ObjectHistoryView):
    """The History tab of any part in the registry."""

    parts: Parts

    def get_queryset(self) -> QuerySet[Any]:
        return self.scoped(self.parts[self.kwargs["kind"]].model)


def part_urls(history: type[PartHistoryView], delete: type[PartDeleteView]) -> list[Any]:
    """The History and delete addresses of an app's parts (`historik/<kind>/<pk>/`, `ta-bort/…`)."""
    return [
        path("historik/<str:kind>/<int:pk>/", history.as_view(), name="history"),
        path("ta-bort/<str:kind>/<int:pk>/", delete.as_view(), name="delete"),
    ]


def serve_attachment(request: HttpRequest, obj: Any, field: str = "attachment") -> FileResponse:
    """Send an attached file; `obj` has been reached through the gateway by the caller."""
    attachment = getattr(obj, field)
    if not attachment:
        raise Http404
    try:
        handle = attachment.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    return FileResponse(handle, as_attachment=True, filename=attachment.name.rsplit("/", 1)[-1])
