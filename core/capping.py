"""Bringing existing data under the rule that nothing is more visible than what it belongs to.

The services keep the rule for every write (`core.services.require_within_parents`, `cap_parts`); the
data migrations of the apps call `cap_existing` once for the data written before the rule, with the
historical models, so it works on any database a migration meets. Each narrowed object gets a history
record ("core.visibility.capped") saying so."""

from __future__ import annotations

from typing import Any

from django.db.models import F
from django.utils import timezone

BREADTH = {"named": 1, "participants": 2, "public": 3}
ACTION = "core.visibility.capped"
REASON = "Synligheten begränsades till den för det som detta hör till (rättning av äldre data)."


def cap_existing(apps: Any, pairs: list[tuple[str, str]]) -> int:
    """Narrow every object of `pairs` ("app.Model", foreign key), taken in order from the top down, to
    the visibility of the object its foreign key leads to. Returns how many objects were narrowed."""
    total = 0
    while True:  # parts of parts (a sub-goal's sub-goal) follow in the next pass
        narrowed = _one_pass(apps, pairs)
        total += narrowed
        if not narrowed:
            return total


def _one_pass(apps: Any, pairs: list[tuple[str, str]]) -> int:
    ChangeRecord = apps.get_model("core", "ChangeRecord")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Generation = apps.get_model("core", "Generation")
    narrowed = 0
    for label, fk_name in pairs:
        model = apps.get_model(label)
        for obj in model.objects.exclude(**{f"{fk_name}__isnull": True}).select_related(fk_name).iterator():
            parent = getattr(obj, fk_name)
            before = (obj.visibility, sorted(obj.shared_with.values_list("pk", flat=True)))
            visibility, shared = before[0], set(before[1])
            parent_shared = set(parent.shared_with.values_list("pk", flat=True))
            if BREADTH[visibility] > BREADTH[parent.visibility]:
                visibility = parent.visibility
                shared = parent_shared if visibility == "named" else shared
            elif visibility == parent.visibility == "named":
                shared &= parent_shared
            after = (visibility, sorted(shared))
            if after == before:
                continue
            obj.visibility = visibility
            obj.save(update_fields=["visibility"])
            obj.shared_with.set(after[1])
            narrowed += 1
            ct, _ = ContentType.objects.get_or_create(app_label=model._meta.app_label, model=model._meta.model_name)
            changes = {}
            if after[0] != before[0]:
                changes["visibility"] = [before[0], after[0]]
            if after[1] != before[1]:
                changes["shared_with"] = [before[1], after[1]]
            ChangeRecord.objects.create(
                time=timezone.now(),
                actor=None,  # the system: no user
                actor_name="system",
                action=ACTION,
                content_type=ct,
                object_id=obj.pk,
                object_repr=f"{model._meta.verbose_name} {obj.pk}",
                collaboration_id=obj.collaboration_id,
                before={k: v[0] for k, v in changes.items()},
                after={k: v[1] for k, v in changes.items()},
                changes=changes,
                reason=REASON,
            )
            # What was cached of the collaboration is old now (`core.generations`).
            name = f"collaboration:{obj.collaboration_id}"
            if not Generation.objects.filter(name=name).update(value=F("value") + 1):
                Generation.objects.create(name=name, value=1)
    return narrowed
