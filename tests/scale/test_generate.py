"""The scale data set: reproducible from its seed, with a mix of visibilities that the gateway filters."""

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.http import HttpRequest
from django.test import Client

from collaborations.models import Collaboration
from scale.generator import generate
from steer.models import Goal, Indicator
from work.models import ActionPlan, Activity

pytestmark = pytest.mark.django_db


def _snapshot(seed):
    with transaction.atomic():
        generate("small", seed)
        seen = list(Collaboration.objects.filter(slug__startswith="skala-").values_list("name", "visibility"))
        seen += list(Indicator.objects.values_list("name", "visibility", "direction"))
        seen += list(Activity.objects.values_list("title", "status", "knowledge_basis", "end_date"))
        transaction.set_rollback(True)
    return seen


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data():
    first, again, other = _snapshot(7), _snapshot(7), _snapshot(8)
    assert first == again
    assert first != other


def test_the_small_set_mixes_visibilities_and_an_outsider_sees_only_what_is_public(settings):
    settings.DEBUG = True
    call_command("generate_scale", size="small", verbosity=0)
    visibilities = set(Collaboration.objects.filter(slug__startswith="skala-").values_list("visibility", flat=True))
    assert {"public", "participants"} <= visibilities
    hidden = Collaboration.objects.filter(slug__startswith="skala-").exclude(visibility="public").first()
    outsider = Client()
    # django-axes (login throttling) needs the request a login comes with; Client.login has none of its own.
    assert outsider.login(request=HttpRequest(), email="utomstaende@skala.example", password="skala-demo")
    assert outsider.get(f"/samverkan/{hidden.slug}/").status_code == 404
    listed = outsider.get("/samverkan/").content.decode()
    assert hidden.name not in listed


def test_every_collaboration_has_plans_whose_activities_have_an_owner_a_goal_and_leave_a_goal_without():
    with transaction.atomic():
        result = generate("small", 7)
        assert result.plans == ActionPlan.objects.count() and result.activities == Activity.objects.count()
        for collaboration in Collaboration.objects.filter(slug__startswith="skala-"):
            assert ActionPlan.objects.filter(collaboration=collaboration, organization__isnull=True).exists()
            assert Activity.objects.filter(collaboration=collaboration).exists()
            assert Goal.objects.filter(collaboration=collaboration, activities=None).exists()
        assert not Activity.objects.filter(goals=None).exists()
        assert not Activity.objects.filter(scaled_up_on__isnull=False).exists()
        for activity in Activity.objects.prefetch_related("notes")[:50]:
            assert activity.status == max(activity.notes.all(), key=lambda n: (n.written_on, n.pk)).status
        transaction.set_rollback(True)


def test_the_command_refuses_a_second_run_and_a_production_database(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("generate_scale", size="small")
    settings.DEBUG = True
    call_command("generate_scale", size="small", verbosity=0)
    with pytest.raises(CommandError, match="already"):
        call_command("generate_scale", size="small")


def test_the_scale_organizations_of_kommuner_and_regions_carry_their_official_names():
    from actors.models import Organization

    with transaction.atomic():
        generate("small", 7)
        public = list(
            Organization.objects.filter(kind__in=["municipality", "region"], name__endswith=" (skala)")
            .select_related("area")
            .values_list("name", "area__organization_name", "area__scb_code")
        )
        transaction.set_rollback(True)
    assert public
    for name, official, code in public:
        assert name == f"{official} (skala)" or (code == "0980" and name == "Gotlands kommun (skala)"), name
