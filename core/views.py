"""View helpers shared by the domain apps: scoped objects, htmx partials, service-backed forms (sent
once, saved only onto the version they were based on), the History tab, task progress and lazy
context for cached page parts."""

from __future__ import annotations

import copy
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import formats
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView

from core import generations, versions

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise
from core.queries import history_for, readable_records, tasks_for

SUBMISSION_FIELD = "submission_token"  # the hidden one-time token of every create form
SUBMISSION_SECONDS = 24 * 3600  # how long a sent form is remembered
_PENDING = "pending"


def lazy(compute: Callable[[], Any]) -> Any:
    """A context value computed when a template first uses it; inside a `{% cachedpart %}` that is found
    in the cache, never."""
    return SimpleLazyObject(compute)


def lazy_context(compute: Callable[[], dict[str, Any]], *names: str) -> dict[str, Any]:
    """Context values worked out together (`compute()` returns them as a dict), when a template first
    uses one of them."""
    together = SimpleLazyObject(compute)
    return {name: SimpleLazyObject(_item(together, name)) for name in names}


def _item(mapping: Any, name: str) -> Callable[[], Any]:
    return lambda: mapping[name]


class HtmxPartialMixin:
    """Render only `partial_name` of the template when htmx asks for that fragment."""

    partial_name: str | None = None
    if TYPE_CHECKING:  # a mixin: these come from the template view it is mixed into
        request: HttpRequest

    def get_template_names(self) -> list[str]:
        # A mixin of a template view, which defines get_template_names (mypy sees only `object` above).
        names: list[str] = super().get_template_names()  # type: ignore[misc]
        request: Any = self.request
        if self.partial_name and getattr(request, "htmx", False) and not request.htmx.boosted:
            return [f"{names[0]}#{self.partial_name}"]
        return names


def _submission_key(request: HttpRequest, token: str) -> str:
    return f"form-sent:{getattr(request.user, 'pk', None)}:{token}"


class ServiceFormMixin:
    """A form view whose valid form is handed to a service; the service's ValidationError is shown
    on the form (field by field) and a PermissionDenied becomes a 403 with its message.

    Sent once: the form carries a one-time token (hidden field `submission_token`, new on every GET).
    The first valid POST with it claims the token in the cache (`cache.add`, atomic in every backend)
    and, once the service has saved, remembers where it led; the same form posted again (a double
    click, a reload of the answer, the back button) saves nothing and leads to what the first one
    created, saying so. A POST refused as invalid frees its token, so the corrected form can be sent.
    A POST without a token (a client that never showed the form) is not checked. With several web
    processes the cache must be shared (`CACHE_URL`), as for the cached pages.
    """

    success_message: StrOrPromise = ""
    submit_once = True

    # Each view defines `perform(form)`, which calls the service and returns the object.
    if TYPE_CHECKING:  # a mixin: these come from the form view it is mixed into, or the view itself
        request: HttpRequest
        object: Any

        def perform(self, form: Any) -> Any: ...
        def form_invalid(self, form: Any) -> HttpResponse: ...
        def get_success_url(self) -> str: ...

    def get_form(self, form_class: Any = None) -> Any:
        # A mixin of a form view, which defines get_form (mypy sees only `object` above).
        form = super().get_form(form_class)  # type: ignore[misc]
        if self.submit_once:
            form.fields[SUBMISSION_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
            if not form.is_bound:
                form.initial[SUBMISSION_FIELD] = secrets.token_urlsafe(18)
        return form

    def form_valid(self, form: Any) -> HttpResponse:
        token = str(form.cleaned_data.pop(SUBMISSION_FIELD, "") or "")[:64]
        if not token:
            return self.save_form(form)
        key = _submission_key(self.request, token)
        timeout = getattr(settings, "SUBMISSION_SECONDS", SUBMISSION_SECONDS)
        if not cache.add(key, _PENDING, timeout):
            return self.already_sent(cache.get(key))
        response = None
        try:
            response = self.save_form(form)
        finally:
            if isinstance(response, HttpResponseRedirect):
                cache.set(key, response.url, timeout)
            else:  # refused: the corrected form may be sent with the same token
                cache.delete(key)
        return response

    def already_sent(self, where: str | None) -> HttpResponse:
        request = self.request
        if where and where != _PENDING:
            messages.info(request, _("Formuläret var redan skickat; inget skapades två gånger."))
            return HttpResponseRedirect(where)
        # The first POST is still being saved (or its answer was forgotten): nothing is saved twice.
        messages.info(request, _("Formuläret skickas redan; inget skapas två gånger. Kontrollera resultatet."))
        return HttpResponseRedirect(request.get_full_path())

    def save_form(self, form: Any) -> HttpResponse:
        try:
            self.object = self.perform(form)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    target = field if field in form.fields else None
                    for error in errors:
                        form.add_error(target, error)
            else:
                form.add_error(None, exc)
            return self.form_invalid(form)
        if self.success_message:
            messages.success(self.request, self.success_message)
        # Not super().form_valid(): a ModelForm would save its instance a second time, around the service.
        return HttpResponseRedirect(self.get_success_url())


class ObjectPermissionMixin:
    """Check an object permission on the (already visible) object; refuse with 403 and a message."""

    permission_required = ""
    if TYPE_CHECKING:  # a mixin: from the view it is mixed into
        request: HttpRequest

    def check_object_permission(self, obj: Any) -> None:
        if not self.request.user.has_perm(self.permission_required, obj):
            raise PermissionDenied


class ObjectHistoryView(DetailView[Any]):
    """The History tab of any object; `get_queryset` must go through the gateway."""

    template_name = "core/object_history.html"
    paginate_by = 50

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        page = Paginator(history_for(self.object), self.paginate_by).get_page(self.request.GET.get("sida"))
        context.update(
            records=readable_records(page, self.request.user, in_words=True), page_obj=page, history_tab=True
        )
        return context


class TaskProgressView(LoginRequiredMixin, View):
    """Progress of one background task; htmx polls the fragment until the task has finished."""

    def get(self, request: Any, pk: int) -> HttpResponse:
        progress = get_object_or_404(tasks_for(request.user), pk=pk)
        template = "core/task_progress.html"
        if request.htmx:
            template += "#progress"
        return render(request, template, {"progress": progress})


class TaskListView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        tasks = tasks_for(request.user)[:50]
        return render(request, "core/task_list.html", {"tasks": tasks})


class ServiceUpdateMixin(ServiceFormMixin):
    """An edit form for an existing object: the form validates a copy, so the service sees the
    object as it was and records the true before/after.

    Saved only onto the version it was based on (`core.versions`): the form carries the object's
    version (hidden field `based_on_version`); the save checks it with the row locked, in the
    transaction of the service. A stale save writes nothing and shows the form again with the user's
    input, and beside it, field by field, what is saved now; the form then carries the version saved
    now, so sending it again deliberately replaces those values. A stale save that asks for exactly
    what is saved now (the same form sent twice) is no conflict.
    """

    submit_once = False  # sending an edit twice is caught by its version

    def get_form_kwargs(self) -> dict[str, Any]:
        # A mixin of a model form view, which defines get_form_kwargs (mypy sees only `object` above).
        kwargs: dict[str, Any] = super().get_form_kwargs()  # type: ignore[misc]
        if kwargs.get("instance") is not None:
            kwargs["instance"] = copy.copy(kwargs["instance"])
        return kwargs

    def get_form(self, form_class: Any = None) -> Any:
        form = super().get_form(form_class)
        form.fields[versions.FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
        if not form.is_bound and self.object.pk is not None:
            form.initial[versions.FIELD] = versions.version_of(self.object)
        return form

    def form_valid(self, form: Any) -> HttpResponse:
        based_on = form.cleaned_data.pop(versions.FIELD, None)
        with transaction.atomic():
            try:
                versions.ensure_current(self.object, based_on)
            except versions.StaleVersion as stale:
                return self.stale(form, stale)
            return super().form_valid(form)

    def stale(self, form: Any, stale: versions.StaleVersion) -> HttpResponse:
        rows = differences(form, stale.current)
        if not rows:  # what the form asks for is saved already: nothing lost, nothing to save
            if self.success_message:
                messages.success(self.request, self.success_message)
            return HttpResponseRedirect(self.get_success_url())
        form.data = form.data.copy()
        form.data[versions.FIELD] = stale.current_version  # a deliberate second save is based on it
        form.add_error(
            None,
            f"{stale.messages[0]} "
            + _("Inget av det du skrev är sparat. Jämför dina värden med dem som är sparade nu nedan."),
        )
        form.conflict = rows
        form.conflict_record = history_for(stale.current).first()
        return self.form_invalid(form)

    def changed_data(self, form: Any) -> dict[str, Any]:
        """The cleaned values of the form's fields (all of them: the service records only real changes)."""
        return {name: form.cleaned_data[name] for name in form.fields if name in form.cleaned_data}


def remove_current(request: Any, obj: Any, remove: Callable[..., Any]) -> None:
    """Remove `obj` through the service `remove` only if it is still at the version the page showed
    (`based_on_version` of the POST; none given, no check), in one transaction with its row locked.

    A stale removal removes nothing and raises a ValidationError saying so. It also marks the
    collaboration's cached pages old: the page that showed the old version may have been a cached part
    (a change made outside the history leaves it in place), and the user is now sent back to it.
    """
    try:
        with transaction.atomic():
            versions.ensure_current(obj, request.POST.get(versions.FIELD))
            remove(obj, actor=request.user, reason=request.POST.get("reason", ""))
    except versions.StaleVersion as stale:
        with transaction.atomic():
            generations.bump_for(getattr(obj, "scope_collaboration_id", None))
        raise ValidationError(
            f"{stale.messages[0]} " + _("Inget togs bort. Så här ser det ut nu; ta bort det igen om det ska bort."),
            code="stale",
        ) from stale


def differences(form: Any, saved: Any) -> list[dict[str, str]]:
    """The fields whose input in `form` differs from what `saved` holds now: label, the input, the
    value saved now (as the user reads them; a linked object the user may not pick is "dolt objekt")."""
    stored = model_to_dict(saved)
    rows = []
    for name, field in form.fields.items():
        if name not in stored or name not in form.cleaned_data or field.disabled:
            continue
        if field.has_changed(stored[name], form[name].data):
            rows.append(
                {
                    "label": str(field.label or name),
                    "yours": shown(field, form.cleaned_data[name]),
                    "saved": shown(field, stored[name]),
                }
            )
    return rows


def shown(field: forms.Field, value: Any) -> str:
    """A form value as text for the user (an empty one as "(tomt)", never as 0 or "no")."""
    if isinstance(field, forms.ModelChoiceField):
        many = isinstance(field, forms.ModelMultipleChoiceField)
        pks = [getattr(v, "pk", v) for v in (value or [])] if many else ([] if value in (None, "") else [value])
        pks = [getattr(pk, "pk", pk) for pk in pks]
        labels = {o.pk: field.label_from_instance(o) for o in cast(Any, field.queryset).filter(pk__in=pks)}
        text = ", ".join(labels.get(pk, _("dolt objekt")) for pk in pks)
    elif value in (None, "", [], ()):
        text = ""
    elif isinstance(field, forms.BooleanField):
        text = _("Ja") if value else _("Nej")
    elif isinstance(field, forms.ChoiceField):
        labels = {}
        for key, label in cast(Any, field.choices):  # a list of pairs once the form is built
            if isinstance(label, (list, tuple)):
                labels.update({str(k): str(v) for k, v in label})
            else:
                labels[str(key)] = str(label)
        values = value if isinstance(value, (list, tuple)) else [value]
        text = ", ".join(labels.get(str(v), str(v)) for v in values)
    elif isinstance(field, forms.FileField):
        text = getattr(value, "name", "") or ""
    else:
        text = str(formats.localize(value))
    return text or _("(tomt)")
