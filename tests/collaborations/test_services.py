"""Setting up a collaboration and its parties: rules, bad input, permissions."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from collaborations import services
from collaborations.models import Collaboration, Participation
from core.models import ChangeRecord
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory, ParticipationFactory


@pytest.fixture
def coordinator_world():
    region = OrganizationFactory(name="Region Exempel", sector="region", kind="region")
    user = user_for(region, email="sam@example.org")
    collaboration = services.create_collaboration(
        actor=user, coordinating_organization=region, name="Unga lyfter igen", problem="Ungdomsarbetslöshet"
    )
    return user, region, collaboration


@pytest.mark.django_db
def test_creator_becomes_coordinator_and_their_organization_the_coordinating_party(coordinator_world):
    user, region, collaboration = coordinator_world
    assert collaboration.slug == "unga-lyfter-igen"
    party = collaboration.participations.get()
    assert (party.organization, party.role) == (region, "coordinator")
    assert list(collaboration.roles.values_list("person", "kind")) == [(user.person_id, "coordinator")]
    assert user.has_perm("collaborations.change_collaboration", collaboration)


@pytest.mark.django_db
def test_cannot_start_a_collaboration_for_an_organization_one_does_not_represent():
    user = user_for(OrganizationFactory(name="Egen kommun"), email="x@example.org")
    other = OrganizationFactory(name="Någon annans region")
    with pytest.raises(ValidationError) as err:
        services.create_collaboration(actor=user, coordinating_organization=other, name="X", problem="Y")
    assert "coordinating_organization" in err.value.message_dict


@pytest.mark.django_db
def test_duplicate_participation_is_refused_with_the_field_named(coordinator_world):
    user, region, collaboration = coordinator_world
    kommun = OrganizationFactory(name="Karlshamns kommun")
    services.add_participation(collaboration, kommun, actor=user, role="party")
    with pytest.raises(ValidationError) as err:
        services.add_participation(collaboration, kommun, actor=user, role="funder")
    assert err.value.message_dict["organization"] == ["Karlshamns kommun deltar redan i Unga lyfter igen."]
    assert Participation.objects.filter(collaboration=collaboration).count() == 2


@pytest.mark.django_db
def test_a_second_coordinating_party_is_refused(coordinator_world):
    user, region, collaboration = coordinator_world
    with pytest.raises(ValidationError) as err:
        services.add_participation(collaboration, OrganizationFactory(), actor=user, role="coordinator")
    assert "en samordnande part i taget" in err.value.message_dict["role"][0]
    party = services.add_participation(collaboration, OrganizationFactory(), actor=user, role="party")
    with pytest.raises(ValidationError):
        services.update_participation(party, actor=user, role="coordinator")
    party.refresh_from_db()
    assert party.role == "party"


@pytest.mark.django_db
def test_a_party_representative_may_not_change_the_collaboration(coordinator_world):
    user, region, collaboration = coordinator_world
    kommun = OrganizationFactory(name="Ronneby kommun")
    services.add_participation(collaboration, kommun, actor=user)
    representative = user_for(kommun, email="rep@example.org")
    newcomer = OrganizationFactory()
    count = ChangeRecord.objects.count()
    with pytest.raises(PermissionDenied):
        services.update_collaboration(collaboration, actor=representative, name="Kapat namn")
    with pytest.raises(PermissionDenied):
        services.add_participation(collaboration, newcomer, actor=representative)
    collaboration.refresh_from_db()
    assert collaboration.name == "Unga lyfter igen"
    assert ChangeRecord.objects.count() == count


@pytest.mark.django_db
def test_end_before_start_is_refused():
    participation = ParticipationFactory()
    with pytest.raises(ValidationError):
        services.update_participation(
            participation, actor=SYSTEM, start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2019, 1, 1)
        )


@pytest.mark.django_db
def test_the_coordinating_party_cannot_be_removed_and_the_last_coordinator_stays():
    collaboration = CollaborationFactory(coordinator=PersonFactory())
    coordinator_party = collaboration.participations.get(role="coordinator")
    with pytest.raises(ValidationError):
        services.remove_participation(coordinator_party, actor=SYSTEM)
    with pytest.raises(ValidationError):
        services.revoke_role(collaboration.roles.get(kind="coordinator"), actor=SYSTEM)
    assert collaboration.participations.count() == 1


@pytest.mark.django_db
def test_ended_participation_no_longer_gives_access():
    collaboration = CollaborationFactory(visibility="participants")
    kommun = OrganizationFactory(name="Avslutad kommun")
    party = services.add_participation(collaboration, kommun, actor=SYSTEM)
    user = user_for(kommun, email="ended@example.org")
    assert Collaboration.objects.visible_to(user).filter(pk=collaboration.pk).exists()
    services.update_participation(party, actor=SYSTEM, end_date=datetime.date(2020, 12, 31))
    user = type(user).objects.get(pk=user.pk)  # a new request: the scope is resolved again
    assert not Collaboration.objects.visible_to(user).filter(pk=collaboration.pk).exists()
