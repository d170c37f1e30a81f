"""Bodies of the collaboration, the organigram, members and the bodies' material."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from collaborations.parts.time import AsOfMixin
from collaborations.parts.views import serve_attachment
from organize import queries, services
from organize.forms import BodyDocumentForm, BodyForm, MembershipForm
from organize.models import Body, BodyDocument, Membership
from organize.views.base import OrganizeCreateView, OrganizeMixin, OrganizeUpdateView


class OrganigramView(AsOfMixin, OrganizeMixin, TemplateView):
    """The bodies as a tree, with who sits in them for whom, today or as of a date (`?per=`): the
    bodies that existed then, with their members of that day."""

    template_name = "organize/organigram.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bodies = list(queries.bodies_for(self.get_collaboration(), self.request.user, self.on))
        context["tree"] = queries.body_tree(queries.bodies_on(bodies, self.on))
        context["closed"] = [b for b in bodies if b.is_closed(self.on)]
        context["party_ids"] = queries.parties_on(self.get_collaboration(), self.on)
        context["any_invented"] = any(m.person.is_invented for b in bodies for m in b.current_members)
        return context


class BodyScopedMixin(OrganizeMixin):
    def get_body(self) -> Body:
        if not hasattr(self, "_body"):
            on = getattr(self, "on", None)
            self._body = get_object_or_404(
                queries.with_chair_rules(
                    queries.bodies_for(self.get_collaboration(), self.request.user, on), self.request.user
                ),
                pk=self.kwargs["pk"],
            )
        return self._body


class BodyDetailView(AsOfMixin, BodyScopedMixin, TemplateView):
    """A body today or as of a date (`?per=`): its members, its chair and the rule of a rotating chair
    in force that day, and its material."""

    template_name = "organize/body_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        body = self.get_body()
        # a computed chair stops with the collaboration and with the body
        ends = [d for d in (body.collaboration.end_date, body.closed_on) if d is not None and d < self.on]
        chair_day = min(ends) if ends else self.on
        rules = list(body.chair_rules.all())
        in_force = queries.rule_on(rules, chair_day)
        party_ids = queries.parties_on(body.collaboration, chair_day)
        names = queries.organization_names({pk for rule in rules for pk in rule.order})
        facts = queries.ChairFacts(names, {body.collaboration_id: party_ids})
        chair = queries.chair_on(body, chair_day, body.current_members if chair_day == self.on else None, facts)
        rule_rows = [
            {
                "rule": rule,
                "in_force": rule == in_force,
                "places": [
                    {
                        "name": names.get(pk, "?"),
                        "turn": rule == in_force and chair is not None and chair.is_computed and chair.index == i,
                        "party": pk in party_ids,
                    }
                    for i, pk in enumerate(rule.order)
                ],
            }
            for rule in rules
        ]
        children = self.scoped(Body).filter(parent=body).select_related("collaboration")
        context.update(
            object=body,
            body=body,
            chair=chair,
            chair_day=chair_day,
            chair_ended=chair_day != self.on,
            chair_id=chair.organization_id if chair else None,
            rules=rules,
            rule_rows=rule_rows,
            party_ids=party_ids if chair_day == self.on else queries.parties_on(body.collaboration, self.on),
            not_yet=body.established_on is not None and body.established_on > self.on,
            closed=body.is_closed(self.on),
            children=children,
            parent=self.scoped(Body).filter(pk=body.parent_id).first() if body.parent_id else None,
            documents=queries.body_documents(body, self.request.user, self.on if self.as_of else None),
        )
        return context


class BodyCreateView(OrganizeCreateView):
    form_class = BodyForm
    template_name = "organize/body_form.html"
    heading = _("Nytt organ")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility, "parent": self.request.GET.get("under")}

    def perform(self, form):
        return services.create_body(self.get_collaboration(), actor=self.request.user, **form.service_data())

    def get_success_url(self):
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return reverse("organize:bodies", args=[self.get_collaboration().slug])


class BodyUpdateView(OrganizeUpdateView):
    model = Body
    form_class = BodyForm
    template_name = "organize/body_form.html"

    def get_heading(self):
        return _("Ändra %(obj)s") % {"obj": self.get_object()}

    def perform(self, form):
        data = form.service_data()
        return services.update_body(self.object, actor=self.request.user, **data)


class MembershipCreateView(BodyScopedMixin, OrganizeCreateView):
    form_class = MembershipForm

    def permission_object(self):
        return self.get_body()

    def get_heading(self):
        return _("Ny ledamot i %(body)s") % {"body": self.get_body()}

    def get_initial(self):
        return {"visibility": self.get_body().visibility}

    def perform(self, form):
        person, organization = form.cleaned_data["person"], form.cleaned_data["organization"]
        new_person, data = form.new_person(), form.service_data()
        if new_person is not None:
            return services.add_new_person_as_member(
                self.get_body(), organization, new_person=new_person, actor=self.request.user, **data
            )
        return services.add_membership(self.get_body(), person, organization, actor=self.request.user, **data)

    def get_success_url(self):
        return self.get_body().get_absolute_url() + "#ledamoter"


class MembershipUpdateView(OrganizeUpdateView):
    model = Membership
    form_class = MembershipForm
    pk_url_kwarg = "member"

    def get_queryset(self):
        return super().get_queryset().filter(body_id=self.kwargs["pk"]).select_related("body", "person")

    def get_heading(self):
        return _("Ändra ledamotskap: %(person)s") % {"person": self.get_object().person}

    def perform(self, form):
        return services.update_membership(self.object, actor=self.request.user, **self.changed_data(form))


class BodyDocumentCreateView(BodyScopedMixin, OrganizeCreateView):
    form_class = BodyDocumentForm

    def permission_object(self):
        return self.get_body()

    def get_heading(self):
        return _("Ny handling i %(body)s") % {"body": self.get_body()}

    def perform(self, form):
        return services.add_body_document(self.get_body(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return self.get_body().get_absolute_url() + "#handlingar"


class BodyDocumentView(OrganizeMixin, TemplateView):
    """A body's document, shown only to those who may see it (members only under secrecy)."""

    template_name = "organize/body_document.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = get_object_or_404(
            self.scoped(BodyDocument).filter(body_id=self.kwargs["pk"]).select_related("body"),
            pk=self.kwargs["document"],
        )
        context.update(object=document, document=document)
        return context


class BodyDocumentFileView(OrganizeMixin, View):
    def get(self, request, slug, pk, document):
        obj = get_object_or_404(self.scoped(BodyDocument).filter(body_id=pk), pk=document)
        return serve_attachment(request, obj)
