"""What the actors' pages show of collaborations: only what the viewer may see.

The sections come from `collaborations`' template tags (`actors` does not import `collaborations`); these
tests hold them to the gateway: a collaboration, a participation or a role that exists but is hidden from
the viewer is not on the page.
"""

import pytest

from collaborations import services
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory


@pytest.fixture
def world():
    """A public and a participants-only collaboration, both covering Örebro län; the organization Kumla
    coordinates the public one and takes part in the hidden one; its representative holds a role in each."""
    kumla = OrganizationFactory(name="Kumla kommun", area=area("1881"))
    outsider_org = OrganizationFactory(name="Utomstående kommun")
    hidden_owner = OrganizationFactory(name="Hemlig huvudman")
    member = user_for(kumla, email="kumla@example.org", first_name="Kim", last_name="Kumla")
    outsider = user_for(outsider_org, email="ute@example.org")
    public = CollaborationFactory(name="Öppen samverkan", coordinating_organization=kumla, areas=[area("18")])
    hidden = CollaborationFactory(
        name="Dold samverkan", coordinating_organization=hidden_owner, visibility="participants", areas=[area("18")]
    )
    services.add_participation(hidden, kumla, actor=SYSTEM, visibility="participants")
    services.assign_role(public, member.person, "representative", actor=SYSTEM, organization=kumla)
    services.assign_role(hidden, member.person, "representative", actor=SYSTEM, organization=kumla)
    return {"kumla": kumla, "member": member, "outsider": outsider}


def _page(client, url, user=None) -> str:
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_area_page_lists_only_the_collaborations_the_visitor_may_see(client, world):
    anonymous = _page(client, "/omraden/18/")
    member = _page(client, "/omraden/18/", world["member"])

    assert ("Samverkan i området" in anonymous, "Öppen samverkan" in anonymous, "Dold samverkan" in anonymous) == (
        True,
        True,
        False,
    )
    assert ("Öppen samverkan" in member, "Dold samverkan" in member) == (True, True)


@pytest.mark.django_db
def test_the_area_page_says_so_when_no_visible_collaboration_covers_it(client, world):
    page = _page(client, "/omraden/1880/")

    assert "Ingen samverkan som du kan se omfattar området." in page


@pytest.mark.django_db
def test_the_organization_page_lists_only_the_participations_the_visitor_may_see(client, world):
    url = world["kumla"].get_absolute_url()
    outsider = _page(client, url, world["outsider"])
    member = _page(client, url, world["member"])

    assert ("Deltar i samverkan" in outsider, "Öppen samverkan" in outsider, "Dold samverkan" in outsider) == (
        True,
        True,
        False,
    )
    assert ("Öppen samverkan" in member, "Dold samverkan" in member) == (True, True)


@pytest.mark.django_db
def test_the_person_page_lists_only_the_roles_the_visitor_may_see(client, world):
    url = world["member"].person.get_absolute_url()
    outsider = _page(client, url, world["outsider"])
    member = _page(client, url, world["member"])

    assert ("Roller i samverkan" in outsider, "Öppen samverkan" in outsider, "Dold samverkan" in outsider) == (
        True,
        True,
        False,
    )
    assert ("Öppen samverkan" in member, "Dold samverkan" in member) == (True, True)
    assert "Öppen samverkan</a>: Aktörsrepresentant (Kumla kommun)" in member


@pytest.mark.django_db
def test_the_organization_list_counts_only_the_participations_the_visitor_may_see(client, world):
    """Kumla takes part in two collaborations, one of them hidden from outsiders: the count must not tell
    an outsider that the hidden one exists."""
    import re

    def count(page: str) -> str:
        row = re.search(r"Kumla kommun</a></td>.*?<td class=\"num\">(\d+)</td>", page, re.S)
        assert row, "Kumla's row is on the list"
        return row.group(1)

    assert count(_page(client, "/organisationer/?q=Kumla")) == "1"
    assert count(_page(client, "/organisationer/?q=Kumla", world["member"])) == "2"
