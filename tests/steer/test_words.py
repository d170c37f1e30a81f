"""Empty lists of steering say what exists and what to do next; 'som du kan se' only when something is hidden."""

import pytest
from django.test import Client

from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory

pytestmark = pytest.mark.django_db


def _page(user, url):
    client = Client()
    client.force_login(user)
    return client.get(url).content.decode()


def test_an_empty_steering_offers_the_first_document_round_and_analysis_to_the_coordinator():
    coordinator = user_for(None)
    collaboration = CollaborationFactory(coordinator=coordinator.person, visibility="public")
    base = f"/samverkan/{collaboration.slug}/styrning/"

    goals = _page(coordinator, base + "mal/")
    rounds = _page(coordinator, base + "uppfoljning/")
    analysis = _page(coordinator, base + "analys/")
    dashboard = _page(coordinator, base)

    assert "Inget måldokument ännu." in goals and "Lägg till det första måldokumentet" in goals
    assert "Ingen uppföljningsomgång ännu." in rounds and "Lägg till den första uppföljningsomgången" in rounds
    assert "Ingen nulägesanalys ännu." in analysis and "Skriv den första nulägesanalysen" in analysis
    assert "Inga mål ännu." in dashboard
    assert all("som du kan se" not in page for page in (goals, rounds, analysis, dashboard))


def test_a_reader_is_offered_nothing_to_add():
    collaboration = CollaborationFactory(visibility="public")

    goals = _page(user_for(OrganizationFactory()), f"/samverkan/{collaboration.slug}/styrning/mal/")

    assert "Inget måldokument ännu." in goals and "Lägg till det första måldokumentet" not in goals


def test_hidden_goal_documents_are_said_to_be_hidden_and_not_named():
    collaboration = CollaborationFactory(visibility="public")
    GoalDocumentFactory(collaboration=collaboration, title="Internt måldokument", visibility="participants")

    goals = _page(user_for(OrganizationFactory()), f"/samverkan/{collaboration.slug}/styrning/mal/")

    assert "Inget måldokument som du kan se." in goals
    assert "Internt måldokument" not in goals and "Inget måldokument ännu." not in goals
