"""The history speaks to people: every history page tells a change in sentences, in the interface's language."""

import datetime
import html
import re
from decimal import Decimal

import pytest
from django.test import Client

from collaborations import services as collaboration_services
from core.services import SYSTEM
from organize import services as organize_services
from steer import services as steer_services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import BodyFactory, ExternalFundingFactory, party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory

pytestmark = pytest.mark.django_db


def _client(user, language="sv"):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    return client


def _text(response) -> str:
    """The page as a reader hears it: tags gone, spaces folded."""
    body = response.content.decode()
    body = re.sub(r"<[^>]+>", " ", body)
    return re.sub(r"[ \t\r\n]+", " ", html.unescape(body))


def _log(collaboration, user, language="sv") -> str:
    return _text(_client(user, language).get(f"/samverkan/{collaboration.slug}/logg/"))


def _admin():
    return user_for(admin=True)


def test_a_stage_change_is_a_sentence_with_the_stages_display_names():
    collaboration = CollaborationFactory(stage="initiating")
    collaboration_services.update_collaboration(collaboration, actor=SYSTEM, stage="founding")

    page = _log(collaboration, _admin())

    assert "Ändrade skede från Initiering till Etablering" in page
    assert "initiating" not in page and "founding" not in page
    assert "updated_at" not in page and "senast ändrad" not in page.lower()
    assert "collaborations.collaboration.stage_changed" not in page


def test_the_event_code_stays_as_a_title_and_in_the_api():
    collaboration = CollaborationFactory(stage="initiating")
    collaboration_services.update_collaboration(collaboration, actor=SYSTEM, stage="founding")
    client = _client(_admin())

    page = client.get(f"/samverkan/{collaboration.slug}/logg/").content.decode()
    api = client.get(f"/api/collaborations/{collaboration.slug}/log/").json()["results"]

    assert 'title="collaborations.collaboration.stage_changed"' in page
    assert "Ändrade skede för samverkan" in _text(client.get(f"/samverkan/{collaboration.slug}/logg/"))
    stage_change = next(r for r in api if r["action"] == "collaborations.collaboration.stage_changed")
    assert stage_change["changes"]["stage"] == ["initiating", "founding"]  # the API keeps the stored values


def test_a_renamed_body_is_told_on_its_history_tab_and_in_the_log():
    body = BodyFactory(name="Styrgruppen")
    organize_services.update_body(body, actor=SYSTEM, name="Styrgruppen för BRO")
    admin = _admin()

    tab = _text(_client(admin).get(f"/samverkan/{body.collaboration.slug}/organisering/historik/organ/{body.pk}/"))
    log = _log(body.collaboration, admin)

    sentence = "Ändrade namn från Styrgruppen till Styrgruppen för BRO"
    assert sentence in tab
    assert sentence in log
    assert "Skapade organ" in log


def test_a_changed_amount_is_written_as_a_swedish_number():
    funding = ExternalFundingFactory(amount=Decimal("2500000.00"), start_date=datetime.date(2024, 1, 1))
    organize_services.update_external_funding(
        funding, actor=SYSTEM, amount=Decimal("2750000.50"), start_date=datetime.date(2024, 3, 1)
    )

    page = _log(funding.collaboration, _admin())

    assert "Ändrade belopp (kr) från 2\u00a0500\u00a0000 till 2\u00a0750\u00a0000,5" in page
    assert "Ändrade från från 2024-01-01 till 2024-03-01" in page


def test_a_changed_organization_is_named_not_numbered():
    collaboration = CollaborationFactory()
    first = party_of(collaboration, name="Örebro kommun")
    second = party_of(collaboration, name="Region Örebro län")
    body = BodyFactory(collaboration=collaboration, convener=first)
    organize_services.update_body(body, actor=SYSTEM, convener=second)

    page = _log(collaboration, _admin())

    assert "Ändrade sammankallande part från Örebro kommun till Region Örebro län" in page
    assert f"från {first.pk} till {second.pk}" not in page


def test_a_linked_object_the_reader_may_not_see_is_not_named():
    collaboration = CollaborationFactory(visibility="public")
    insider = party_of(collaboration, name="Insatt kommun")
    document = GoalDocumentFactory(collaboration=collaboration, visibility="public")
    hidden_goal = GoalFactory(document=document, title="Hemligt delmål", visibility="public")
    open_goal = GoalFactory(document=document, title="Öppet delmål", visibility="public")
    indicator = IndicatorFactory(goal=hidden_goal, name="Flyttad indikator", visibility="public")
    steer_services.update_indicator(indicator, actor=SYSTEM, goal=open_goal)
    steer_services.update_goal(hidden_goal, actor=SYSTEM, visibility="named", shared_with=[insider])
    url = f"/samverkan/{collaboration.slug}/styrning/historik/indikator/{indicator.pk}/"

    outsider_page = _text(_client(user_for(OrganizationFactory())).get(url))
    insider_page = _text(_client(user_for(insider)).get(url))

    assert "Ändrade mål från dolt objekt till Öppet delmål" in outsider_page
    assert "Hemligt delmål" not in outsider_page
    assert "Ändrade mål från Hemligt delmål till Öppet delmål" in insider_page


def test_the_history_is_english_in_the_english_interface():
    collaboration = CollaborationFactory(stage="initiating")
    collaboration_services.update_collaboration(collaboration, actor=SYSTEM, stage="founding")

    page = _log(collaboration, _admin(), language="en")

    assert "Changed stage from Initiation to Establishment" in page
    assert "Ändrade" not in page
