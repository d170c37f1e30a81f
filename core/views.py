"""View helpers shared by the domain apps: scoped objects, htmx partials, service-backed forms,
the History tab, task progress and lazy context for cached page parts."""

from __future__ import annotations

import copy
from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.views import View
from django.views.generic import DetailView

from core.queries import history_for, readable_records, tasks_for


def lazy(compute):
    """A context value computed when a template first uses it; inside a `{% cachedpart %}` that is found
    in the cache, never."""
    return SimpleLazyObject(compute)


def lazy_context(compute, *names: str) -> dict[str, Any]:
    """Context values worked out together (`compute()` returns them as a dict), when a template first
    uses one of them."""
    together = SimpleLazyObject(compute)
    return {name: SimpleLazyObject(lambda name=name: together[name]) for name in names}


class HtmxPartialMixin:
    """Render only `partial_name` of the template when htmx asks for that fragment."""

    partial_name: str | None = None

    def get_template_names(self) -> list[str]:
        names = super().get_template_names()  # type: ignore[misc]
        request = self.request  # type: ignore[attr-defined]
        if self.partial_name and getattr(request, "htmx", False) and not request.htmx.boosted:
            return [f"{names[0]}#{self.partial_name}"]
        return names


class ServiceFormMixin:
    """A form view whose valid form is handed to a service; the service's ValidationError is shown
    on the form (field by field) and a PermissionDenied becomes a 403 with its message."""

    success_message = ""

    # Each view defines `perform(form)`, which calls the service and returns the object.

    def form_valid(self, form):
        try:
            self.object = self.perform(form)  # type: ignore[attr-defined]
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
            messages.success(self.request, self.success_message)  # type: ignore[attr-defined]
        # Not super().form_valid(): a ModelForm would save its instance a second time, around the service.
        return HttpResponseRedirect(self.get_success_url())  # type: ignore[attr-defined]


class ObjectPermissionMixin:
    """Check an object permission on the (already visible) object; refuse with 403 and a message."""

    permission_required = ""

    def check_object_permission(self, obj) -> None:
        if not self.request.user.has_perm(self.permission_required, obj):  # type: ignore[attr-defined]
            raise PermissionDenied


class ObjectHistoryView(DetailView):
    """The History tab of any object; `get_queryset` must go through the gateway."""

    template_name = "core/object_history.html"
    paginate_by = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Paginator(history_for(self.object), self.paginate_by).get_page(self.request.GET.get("sida"))
        context.update(records=readable_records(page, self.request.user), page_obj=page, history_tab=True)
        return context


class TaskProgressView(LoginRequiredMixin, View):
    """Progress of one background task; htmx polls the fragment until the task has finished."""

    def get(self, request, pk: int) -> HttpResponse:
        progress = get_object_or_404(tasks_for(request.user), pk=pk)
        template = "core/task_progress.html"
        if request.htmx:
            template += "#progress"
        return render(request, template, {"progress": progress})


class TaskListView(LoginRequiredMixin, View):
    def get(self, request) -> HttpResponse:
        tasks = tasks_for(request.user)[:50]
        return render(request, "core/task_list.html", {"tasks": tasks})


class ServiceUpdateMixin(ServiceFormMixin):
    """An edit form for an existing object: the form validates a copy, so the service sees the
    object as it was and records the true before/after."""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()  # type: ignore[misc]
        if kwargs.get("instance") is not None:
            kwargs["instance"] = copy.copy(kwargs["instance"])
        return kwargs

    def changed_data(self, form) -> dict[str, Any]:
        """The cleaned values of the form's fields (all of them: the service records only real changes)."""
        return {name: form.cleaned_data[name] for name in form.fields if name in form.cleaned_data}
