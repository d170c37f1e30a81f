"""The pages of the parties' work as a coordinator, a party and a citizen meet them: the joint view by goal
(with the goals no activity serves), the timeline and its table, the plans, one activity with its pilot,
and what the pages of steer and organize show of the work."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine

from actors import services as actor_services
from collaborations import services as collaboration_services
from core.services import SYSTEM
from steer import services as steer_services
from tests.work.pages_world import TODAY, build
from work import services


def login_for(person):
    return actor_services.create_user(f"p{person.pk}@example.org", "pw-for-tests", actor=SYSTEM, person=person)


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]


@pytest.fixture
def frozen_today():
    with time_machine.travel(datetime.datetime(2026, 12, 4, 10, 0), tick=False):
        yield


def _text(response) -> str:
    assert response.status_code == 200, response.status_code
    return re.sub(r"\s+", " ", response.content.decode())


def test_the_joint_view_shows_each_goal_with_who_does_what_and_the_goal_without_activity(client):
    world = build()
    page = _text(client.get(world.url()))
    first = page.index("Mål 1: fler unga i arbete</a></h2>")
    second = page.index("Mål 2: fler unga i arbete</a></h2>")
    assert "Navigatorcentrum 1" in page[first:second] and "Navigatorcentrum 2" not in page[first:second]
    assert "Kommun 1" in page[first:second]
    assert "1 mål har ingen aktivitet" in page
    assert "Mål utan aktivitet: fler lärlingar" in page[: page.index("Mål 1: fler unga i arbete</a></h2>")]


def test_the_joint_view_filters_by_party_and_still_names_the_goals_without_any_activity(client):
    world = build()
    page = _text(client.get(world.url(f"?part={world.orgs[1].pk}")))
    assert "Navigatorcentrum 2" in page and "Navigatorcentrum 1" not in page
    assert "1 mål har ingen aktivitet" in page  # of all activities, not of the filtered ones


def test_an_activity_serving_a_partys_own_goal_shows_under_the_shared_goal_it_contributes_to(client):
    world = build(n=1)
    own = steer_services.create_own_goal(
        world.collaboration,
        world.orgs[0],
        actor=SYSTEM,
        title="Feriepraktik för alla 16-åringar",
        shared_goals=[world.goals[1]],
        placement="budget",
        document_name="Budget 2026",
    )
    services.create_activity(
        world.plans[0],
        actor=SYSTEM,
        title="Feriepraktik",
        owner_organization=world.orgs[0],
        owner_person=world.people[0],
        own_goals=[own],
    )
    page = _text(client.get(world.url()))
    section = page[page.index("Mål utan aktivitet: fler lärlingar</a></h2>") :]
    assert 'Feriepraktik</a><br><span class="muted">genom partens eget mål' in section
    assert "mål har ingen aktivitet" not in page


def test_the_timeline_table_has_a_row_for_every_bar_with_the_same_dates_and_marks_the_late_one(client):
    world = build(n=3)
    page = _text(client.get(world.url("tidslinje/")))
    bars = re.findall(r'<g class="bar" data-activity="(\d+)"> <title>([^<]*)</title>', page)
    rows = re.findall(r'<tr data-activity="(\d+)">(.*?)</tr>', page)
    assert [b[0] for b in bars] == [r[0] for r in rows] == [str(a.pk) for a in world.activities]
    for (_key, title), (_, row) in zip(bars, rows, strict=True):
        start, end = re.findall(r"\d{4}-\d{2}-\d{2}", title)
        assert re.findall(r"\d{4}-\d{2}-\d{2}", row) == [start, end]
    late = [row for _, row in rows if "Försenad" in row]
    assert len(late) == 1 and "Navigatorcentrum 1" in late[0]
    assert 'fill="url(#forsenad)"' in page
    assert "Den lodräta linjen är i dag, 2026-12-04" in page


def test_the_timeline_draws_no_bar_for_an_unknown_start_and_says_so(client):
    world = build(n=1)
    services.create_activity(
        world.plans[0],
        actor=SYSTEM,
        title="Förstudie om gemensam IT",
        owner_organization=world.orgs[0],
        owner_person=world.people[0],
        goals=[world.goals[0]],
    )
    page = _text(client.get(world.url("tidslinje/")))
    assert "startdatum okänt" in page
    row = re.search(r"Förstudie om gemensam IT</a></th>(.*?)</tr>", page).group(1)
    assert row.count("ej angivet") == 2


@pytest.mark.parametrize("query", ["?part=abc", "?mal=²", "?status=nonsense", "?kunskap=x&mal=99999999999999999999999"])
def test_the_filters_ignore_what_cannot_be_read(client, query):
    world = build(n=1)
    page = _text(client.get(world.url(query)))
    assert "Navigatorcentrum 1" in page


def test_a_party_writes_its_own_plan_and_sees_no_button_on_anothers(client):
    world = build()
    client.force_login(login_for(world.people[0]))
    own = _text(client.get(world.plans[0].get_absolute_url()))
    other = _text(client.get(world.plans[1].get_absolute_url()))
    assert "Ny aktivitet" in own and "Ny aktivitet" not in other
    assert client.get(world.url(f"planer/{world.plans[1].pk}/aktiviteter/ny/")).status_code == 403


def test_an_activity_shared_with_named_organizations_is_neither_on_the_joint_view_nor_the_timeline_of_others(client):
    world = build()
    hidden = services.create_activity(
        world.plans[0],
        actor=SYSTEM,
        title="Hemlig insats mot gängkriminalitet",
        owner_organization=world.orgs[0],
        owner_person=world.people[0],
        goals=[world.goals[2]],
        visibility="named",
        shared_with=[world.orgs[0]],
    )
    client.force_login(login_for(world.people[1]))
    for tail in ("", "tidslinje/", f"planer/{world.plans[0].pk}/", "planer/"):
        assert "Hemlig insats" not in _text(client.get(world.url(tail))), tail
    assert client.get(hidden.get_absolute_url()).status_code == 404
    # the goal it serves still shows as a goal without activity to those who cannot see it
    assert "Mål utan aktivitet: fler lärlingar" in _text(client.get(world.url()))


def test_a_pilot_page_states_the_rule_and_the_scale_up_is_refused_until_the_evaluation(client):
    world = build(n=1)
    activity = services.create_activity(
        world.plans[0],
        actor=SYSTEM,
        title="Sommarjobbsgaranti",
        owner_organization=world.orgs[0],
        owner_person=world.people[0],
        goals=[world.goals[0]],
        knowledge_basis="innovation",
        pilot_scope="Två skolor i Ronneby",
        pilot_size=40,
    )
    client.force_login(world.coordinator)
    page = _text(client.get(activity.get_absolute_url()))
    assert "prövas först i liten skala, som pilot" in page and "inte utvärderad än" in page
    response = client.post(world.url(f"aktiviteter/{activity.pk}/skala-upp/"), follow=True)
    assert "Piloten är inte utvärderad än" in _text(response)
    activity.refresh_from_db()
    assert activity.scaled_up_on is None
    services.record_evaluation(
        activity, actor=SYSTEM, evaluated_on=datetime.date(2026, 11, 1), evaluation_result="32 av 40 fick jobb."
    )
    client.post(world.url(f"aktiviteter/{activity.pk}/skala-upp/"))
    activity.refresh_from_db()
    assert activity.scaled_up_on == TODAY


def test_the_activity_form_refuses_no_goal_and_an_end_before_the_start_naming_the_fields(client):
    world = build(n=1)
    client.force_login(world.coordinator)
    response = client.post(
        world.url(f"planer/{world.plans[0].pk}/aktiviteter/ny/"),
        {
            "title": "Utan mål",
            "owner_organization": world.orgs[0].pk,
            "owner_person": world.people[0].pk,
            "start_date": "2026-05-01",
            "end_date": "2026-04-01",
            "visibility": "public",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Ange minst ett mål" in errors["goals"][0]
    assert "kan inte sluta före" in errors["end_date"][0]
    assert world.plans[0].activities.count() == 1


def test_the_ownerless_page_lists_an_activity_whose_owner_no_longer_represents_the_party(client):
    world = build(n=1)
    representation = world.people[0].representations.get(organization=world.orgs[0])
    actor_services.remove_representation(representation, actor=SYSTEM)
    client.force_login(world.coordinator)
    page = _text(client.get(f"/samverkan/{world.collaboration.slug}/organisering/utan-agare/"))
    assert "Navigatorcentrum 1" in page
    assert f"{world.people[0]} företräder inte längre Kommun 1." in page


def test_the_ownerless_page_lists_an_activity_whose_party_has_left(client):
    world = build(n=1)
    participation = world.collaboration.participations.get(organization=world.orgs[0])
    collaboration_services.update_participation(participation, actor=SYSTEM, end_date=datetime.date(2026, 6, 30))
    client.force_login(world.coordinator)
    page = _text(client.get(f"/samverkan/{world.collaboration.slug}/organisering/utan-agare/"))
    assert "Kommun 1 deltar inte längre i samverkan." in page


def test_a_follow_up_round_shows_each_goals_activities_with_the_latest_note_of_its_period(client):
    world = build(n=1)
    activity = world.activities[0]
    services.add_progress_note(activity, actor=SYSTEM, text="Öppnat i Karlshamn.", written_on=datetime.date(2026, 3, 1))
    services.add_progress_note(activity, actor=SYSTEM, text="Efter omgången.", written_on=datetime.date(2026, 11, 1))
    round = steer_services.create_round(
        world.collaboration,
        actor=SYSTEM,
        title="Uppföljning 2026",
        year=2026,
        start_date=datetime.date(2026, 1, 1),
        due_date=datetime.date(2026, 4, 30),
        coordinating_organization=world.orgs[0],
    )
    client.force_login(world.coordinator)
    page = _text(client.get(round.get_absolute_url()))
    section = page[page.index("Aktiviteter per mål och deras senaste läge") :]
    assert "Navigatorcentrum 1" in section and "Öppnat i Karlshamn." in section
    assert "Efter omgången." not in section


def test_a_goal_page_lists_the_activities_that_serve_it(client):
    world = build(n=1)
    page = _text(client.get(world.goals[0].get_absolute_url()))
    assert "Aktiviteter som tjänar målet" in page and "Navigatorcentrum 1" in page
    empty = _text(client.get(world.goals[1].get_absolute_url()))
    assert "Ingen aktivitet tjänar målet ännu" in empty


def test_an_end_date_in_year_9999_is_refused_naming_the_field_and_the_timeline_still_draws(client):
    world = build(n=1)
    client.force_login(world.coordinator)
    response = client.post(
        world.url(f"planer/{world.plans[0].pk}/aktiviteter/ny/"),
        {
            "title": "Skrivfel i slutdatum",
            "owner_organization": world.orgs[0].pk,
            "owner_person": world.people[0].pk,
            "goals": [world.goals[0].pk],
            "end_date": "9999-12-31",
            "visibility": "public",
        },
    )
    assert "mellan år 1990 och 2100" in response.context["form"].errors["end_date"][0]
    assert "Navigatorcentrum 1" in _text(client.get(world.url("tidslinje/")))


def test_a_version_history_keeps_the_version_and_not_the_rows_of_activities_others_may_not_see(client):
    world = build(n=1)
    services.create_activity(
        world.plans[0],
        actor=SYSTEM,
        title="Hemlig insats i skolan",
        owner_organization=world.orgs[0],
        owner_person=world.people[0],
        goals=[world.goals[0]],
        visibility="named",
        shared_with=[world.orgs[0]],
    )
    version = services.save_plan_version(world.plans[0], actor=SYSTEM, note="Inför beslut")
    client.force_login(world.coordinator)
    answer = client.get(f"/api/action-plan-versions/{version.pk}/history/")
    assert answer.status_code == 200
    assert "Hemlig insats" not in answer.content.decode() and "Inför beslut" in answer.content.decode()


def test_a_competence_gap_is_filled_by_naming_the_party_that_provides_it(client):
    world = build(n=1)
    competence = services.add_competence(world.activities[0], actor=SYSTEM, competence="Studie- och yrkesvägledning")
    client.force_login(world.coordinator)
    page = _text(client.get(world.activities[0].get_absolute_url()))
    assert "1 kompetens saknas: ingen part står för den." in page
    form = client.get(world.url(f"kompetenser/{competence.pk}/andra/")).context["form"]
    response = client.post(
        world.url(f"kompetenser/{competence.pk}/andra/"),
        {
            "competence": "Studie- och yrkesvägledning",
            "provider": world.orgs[0].pk,
            "note": "",
            "based_on_version": form.initial["based_on_version"],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    page = _text(client.get(world.activities[0].get_absolute_url()))
    assert "kompetens saknas" not in page and "Kommun 1</td>" in page
