"""The collaboration-part framework: what every app whose objects live inside a collaboration builds on.

A *collaboration part* is an object of a collaboration-scoped model (`core.permissions.ScopedModel`):
an agreement, a body, a goal, an indicator, a meeting. The apps that hold them (`organize`, `steer`, and
the ones after them) take from here, and from nowhere else:

* `views`    the collaboration in the URL through the gateway, form pages with the permission check
             before the form, one delete page and one History page driven by each app's registry of
             parts, attachment serving;
* `forms`    a base form that knows its collaboration and user and restricts every choice over a
             scoped model to what the user may see, the date widget, document validation;
* `services` visibility inherited from and passed on to parts, "same collaboration", "is a party",
             "represents the organization", and visibility decided by the coordinators;
* `rules`    who manages a collaboration, who represents the party an object is about;
* `queries`  the parties of a collaboration a user may see.

An app never imports another app's views, forms, services or serializers (`lint-imports` checks it);
what two apps share lives here or in `core`.
"""
