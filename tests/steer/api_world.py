"""What the API tests of the steering share: a signed-in API client, the world they run in (a public
collaboration with a goal, an indicator and a follow-up round) and, per main endpoint, what to POST and
what to PATCH."""

from types import SimpleNamespace

from rest_framework.test import APIClient

from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import FollowUpRoundFactory, GoalDocumentFactory, GoalFactory, IndicatorFactory


def api_client(user) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def make_world() -> SimpleNamespace:
    """A public collaboration coordinated by Region Blekinge, two municipalities as parties, a goal
    document with a goal, a manual percentage indicator (20 % in 2013, 10 % by 2017, for Blekinge
    län) and a follow-up round."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    coordinator = user_for(region, email="karin@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    ronneby = party_of(collaboration, name="Ronneby kommun", area=area("1081"))
    document = GoalDocumentFactory(collaboration=collaboration, title="Inriktningsdokument 2014")
    goal = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten")
    indicator = IndicatorFactory(goal=goal, name="Andel unga som är arbetslösa")
    round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=karlskrona, title="2016")
    return SimpleNamespace(
        api=api_client(coordinator),
        coordinator=coordinator,
        collaboration=collaboration,
        slug=collaboration.slug,
        region=region,
        karlskrona=karlskrona,
        ronneby=ronneby,
        document=document,
        goal=goal,
        indicator=indicator,
        round=round_,
    )


# Each main endpoint: what to POST, what to PATCH (and to find again in the answer).
CASES = {
    "analysis-actors": (
        lambda w: {"collaboration": w.slug, "name": "Idrottsförbundet", "sector": "civil_society", "is_missing": True},
        {"effect": "Når unga som inte nås av myndigheterna."},
    ),
    "own-benefits": (
        lambda w: {"collaboration": w.slug, "organization": w.karlskrona.pk, "text": "Fler unga i arbete."},
        {"text": "Fler unga i arbete och lägre kostnad för försörjningsstöd."},
    ),
    "goal-documents": (
        lambda w: {"collaboration": w.slug, "kind": "own", "title": "Eget måldokument", "year_from": 2014},
        {"title": "Eget måldokument, reviderat", "year_to": 2020},
    ),
    "goals": (
        lambda w: {"document": w.document.pk, "title": "Fler unga i feriearbete", "target_year": 2017},
        {"title": "Fler unga i sommarjobb", "parent": None},
    ),
    "own-goals": (
        lambda w: {
            "collaboration": w.slug,
            "organization": w.karlskrona.pk,
            "title": "200 feriejobb",
            "shared_goals": [w.goal.pk],
            "placement": "budget",
            "document_name": "Budget 2015",
            "document_year": 2015,
        },
        {"title": "250 feriejobb"},
    ),
    "goal-conflicts": (
        lambda w: {
            "collaboration": w.slug,
            "title": "Bostäder mot jordbruksmark",
            "description": "Översiktsplanen och strategin drar åt olika håll.",
            "goals": [w.goal.pk],
            "parties": [w.karlskrona.pk, w.ronneby.pk],
        },
        {"status": "resolved"},
    ),
    "indicators": (
        lambda w: {
            "goal": w.goal.pk,
            "name": "Andel unga i feriearbete",
            "measure_type": "percentage",
            "unit": "%",
            "direction": "higher",
            "baseline_value": 5,
            "baseline_year": 2013,
            "areas": ["1080", "1081"],
            "targets": [{"year": 2017, "value": 15}],
        },
        {"name": "Andel unga 16–19 år i feriearbete"},
    ),
    "indicator-values": (
        lambda w: {"indicator": w.indicator.pk, "area": "10", "year": 2015, "value": 14.5, "comment": "SCB"},
        {"value": 13.5},
    ),
    "follow-up-rounds": (
        lambda w: {
            "collaboration": w.slug,
            "title": "Uppföljning 2017",
            "year": 2017,
            "start_date": "2018-01-15",
            "due_date": "2018-03-31",
            "coordinating_organization": w.ronneby.pk,
        },
        {"status": "ongoing"},
    ),
    "assessments": (
        lambda w: {"round": w.round.pk, "goal": w.goal.pk, "status": "at_risk", "text": "Långsamt."},
        {"status": "on_track"},
    ),
    "evidence": (
        lambda w: {
            "collaboration": w.slug,
            "method": "interview",
            "title": "Intervjuer med arbetsgivare",
            "date": "2016-11-02",
            "summary": "Arbetsgivarna vill ta emot fler.",
            "goals": [w.goal.pk],
            "participant_organizations": [w.karlskrona.pk],
        },
        {"title": "Intervjuer med tolv arbetsgivare"},
    ),
    "analysis-entries": (
        lambda w: {"round": w.round.pk, "indicator": w.indicator.pk, "deviation": "Unga kvinnor halkar efter."},
        {"decision_status": "proposed", "improvements": "Rikta feriejobb till vården."},
    ),
    "environmental-scans": (
        lambda w: {
            "collaboration": w.slug,
            "level": "national",
            "date": "2016-05-01",
            "title": "Statlig satsning på traineejobb",
            "description": "Vi kan söka medel.",
            "goals": [w.goal.pk],
        },
        {"title": "Statlig satsning på traineejobb 2017"},
    ),
}
